/**
 * Finds the publication date of a news page from its text, so the hover card can show the post an official
 * held then. Recognises 2021年8月10日, 二〇二一年八月十日, 2021-08-10, 2021/8/10 and 2021.08.10
 * (full-width digits too).
 *
 * Choice, most plausible first:
 *   1. a date introduced by a publication cue on the same line (发布时间：, 日期：, 来源：… );
 *   2. otherwise the most frequent date, ties going to the one printed first (the header comes first).
 * With `today`, later dates are ignored and one mention of today is discounted: many sites print the
 * current date in their top bar, which says nothing about when the article appeared.
 */
export interface PageDateOptions {
  /** The current date, YYYY-MM-DD. */
  today?: string;
}

interface Found {
  date: string;
  index: number;
  cued: boolean;
}

const ARABIC = /(?<!\d)((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g;
const NUMERIC = /(?<![\d./-])((?:19|20)\d\d)([-/.])(\d{1,2})\2(\d{1,2})(?!\.?\d)/g;
const HANZI =
  /([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*[日号]/g;
const CUE = /(发布|发表|时间|日期|更新|出版|刊发|来源|稿源)/;
const DIGITS = '〇一二三四五六七八九';

function hanziNumber(text: string): number {
  // 十 = 10, 十二 = 12, 二十 = 20, 二十八 = 28, and year digits one by one.
  const ten = text.indexOf('十');
  if (ten < 0) {
    let value = 0;
    for (const ch of text)
      value = value * 10 + Math.max(0, DIGITS.indexOf(ch === '○' || ch === '零' ? '〇' : ch));
    return value;
  }
  const tens = ten === 0 ? 1 : DIGITS.indexOf(text.charAt(ten - 1));
  const units = ten === text.length - 1 ? 0 : DIGITS.indexOf(text.charAt(ten + 1));
  return tens * 10 + units;
}

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1949 || year > 2099 || month < 1 || month > 12 || day < 1) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function cuedAt(text: string, index: number): boolean {
  const line = text.slice(Math.max(0, index - 24), index);
  return CUE.test(line.slice(line.lastIndexOf('\n') + 1));
}

function collect(text: string): Found[] {
  const found: Found[] = [];
  const add = (date: string | null, index: number): void => {
    if (date) found.push({ date, index, cued: cuedAt(text, index) });
  };
  for (const m of text.matchAll(ARABIC)) add(isoDate(+m[1]!, +m[2]!, +m[3]!), m.index);
  for (const m of text.matchAll(NUMERIC)) add(isoDate(+m[1]!, +m[3]!, +m[4]!), m.index);
  for (const m of text.matchAll(HANZI)) {
    add(isoDate(hanziNumber(m[1]!), hanziNumber(m[2]!), hanziNumber(m[3]!)), m.index);
  }
  return found.sort((a, b) => a.index - b.index);
}

export function findPageDate(text: string, options: PageDateOptions = {}): string | null {
  // Full-width digits become ASCII; the replacement keeps every index in place.
  const normal = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const { today } = options;
  const found = collect(normal).filter((f) => !today || f.date <= today);
  const cued = found.find((f) => f.cued);
  if (cued) return cued.date;
  const tally = new Map<string, { count: number; first: number }>();
  for (const f of found) {
    const t = tally.get(f.date);
    if (t) t.count++;
    else tally.set(f.date, { count: 1, first: f.index });
  }
  if (today) {
    const clock = tally.get(today);
    if (clock && tally.size > 1) clock.count--;
  }
  let best: string | null = null;
  let bestCount = 0;
  let bestFirst = Infinity;
  for (const [date, t] of tally) {
    if (t.count > bestCount || (t.count === bestCount && t.first < bestFirst)) {
      best = date;
      bestCount = t.count;
      bestFirst = t.first;
    }
  }
  return best;
}
