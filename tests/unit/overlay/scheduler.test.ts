import { describe, expect, it } from 'vitest';
import { RecentMax, runSliced } from '@/lib/content/overlay/scheduler';

/** A fake clock: steps advance it by their cost; yields record the slice that just ended. */
function harness(costs: number[], budgetMs = 8) {
  let t = 0;
  let sliceStart = 0;
  const slices: number[] = [];
  let i = 0;
  const step = () => {
    t += costs[i++ % costs.length]!;
    return i < costs.length;
  };
  const run = runSliced(step, {
    budgetMs,
    now: () => t,
    yieldToBrowser: async () => {
      slices.push(t - sliceStart);
      t += 1; // the browser's turn
      sliceStart = t;
    },
  });
  return {
    run,
    slices,
    last: () => t - sliceStart,
    steps: () => i,
  };
}

describe('runSliced', () => {
  it('never runs a slice past its budget once it has seen the costliest step', async () => {
    // Irregular step costs between 0.25 and 3 ms (quarters: exact in floating point); the costliest comes first.
    const costs = [3, ...Array.from({ length: 2000 }, (_, k) => 0.25 + ((k * 7919) % 12) / 4)];
    const h = harness(costs, 8);
    const stats = await h.run;
    const all = [...h.slices, h.last()];
    expect(h.steps()).toBe(costs.length);
    expect(Math.max(...all)).toBeLessThanOrEqual(8);
    expect(stats.longestMs).toBeLessThanOrEqual(8);
    // …and uses most of it: slices are not cut short needlessly.
    const mean = h.slices.reduce((a, b) => a + b, 0) / h.slices.length;
    expect(mean).toBeGreaterThan(4);
    expect(stats.slices).toBe(all.length);
  });

  it('overruns by less than one step when a step costlier than all before it arrives', async () => {
    const costs = Array.from({ length: 500 }, (_, k) => 0.25 * (1 + (k % 12)) + (k > 250 ? 2 : 0));
    const h = harness(costs, 8);
    await h.run;
    const all = [...h.slices, h.last()];
    expect(Math.max(...all)).toBeLessThan(8 + Math.max(...costs));
    // Overruns are rare: only while a new costliest step is being discovered.
    expect(all.filter((ms) => ms > 8).length).toBeLessThanOrEqual(3);
  });

  it('forgets one stretched step: later slices are full again', async () => {
    // Step 10 is stretched to 30 ms (a garbage collection); the others take 0.5 ms.
    const costs = Array.from({ length: 400 }, (_, k) => (k === 10 ? 30 : 0.5));
    const h = harness(costs, 8);
    const stats = await h.run;
    // 400 steps of 0.5 ms fill 8 ms slices 16 at a time (about 26 slices); after the stretched step, slices
    // run one step each only until it leaves the recent window (at most 32 steps), not for the rest of the run.
    expect(stats.slices).toBeLessThan(26 + 32);
  });

  it('keeps the largest of the recent values', () => {
    const m = new RecentMax(4);
    m.add(9);
    for (let i = 0; i < 4; i++) m.add(1);
    expect(m.value).toBe(9); // still within the last 2 × 4
    for (let i = 0; i < 4; i++) m.add(1);
    expect(m.value).toBe(1);
  });

  it('runs at least one step per slice, so a step larger than the budget still progresses', async () => {
    const h = harness([20, 20, 20], 8);
    const stats = await h.run;
    expect(h.steps()).toBe(3);
    expect(stats.slices).toBe(3);
    expect(stats.longestMs).toBe(20);
  });

  it('does not yield when the work fits in one slice', async () => {
    const h = harness([1, 1, 1], 8);
    const stats = await h.run;
    expect(h.slices).toEqual([]);
    expect(stats.slices).toBe(1);
  });

  it('stops between steps once aborted', async () => {
    const abort = new AbortController();
    let n = 0;
    let t = 0;
    await runSliced(
      () => {
        t += 1;
        if (++n === 5) abort.abort();
        return true;
      },
      { now: () => t, signal: abort.signal, yieldToBrowser: async () => undefined },
    );
    expect(n).toBe(5);
  });

  it('waits for a step that returns a promise and continues in a new slice', async () => {
    const order: string[] = [];
    let t = 0;
    let n = 0;
    const stats = await runSliced(
      () => {
        n++;
        t += 1;
        if (n === 2) return Promise.resolve(true).then((v) => (order.push('awaited'), v));
        order.push(`step ${n}`);
        return n < 4;
      },
      { now: () => t, yieldToBrowser: async () => order.push('yield') as unknown as void },
    );
    expect(order).toEqual(['step 1', 'awaited', 'step 3', 'step 4']);
    expect(stats.slices).toBe(2);
  });

  it('rests after each slice so the work takes at most its share of the time', async () => {
    let t = 0;
    let busy = 0;
    let rested = 0;
    let n = 0;
    for (const [restRatio, share] of [
      [undefined, 0.8],
      [1, 0.5],
      [3, 0.25],
    ] as const) {
      t = busy = rested = n = 0;
      await runSliced(
        () => {
          t += 0.5;
          busy += 0.5;
          return ++n < 1000;
        },
        {
          now: () => t,
          ...(restRatio === undefined ? {} : { restRatio }),
          yieldToBrowser: async (restMs) => {
            t += restMs; // the page's turn lasts at least what was asked
            rested += restMs;
          },
        },
      );
      expect(busy / t).toBeLessThanOrEqual(share + 0.01);
      expect(rested).toBeGreaterThan(0);
    }
  });
});
