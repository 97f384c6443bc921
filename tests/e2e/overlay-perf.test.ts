/**
 * A 1 MB page: the overlay reads it in time slices, so no task it runs blocks the page for long. Long tasks
 * are recorded in the page (PerformanceObserver 'longtask', installed before load). The page builds its
 * content in one long script and then lays out 1 MB of text, so only tasks after its first rendered frame
 * count; the same page with the overlay off shows what is left of the page's own work.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
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

/** What the page's generator names (tests/e2e/pages/overlay-big.html), as the overlay paints each. */
const PAINTED_AS: Record<string, string | null> = {
  市委书记孙大军: '孙大军',
  市长张广勇: '张广勇',
  孙大军: '孙大军',
  张广勇: '张广勇',
  任凯: '任凯',
  离石区: '离石区',
  柳林县: '柳林县',
  孝义市: '孝义市',
  汾阳市: '汾阳市',
  吕梁: '吕梁', // the city itself: a place like the counties
};

/**
 * Every painted range on the page: its text and the index of the `<section>` (story) it lies in. Topics are left
 * out: the page's word soup spells campaigns by chance (振兴 + 乡村 → 振兴乡村), and on a page about Lüliang
 * those are rightly painted; the names are what the page places on purpose.
 */
function paintedByStory(): { text: string; story: number }[] {
  const sections = [...document.querySelectorAll('#feed > section')];
  const out: { text: string; story: number }[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('lvliang-') || name === 'lvliang-focus' || name === 'lvliang-topic') continue;
    for (const r of highlight) {
      // Highlights may hold static ranges, which have no text of their own: read it through a live range.
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const section = r.startContainer.parentElement?.closest('section');
      out.push({ text: range.toString(), story: section ? sections.indexOf(section) : -1 });
    }
  }
  return out;
}

/**
 * The names the last story of the page bolds (one a paragraph), and scrolls it into view as a reader who reached
 * the end of the page would.
 */
function scrollToLastStory(): { story: number; bold: string[] } {
  const sections = [...document.querySelectorAll('#feed > section')];
  const last = sections[sections.length - 1]!;
  last.scrollIntoView();
  return {
    story: sections.length - 1,
    bold: [...last.querySelectorAll('b')].map((b) => b.textContent ?? ''),
  };
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
    const badge = await harness.badge(tabId);
    assert.ok(Number(badge) > 0, 'the badge counts the page’s entities');
    await readToTheEnd(page);
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

/**
 * The highlights are where the page names someone: every painted range reads a name the page placed, people
 * and places both; and the page is read to its end: scrolled to its last story, that story's names light up.
 */
async function readToTheEnd(page: Page): Promise<void> {
  const near = await page.evaluate(paintedByStory);
  const texts = new Set(near.map((m) => m.text));
  const expected = new Set(Object.values(PAINTED_AS).filter((name) => name !== null));
  for (const text of texts)
    assert.ok(expected.has(text), `"${text}" is painted, but the page names no such entity`);
  assert.ok(
    ['孙大军', '张广勇', '任凯'].some((n) => texts.has(n)),
    'people are painted',
  );
  assert.ok(
    ['离石区', '柳林县', '孝义市', '汾阳市'].some((n) => texts.has(n)),
    'places are painted',
  );

  const { story, bold } = await page.evaluate(scrollToLastStory);
  assert.ok(story > 100, `the page has ${story + 1} stories`);
  assert.ok(
    !near.some((m) => m.story === story),
    'the last story was not painted before the reader scrolled to it (painting follows the viewport)',
  );
  const wanted = [...new Set(bold.map((name) => PAINTED_AS[name]).filter((name) => name != null))].sort();
  const lit = await waitFor(
    async () => {
      const there = new Set(
        (await page.evaluate(paintedByStory)).filter((m) => m.story === story).map((m) => m.text),
      );
      return wanted.every((name) => there.has(name)) ? [...there].sort() : null;
    },
    `the names of the last story (${wanted.join(' ')}) painted`,
  );
  for (const name of lit) assert.ok(expected.has(name), `"${name}" painted in the last story`);
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
