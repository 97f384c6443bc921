/** Dates as citations and the UI print them: `2021年8月11日` in Chinese, `11 Aug 2021` in English. */

export type CiteLang = 'zh' | 'en';

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2021年8月11日` / `11 Aug 2021`; anything that is not YYYY-MM-DD is returned as it is. */
export function longDate(date: string, lang: CiteLang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  const month = Number(mo);
  const day = Number(d);
  return lang === 'zh' ? `${y}年${month}月${day}日` : `${day} ${EN_MONTHS[month - 1] ?? mo} ${y}`;
}

/** `{ year, month, day }` of a YYYY-MM-DD date (numbers), or null when it is not one. */
export function dateParts(date: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}
