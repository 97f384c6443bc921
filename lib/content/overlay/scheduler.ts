/**
 * Runs long work in short slices so the page stays responsive: steps run until the slice's budget would be
 * exceeded, then the task yields to the browser (input, rendering) and continues in a new task.
 *
 * A step's cost is only known after it ran, so the scheduler keeps the largest of the recent steps and starts
 * another only when that much time is still left in the slice. A slice thus stays within budget unless a step
 * costs more than any recent one, and every slice runs at least one step, so work always progresses. "Recent"
 * (the last 16 to 32 steps) rather than "ever": one step stretched by a garbage collection must not shrink
 * every later slice to a single step.
 *
 * The page goes first: between slices the work waits behind the page's own tasks (a background-priority task
 * where the browser has one), and for at least as long as the slice took times `restRatio`, so a scan never
 * takes more than its share of the main thread however much the page has to read. The priority is what keeps
 * the page first; the rest only leaves room for page work that falls due just after a slice (a timer, a frame).
 * A longer rest would mostly leave an idle thread idle: at a rest as long as the slice, the 1 MB benchmark page
 * was read about 90 ms later, with no task of the page delayed more than by a slice either way.
 */
export interface SliceOptions {
  /** Budget per slice in ms. Default 8. */
  budgetMs?: number;
  now?: () => number;
  /** Gives the browser a turn of at least `restMs`; resolves when the work may continue. */
  yieldToBrowser?: (restMs: number, urgent?: boolean) => Promise<void>;
  /** Rest after a slice, as a multiple of the slice's length. Default ¼: the work takes at most ⅘ of the time. */
  restRatio?: number;
  /** Stops the work between steps. */
  signal?: AbortSignal;
  /**
   * Work the reader is waiting for (the first highlights): no rest between slices, and the browser's
   * user-visible priority instead of background, so it is not queued behind the page's every task.
   */
  urgent?: boolean;
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
  const restRatio = options.urgent ? 0 : (options.restRatio ?? 0.25);
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
    const sliceMs = now() - sliceStart;
    record(stats, sliceMs);
    if (more) await pause(sliceMs * restRatio, options.urgent);
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

interface PostTaskScheduler {
  postTask?: (
    callback: () => void,
    options: { priority: 'background' | 'user-visible'; delay?: number },
  ) => Promise<void>;
}

/**
 * Ends the current task and lets the page go first: `scheduler.postTask` at background priority runs after the
 * page's own timers, input and rendering; elsewhere a timer, which at least queues behind what is already due.
 * `restMs` is the least time to leave the page before continuing; `urgent` work goes at user-visible priority.
 */
export function yieldToBrowser(restMs = 0, urgent = false): Promise<void> {
  const delay = Math.max(0, Math.round(restMs));
  const scheduler = (globalThis as { scheduler?: PostTaskScheduler }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    return scheduler.postTask(() => {}, { priority: urgent ? 'user-visible' : 'background', delay });
  }
  return new Promise((resolve) => setTimeout(resolve, delay));
}
