/**
 * The pure half of the benchmark: percentiles, the targets each figure is held to, and the cache key of a
 * synthetic archive. Kept free of I/O so it is unit-tested.
 */

/** Nearest-rank percentile (p in 0–100) of unsorted values; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

/** Figures by dotted key, as `--json` prints them. Null: not measured in this run. */
export type Figures = Record<string, number | string | null>;

export interface Target {
  key: string;
  /** What the target reads as in the table, e.g. "≤ 50 ms". */
  label: string;
  /** Null when a figure it depends on is missing. */
  met(f: Figures): boolean | null;
}

const num = (f: Figures, key: string): number | null => {
  const v = f[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
};

/** `value < limit`, or null when either side is missing. */
function below(value: number | null, limit: number | null): boolean | null {
  return value === null || limit === null ? null : value < limit;
}

/** `value ≤ limit`, or null when either side is missing. */
function atMost(value: number | null, limit: number | null): boolean | null {
  return value === null || limit === null ? null : value <= limit;
}

export const TARGETS: readonly Target[] = [
  {
    key: 'search.synthetic.p95Ms',
    label: '≤ 25 ms and ≤ ¼ of MiniSearch p95',
    met: (f) => {
      const a = atMost(num(f, 'search.synthetic.p95Ms'), 25);
      const m = num(f, 'search.minisearch.p95Ms');
      const b = atMost(num(f, 'search.synthetic.p95Ms'), m === null ? null : m / 4);
      return a === null || b === null ? null : a && b;
    },
  },
  {
    key: 'search.synthetic.popupFirstP95Ms',
    label: '≤ 150 ms (typing pause included)',
    met: (f) => atMost(num(f, 'search.synthetic.popupFirstP95Ms'), 150),
  },
  {
    // Results within 150 ms once the reader has paused typing, however long the pause is set.
    key: 'search.synthetic.popupAfterPauseP95Ms',
    label: '≤ 150 ms after the typing pause',
    met: (f) => atMost(num(f, 'search.synthetic.popupAfterPauseP95Ms'), 150),
  },
  {
    key: 'size.indexBytes',
    label: '≤ 0.6 × text and < MiniSearch',
    met: (f) => {
      const index = num(f, 'size.indexBytes');
      const text = num(f, 'size.textBytes');
      const a = atMost(index, text === null ? null : 0.6 * text);
      const mini = num(f, 'size.minisearchIndexBytes');
      const b = index === null || mini === null ? null : index < mini;
      return a === null || b === null ? null : a && b;
    },
  },
  {
    key: 'search.synthetic.startMs',
    label: '≤ MiniSearch start',
    met: (f) => atMost(num(f, 'search.synthetic.startMs'), num(f, 'search.minisearch.startMs')),
  },
  {
    key: 'scan.ms',
    label: '≤ 10 ms per 100k chars and ≤ 3× floor',
    met: (f) => {
      const ms = num(f, 'scan.ms');
      const chars = num(f, 'scan.chars');
      const floor = num(f, 'scan.floorMs');
      const a = atMost(ms, chars === null ? null : (chars / 100_000) * 10);
      const b = atMost(ms, floor === null ? null : 3 * floor);
      return a === null || b === null ? null : a && b;
    },
  },
  { key: 'scan.worstTaskMs', label: '< 50 ms', met: (f) => below(num(f, 'scan.worstTaskMs'), 50) },
  { key: 'scan.firstPaintMs', label: '≤ 100 ms', met: (f) => atMost(num(f, 'scan.firstPaintMs'), 100) },
  { key: 'scan.fullReadMs', label: '≤ 1 000 ms', met: (f) => atMost(num(f, 'scan.fullReadMs'), 1000) },
  {
    key: 'scan.heapGrowthBytes',
    label: '≤ 30 MB',
    met: (f) => atMost(num(f, 'scan.heapGrowthBytes'), 30 * 2 ** 20),
  },
  {
    key: 'install.synthetic.ms',
    label: '≤ 10 000 ms',
    met: (f) => atMost(num(f, 'install.synthetic.ms'), 10_000),
  },
  {
    key: 'card.synthetic.coldMs',
    label: '≤ 300 ms',
    met: (f) => atMost(num(f, 'card.synthetic.coldMs'), 300),
  },
  {
    key: 'card.synthetic.heapMB',
    label: '≤ 80 MB',
    met: (f) => atMost(num(f, 'card.synthetic.heapMB'), 80),
  },
  {
    key: 'import.synthetic.pageMs',
    label: '≤ 3 000 ms',
    met: (f) => atMost(num(f, 'import.synthetic.pageMs'), 3000),
  },
  {
    key: 'size.contentScriptBytes',
    label: '≤ 100 KB',
    met: (f) => atMost(num(f, 'size.contentScriptBytes'), 100 * 1024),
  },
];

/** The directory name of a cached synthetic archive: changes with its size, its seed and the seed pages. */
export function cacheKey(articles: number, seed: number, seedsHash: string): string {
  if (!Number.isInteger(articles) || articles <= 0) throw new Error(`bad article count: ${articles}`);
  if (!/^[0-9a-f]{8,}$/.test(seedsHash)) throw new Error(`bad seeds hash: ${seedsHash}`);
  return `n${articles}-s${seed}-${seedsHash.slice(0, 16)}`;
}

/**
 * The sub-directory of a cached archive holding its search index: one per hash of the code that builds the index,
 * so a change to that code rebuilds the index alone and keeps the archive and MiniSearch's index (neither depends
 * on it).
 */
export function indexCacheName(codeHash: string): string {
  if (!/^[0-9a-f]{8,}$/.test(codeHash)) throw new Error(`bad index code hash: ${codeHash}`);
  return `index-${codeHash.slice(0, 12)}`;
}

/** A User Timing mark on the epoch clock (`performance.timeOrigin + startTime`), so contexts compare. */
export interface TimedMark {
  name: string;
  at: number;
}

/**
 * Milliseconds per phase between `from` and `to` (epoch ms): each phase ends at a mark and is named after it,
 * the time after the last mark is `rest`; a name marked twice sums its spans. Marks outside the window are left
 * out, so the phases add up to `to - from`.
 */
export function phasesFromMarks(
  from: number,
  to: number,
  marks: readonly TimedMark[],
  rest = 'reply',
): Record<string, number> {
  const phases: Record<string, number> = {};
  let last = from;
  for (const mark of [...marks].filter((m) => m.at >= from && m.at <= to).sort((a, b) => a.at - b.at)) {
    phases[mark.name] = (phases[mark.name] ?? 0) + (mark.at - last);
    last = mark.at;
  }
  phases[rest] = (phases[rest] ?? 0) + (to - last);
  return phases;
}
