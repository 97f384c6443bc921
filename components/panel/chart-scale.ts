/**
 * Scales for the side panel's charts (the timeline of posts and articles, the mentions per month). Pure
 * numbers in, numbers out: the SVG components only place what these return.
 */
import { monthSeries } from '@/core/months';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC) of a YYYY-MM-DD date; NaN when it is not one. */
export function dayNumber(date: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return NaN;
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** A linear map from `domain` to `range`. An empty domain maps everything to the middle of the range. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]) {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (!(d1 > d0)) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (value: number) => r0 + (value - d0) * k;
}

/**
 * The day range a timeline shows: from the earliest to the latest date, widened by `padDays` on each side
 * so marks at the ends are not cut, and never narrower than two paddings (one date alone still has room).
 * Null when no date is valid.
 */
export function timeDomain(dates: readonly string[], padDays = 20): [number, number] | null {
  const days = dates.map(dayNumber).filter((d) => Number.isFinite(d));
  if (days.length === 0) return null;
  return [Math.min(...days) - padDays, Math.max(...days) + padDays];
}

/** 1 January of every year inside the domain, for the axis ticks. */
export function yearTicks(domain: readonly [number, number]): { year: number; day: number }[] {
  const [from, to] = domain;
  const first = new Date(from * DAY_MS).getUTCFullYear();
  const last = new Date(to * DAY_MS).getUTCFullYear();
  const ticks: { year: number; day: number }[] = [];
  for (let year = first; year <= last + 1; year++) {
    const day = Math.round(Date.UTC(year, 0, 1) / DAY_MS);
    if (day >= from && day <= to) ticks.push({ year, day });
  }
  return ticks;
}

/**
 * Vertical levels for marks that would overlap: a mark closer than `gap` to the previous mark on the same
 * level goes one level up. `xs` in any order; the result lines up with it.
 */
export function stackLevels(xs: readonly number[], gap: number): number[] {
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x || a.i - b.i);
  const lastOnLevel: number[] = [];
  const levels = new Array<number>(xs.length).fill(0);
  for (const { x, i } of order) {
    let level = 0;
    while (lastOnLevel[level] !== undefined && x - lastOnLevel[level]! < gap) level++;
    lastOnLevel[level] = x;
    levels[i] = level;
  }
  return levels;
}

export { addMonths } from '@/core/months';

export interface Period {
  /** `YYYY-MM`, or `YYYY` when periods are years. */
  label: string;
  count: number;
}

/**
 * Counts per month from the first to the last month with mentions, months without any filled in with 0 (the
 * archive leaves them out; a chart must show the gap). More months than `maxBars` are summed per year, so
 * bars stay wide enough to see and to point at.
 */
export function periods(perMonth: readonly { month: string; count: number }[], maxBars = 48): Period[] {
  const counts = Object.fromEntries(perMonth.map((m) => [m.month, m.count]));
  const months: Period[] = monthSeries(counts).map((m) => ({ label: m.month, count: m.count }));
  if (months.length <= maxBars) return months;
  const years = new Map<string, number>();
  for (const m of months) years.set(m.label.slice(0, 4), (years.get(m.label.slice(0, 4)) ?? 0) + m.count);
  return [...years].map(([label, count]) => ({ label, count }));
}

/** The smallest 1, 2 or 5 × 10ⁿ at or above `n` (at least 1): a round top for a count axis. */
export function niceCeiling(n: number): number {
  if (!(n > 1)) return 1;
  const power = 10 ** Math.floor(Math.log10(n));
  for (const step of [1, 2, 5, 10]) if (step * power >= n) return step * power;
  return 10 * power;
}

/** A bar's height: proportional to `max`, and at least `minVisible` for any count above zero. */
export function barHeight(count: number, max: number, height: number, minVisible = 2): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(minVisible, (Math.min(count, max) / max) * height);
}

/** The period with the most mentions (the earliest among equals), or null when there are none. */
export function peak(list: readonly Period[]): Period | null {
  let best: Period | null = null;
  for (const p of list) if (p.count > 0 && (!best || p.count > best.count)) best = p;
  return best;
}
