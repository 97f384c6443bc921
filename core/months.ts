/**
 * Articles per month: counted from article dates when the archive is built or searched, summed when additions
 * are merged, and laid out month by month (empty months as 0) for the card's sparkline and the panel's chart.
 * Months are `YYYY-MM` strings, which sort as they read.
 */

const MONTH = /^\d{4}-\d{2}$/;

/** The month of a `YYYY-MM-DD` date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** `YYYY-MM` plus `n` months (`n` may be negative). */
export function addMonths(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Month → count, months in order. */
function inOrder(counts: Readonly<Record<string, number>>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Articles per month from the articles' dates (one date an article; unknown dates are skipped). */
export function countByMonth(dates: Iterable<string | null | undefined>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const date of dates) {
    if (!date) continue;
    const month = monthOf(date);
    counts[month] = (counts[month] ?? 0) + 1;
  }
  return inOrder(counts);
}

/** Two months → count tables summed (the archive's and its additions'); undefined when neither has one. */
export function addMonthCounts(
  a: Readonly<Record<string, number>> | undefined,
  b: Readonly<Record<string, number>> | undefined,
): Record<string, number> | undefined {
  if (!a && !b) return undefined;
  const out: Record<string, number> = { ...a };
  for (const [month, n] of Object.entries(b ?? {})) out[month] = (out[month] ?? 0) + n;
  return inOrder(out);
}

/** A month → count table as a list in month order, as search answers give it. */
export function monthList(counts: Readonly<Record<string, number>>): { month: string; count: number }[] {
  return Object.entries(inOrder(counts)).map(([month, count]) => ({ month, count }));
}

/**
 * Every month from the first to the last with a count, months the table leaves out filled in with 0 (a chart
 * must show the gap). Keys that are not `YYYY-MM` are ignored.
 */
export function monthSeries(counts: Readonly<Record<string, number>>): { month: string; count: number }[] {
  const months = Object.keys(counts)
    .filter((m) => MONTH.test(m))
    .sort();
  const first = months[0];
  const last = months[months.length - 1];
  if (first === undefined || last === undefined) return [];
  const series: { month: string; count: number }[] = [];
  for (let m = first; m <= last; m = addMonths(m, 1)) series.push({ month: m, count: counts[m] ?? 0 });
  return series;
}
