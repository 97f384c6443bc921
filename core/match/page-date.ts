/**
 * Finds the publication date of a news page from its text, so the hover card can show the post an official
 * held then. Recognises 2021年8月10日, 二〇二一年八月十日, 2021-08-10, 2021/8/10 and 2021.08.10
 * (full-width digits too). A wrong date inside someone's term makes the card claim the wrong post, so when
 * the page gives no trustworthy date the answer is null.
 *
 * Choice, most plausible first:
 *   1. a date with a publication cue on its line: the cue before it (发布时间：2021-08-10, 来源… 日期：) or
 *      right after it, past a clock time (2019-08-14 12:11:11 来源：吕梁日报);
 *   2. otherwise a date standing on a line of its own (a dateline, a masthead: 吕梁日报 2021年8月10日 星期二),
 *      the most frequent, ties going to the one printed first (the header comes first).
 * Never used: dates inside running prose (2003年10月23日设市, 于2016年5月1日起施行) and dates on lines that
 * carry other text, such as related-link lists (· 某某会议召开 2021-05-06).
 * With `today`, later dates are ignored and so is a site clock: a date followed by the weekday that is not
 * today is a stale header clock, and one mention of today is discounted, since many sites print the current
 * date in their top bar, which says nothing about when the article appeared.
 */
export interface PageDateOptions {
  /** The current date, YYYY-MM-DD. */
  today?: string;
}

interface Found {
  date: string;
  index: number;
  end: number;
  cued: boolean;
  /** Followed by the weekday (星期三, 周三): the shape of a site clock. */
  clock: boolean;
  /** Stands on a line of its own, not inside a sentence or a list of links. */
  alone: boolean;
}

const ARABIC = /(?<!\d)((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g;
const NUMERIC = /(?<![\d./-])((?:19|20)\d\d)([-/.])(\d{1,2})\2(\d{1,2})(?!\.?\d)/g;
const HANZI =
  /([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*[日号]/g;
const CUE = /(发布|發佈|發布|发表|發表|时间|時間|日期|更新|出版|刊发|刊發|来源|來源|稿源)/;
/** A clock time, then a cue word: the cue of a dateline printed after its date. */
const CUE_AFTER =
  /^[\s\u3000]*(?:\d{1,2}:\d{2}(?::\d{2})?)?[\s\u3000|｜/]*(?:发布|發佈|發布|来源|來源|稿源|作者|编辑|編輯)/;
const MASTHEAD =
  /(?:日报|日報|晚报|晚報)\s*(?:电子版|電子版)?\s*(?:[-—|｜]\s*)?(?:\d|[〇○零一二])|第\s*\d+\s*版/;
const CLOCK_AFTER =
  /^[\s\u3000]*(?:\d{1,2}:\d{2}(?::\d{2})?[\s\u3000]*)?(?:星期|禮拜|礼拜|周[一二三四五六日天])/;
/** What may share a line with a standalone date: clock times, weekdays, punctuation, a short label. */
const LINE_FILLER = /[\s\u3000\d:：|｜/\-—·.,，()（）[\]【】]|星期[一二三四五六日天]|周[一二三四五六日天]/g;
/** Characters of other text a date line may carry (a masthead: 吕梁日报; a label: 本报讯). */
const SHORT_LABEL = 6;
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

function lineAround(
  text: string,
  index: number,
  end: number,
): { before: string; after: string; line: string } {
  const from = text.lastIndexOf('\n', index - 1) + 1;
  let to = text.indexOf('\n', end);
  if (to < 0) to = text.length;
  return { before: text.slice(from, index), after: text.slice(end, to), line: text.slice(from, to) };
}

function collect(text: string): Found[] {
  const raw: { date: string; index: number; end: number }[] = [];
  const add = (date: string | null, m: RegExpMatchArray): void => {
    if (date) raw.push({ date, index: m.index!, end: m.index! + m[0].length });
  };
  for (const m of text.matchAll(ARABIC)) add(isoDate(+m[1]!, +m[2]!, +m[3]!), m);
  for (const m of text.matchAll(NUMERIC)) add(isoDate(+m[1]!, +m[3]!, +m[4]!), m);
  for (const m of text.matchAll(HANZI))
    add(isoDate(hanziNumber(m[1]!), hanziNumber(m[2]!), hanziNumber(m[3]!)), m);
  raw.sort((a, b) => a.index - b.index);
  return raw.map(({ date, index, end }) => {
    const { before, after, line } = lineAround(text, index, end);
    // A masthead (吕梁日报 2022年3月26日 星期六, 第1版) dates the paper, whatever weekday follows.
    const masthead = MASTHEAD.test(line);
    const cued = CUE.test(before.slice(-24)) || CUE_AFTER.test(after) || masthead;
    // The line without its dates, clock times and weekdays: what else is printed next to the date.
    let rest = line;
    for (const other of raw)
      if (other.index >= index - before.length && other.end <= end + after.length) {
        rest = rest.replace(text.slice(other.index, other.end), '');
      }
    rest = rest.replace(LINE_FILLER, '');
    return {
      date,
      index,
      end,
      cued,
      clock: !masthead && CLOCK_AFTER.test(after),
      alone: [...rest].length <= SHORT_LABEL,
    };
  });
}

export function findPageDate(text: string, options: PageDateOptions = {}): string | null {
  // Full-width digits become ASCII; the replacement keeps every index in place.
  const normal = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const { today } = options;
  const found = collect(normal).filter((f) => !today || (f.date <= today && !(f.clock && f.date !== today)));
  const cued = found.find((f) => f.cued);
  if (cued) return cued.date;
  const tally = new Map<string, { count: number; first: number }>();
  for (const f of found) {
    if (!f.alone) continue;
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
