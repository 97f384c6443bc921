/**
 * Runs long work in short slices so the page stays responsive: steps run until the slice's budget would be
 * exceeded, then the task yields to the browser (input, rendering) and continues in a new task.
 *
 * A step's cost is only known after it ran, so the scheduler keeps the largest of the recent steps and starts
 * another only when that much time is still left in the slice. A slice thus stays within budget unless a step
 * costs more than any recent one, and every slice runs at least one step, so work always progresses. "Recent"
 * (the last 16 to 32 steps) rather than "ever": one step stretched by a garbage collection must not shrink
 * every later slice to a single step.
 */
export interface SliceOptions {
  /** Budget per slice in ms. Default 8. */
  budgetMs?: number;
  now?: () => number;
  /** Gives the browser a turn; resolves when the work may continue. */
  yieldToBrowser?: () => Promise<void>;
  /** Stops the work between steps. */
  signal?: AbortSignal;
}

export interface SliceStats {
  slices: number;
  steps: number;
  /** Longest slice, in ms, as measured by `now`. */
  longestMs: number;
}

/** A step does a small unit of work and says whether more is left. It may await (e.g. a message reply). */
export type Step = () => boolean | Promise<boolean>;

export async function runSliced(step: Step, options: SliceOptions = {}): Promise<SliceStats> {
  const budget = options.budgetMs ?? 8;
  const now = options.now ?? (() => performance.now());
  const pause = options.yieldToBrowser ?? yieldToBrowser;
  const stats: SliceStats = { slices: 0, steps: 0, longestMs: 0 };
  const recent = new RecentMax(16);
  let more = true;
  while (more) {
    if (options.signal?.aborted) break;
    const sliceStart = now();
    stats.slices++;
    let stepsInSlice = 0;
    let awaited = false;
    while (more) {
      const before = now();
      if (stepsInSlice > 0 && before - sliceStart + recent.value > budget) break;
      const result = step();
      stats.steps++;
      stepsInSlice++;
      if (typeof result === 'boolean') {
        more = result;
        recent.add(now() - before);
      } else {
        // Waiting already hands the thread back to the browser: the slice ends here.
        record(stats, now() - sliceStart);
        more = await result;
        awaited = true;
        break;
      }
      if (options.signal?.aborted) more = false;
    }
    if (awaited) continue;
    record(stats, now() - sliceStart);
    if (more) await pause();
  }
  return stats;
}

/** The largest value among the last `size` to `2 × size` added, in constant time (two alternating buckets). */
export class RecentMax {
  private current = 0;
  private previous = 0;
  private count = 0;

  constructor(private readonly size: number) {}

  get value(): number {
    return Math.max(this.current, this.previous);
  }

  add(value: number): void {
    if (this.count === this.size) {
      this.previous = this.current;
      this.current = 0;
      this.count = 0;
    }
    this.current = Math.max(this.current, value);
    this.count++;
  }
}

function record(stats: SliceStats, ms: number): void {
  if (ms > stats.longestMs) stats.longestMs = ms;
}

interface Scheduler {
  yield?: () => Promise<void>;
}

let channel: MessageChannel | null = null;
const waiting: (() => void)[] = [];

/**
 * Ends the current task. `scheduler.yield()` resumes ahead of other queued work where available; otherwise a
 * MessageChannel message, which (unlike setTimeout) is not clamped to 4 ms after a few nested calls.
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => waiting.shift()?.();
    }
    return new Promise((resolve) => {
      waiting.push(resolve);
      channel!.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
