/**
 * What the archive holds, so "not in the archive" is never read as "did not happen": how many printed pages,
 * on how many days, from when to when, and the stretches with no issue at all. One function over the
 * editions' dates; the UI words it (components/i18n.ts).
 */

/** A stretch longer than this without an issue is a gap worth naming (a daily misses a day or two, not a month). */
export const COVERAGE_GAP_DAYS = 31;

export interface CoverageGap {
  /** The last issue before the gap and the first after it, YYYY-MM-DD. */
  after: string;
  before: string;
  days: number;
}

export interface Coverage {
  /** Printed pages (editions) in the archive. */
  pages: number;
  /** Distinct issue days. */
  days: number;
  /** Every page is a front page (page 1). */
  frontPagesOnly: boolean;
  first: string | null;
  last: string | null;
  /** Longest first. */
  gaps: CoverageGap[];
}

const day = (date: string): number =>
  Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86_400_000;

export function coverage(editions: Iterable<{ date: string; page: number }>): Coverage {
  let pages = 0;
  let frontPagesOnly = true;
  const dates = new Set<string>();
  for (const edition of editions) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(edition.date)) continue;
    pages++;
    if (edition.page !== 1) frontPagesOnly = false;
    dates.add(edition.date);
  }
  const sorted = [...dates].sort();
  const gaps: CoverageGap[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const days = day(sorted[i]!) - day(sorted[i - 1]!);
    if (days > COVERAGE_GAP_DAYS) gaps.push({ after: sorted[i - 1]!, before: sorted[i]!, days });
  }
  gaps.sort((a, b) => b.days - a.days || (a.after < b.after ? -1 : 1));
  return {
    pages,
    days: sorted.length,
    frontPagesOnly: pages > 0 && frontPagesOnly,
    first: sorted[0] ?? null,
    last: sorted[sorted.length - 1] ?? null,
    gaps,
  };
}

/** Whether the archive holds an issue on `date` or within `COVERAGE_GAP_DAYS` on both sides of it. */
export function covers(c: Coverage, date: string): boolean {
  if (!c.first || !c.last || date < c.first || date > c.last) return false;
  return !c.gaps.some((g) => g.after < date && date < g.before);
}
