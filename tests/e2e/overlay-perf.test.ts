/**
 * A 1 MB page: the overlay reads it in time slices, so no task it runs blocks the page for long. Long tasks
 * are recorded in the page (PerformanceObserver 'longtask', installed before load). The page builds its
 * content in one long script and then lays out 1 MB of text, so only tasks after its first rendered frame
 * count; the same page with the overlay off shows what is left of the page's own work.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { setOverlayOn, useExtension, waitFor, waitForPageReport } from '../../scripts/lib/extension-harness';

/**
 * The goal for the worst task is 50 ms. Like every speed target it is judged by the benchmark (`npm run bench`,
 * scan.worstTaskMs), not here: on a shared two-core machine a timed assertion fails for reasons that are not
 * the code's. This test checks that the page is read in full and records what it measured.
 */
const GOAL_MS = 50;

const harness = useExtension();

interface Timing {
  start: number;
  duration: number;
}

interface Run {
  /** Long tasks that started after the page's first rendered frame. */
  tasks: number[];
  chars: number;
  painted: number;
  readMs: number;
}

/** Loads the 1 MB page and records long tasks until the overlay is done with it (or, when off, a while). */
async function load(overlayOn: boolean): Promise<Run> {
  const page = await harness.context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: Timing[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  const started = Date.now();
  await page.goto(`${harness.origin}/overlay-big.html`);
  const chars = await page.evaluate(() => (window as unknown as { builtChars: number }).builtChars);
  let painted = 0;
  if (overlayOn) {
    // Done when the tab's report counts the page's entities and the painted ranges stop changing.
    const { tabId } = await waitForPageReport(harness, page.url(), {
      accept: (report) => report.entities > 0,
      what: 'the report of the 1 MB page',
      timeoutMs: 60_000,
    });
    let last = -1;
    painted = await waitFor(
      async () => {
        const n = await page.evaluate(() => {
          let total = 0;
          for (const [name, h] of CSS.highlights) if (name.startsWith('lvliang-')) total += h.size;
          return total;
        });
        const settled = n > 0 && n === last;
        last = n;
        return settled ? n : null;
      },
      'highlights on the 1 MB page',
      60_000,
    );
    const badge = await harness.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    assert.ok(Number(badge) > 0, 'the badge counts the page’s entities');
  } else {
    await page.waitForTimeout(5000);
  }
  const readMs = Date.now() - started;
  await page.waitForTimeout(500);
  const { tasks, renderedAt, highlightsAtRender } = await page.evaluate(() => {
    const w = window as unknown as { longTasks: Timing[]; renderedAt: number; highlightsAtRender: number };
    return {
      tasks: w.longTasks.filter((t) => t.start >= w.renderedAt).map((t) => Math.round(t.duration)),
      renderedAt: w.renderedAt,
      highlightsAtRender: w.highlightsAtRender,
    };
  });
  assert.equal(typeof renderedAt, 'number', 'the page marks its first rendered frame');
  // The overlay's heavy part (reading the page, deciding, painting) falls inside the measured window.
  if (overlayOn) assert.equal(highlightsAtRender, 0, 'nothing was painted before the page’s first frame');
  await page.close();
  return { tasks, chars, painted, readMs };
}

test('a 1 MB page is read in full, in slices; its worst long task is recorded', async () => {
  // The page's own work (laying out 1 MB of text) makes long tasks too: measured first, with the overlay off.
  await setOverlayOn(harness, false);
  const baseline = await load(false);
  await setOverlayOn(harness, true);
  const run = await load(true);
  assert.ok(run.chars >= 1_000_000, `the page holds ${run.chars} characters`);
  const worst = Math.max(0, ...run.tasks);
  console.log(
    `1 MB page (${run.chars} characters): read in ~${run.readMs} ms, ${run.painted} mentions painted near the ` +
      `viewport. Long tasks after the page's first frame: with the overlay ${JSON.stringify(run.tasks)} ms ` +
      `(worst ${worst} ms, goal ${GOAL_MS} ms); without it ${JSON.stringify(baseline.tasks)} ms.`,
  );
  mkdirSync('artifacts', { recursive: true });
  writeFileSync(
    'artifacts/overlay-1mb.json',
    JSON.stringify(
      {
        chars: run.chars,
        painted: run.painted,
        readMs: run.readMs,
        worstTaskMs: worst,
        tasks: run.tasks,
        baselineTasks: baseline.tasks,
      },
      null,
      2,
    ),
  );
});
