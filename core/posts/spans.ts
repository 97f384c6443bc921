/**
 * Printing dates → honest spans. Two printings of a person in a post are one span unless the archive holds no
 * issue for longer than `SPAN_BREAK_DAYS` somewhere between them: across such a silence the archive cannot
 * tell whether the post changed hands and back, so the span is broken there instead of drawn across it.
 */
import type { PrintedSpan, SupportArticle } from './types';

/**
 * A year without an issue breaks a span. Municipal leaders commonly serve three to five years; a silence of
 * a year or more is long enough for a post to change hands unseen, while shorter ones (a missing month or
 * season in a daily's archive) still read as one stretch of printings.
 */
export const SPAN_BREAK_DAYS = 365;

/**
 * An end of a span is open when the archive holds no issue within this many days beyond it: nothing then
 * could have printed the person in the post, so the span may well reach further.
 */
export const OPEN_EDGE_DAYS = 31;

export function dayNumber(date: string): number {
  return Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86_400_000;
}

export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** Index of the first issue date ≥ `date` (binary search over sorted dates). */
function lowerBound(dates: readonly string[], date: string): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid]! < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Issues strictly between a and b. */
export function issuesBetween(issues: readonly string[], a: string, b: string): number {
  const from = lowerBound(issues, a);
  let i = from;
  while (i < issues.length && issues[i]! <= a) i++;
  return Math.max(0, lowerBound(issues, b) - i);
}

/** The longest stretch in days between a and b without an issue (a and b are printings, so issues). */
export function longestSilence(issues: readonly string[], a: string, b: string): number {
  let longest = 0;
  let previous = a;
  for (let i = lowerBound(issues, a); i < issues.length && issues[i]! < b; i++) {
    const d = issues[i]!;
    if (d <= a) continue;
    longest = Math.max(longest, daysBetween(previous, d));
    previous = d;
  }
  return Math.max(longest, daysBetween(previous, b));
}

function openBefore(issues: readonly string[], date: string): boolean {
  const i = lowerBound(issues, date) - 1;
  return i < 0 || daysBetween(issues[i]!, date) > OPEN_EDGE_DAYS;
}

function openAfter(issues: readonly string[], date: string): boolean {
  let i = lowerBound(issues, date);
  while (i < issues.length && issues[i]! <= date) i++;
  return i >= issues.length || daysBetween(date, issues[i]!) > OPEN_EDGE_DAYS;
}

/**
 * Spans of one person in one post from the articles printing them (any order; dated ones only), given the
 * archive's sorted issue dates.
 */
export function printedSpans(articles: readonly SupportArticle[], issues: readonly string[]): PrintedSpan[] {
  const sorted = [...articles].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1,
  );
  const spans: PrintedSpan[] = [];
  let current: SupportArticle[] = [];
  const close = (): void => {
    if (current.length === 0) return;
    const first = current[0]!.date;
    const last = current[current.length - 1]!.date;
    spans.push({
      first,
      last,
      openStart: openBefore(issues, first),
      openEnd: openAfter(issues, last),
      articles: current,
    });
    current = [];
  };
  for (const article of sorted) {
    const previous = current[current.length - 1];
    if (previous && longestSilence(issues, previous.date, article.date) > SPAN_BREAK_DAYS) close();
    current.push(article);
  }
  close();
  return spans;
}
