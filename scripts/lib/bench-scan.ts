/**
 * The page matcher on a 1 MB page in Chromium: the real matcher bundle with the real archive's payload timed in
 * the page against one plain pass over the same text (the floor), and the worst long task while the built
 * extension's content script reads the page.
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser, BrowserContext } from 'playwright-core';
import { shortTextConverter } from '../../core/entities/traditional';
import { buildMatcherData, entriesFromEntities } from '../../core/match';
import { toSimplified } from '../../core/simplified';
import type { Archive } from '../../core/types';
import { syntheticArchive } from '../../bench/synthetic';
import { serve } from './bench-browser';
import { median } from './bench-stats';
import { ROOT } from './extension-harness';

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

export interface ScanFigures {
  chars: number;
  ms: number;
  floorMs: number;
  /** The matcher built from its payload, once per page. */
  createMs: number;
  /** Worst long task after DOMContentLoaded over three loads with the extension (0: none over 50 ms). */
  worstTaskMs: number;
  /** The same without any extension: what the page costs by itself. */
  worstTaskBaselineMs: number;
}

/** About `chars` characters of synthetic articles as a news-like page (headline and paragraphs). */
export function bigPage(source: Archive, chars = 1_000_000): string {
  const parts: string[] = [];
  let total = 0;
  for (const article of syntheticArchive(source, { articles: Math.ceil(chars / 300), seed: 7 }).articles) {
    if (total >= chars) break;
    parts.push(`<h2>${article.title}</h2>`, ...article.body.split('\n').map((p) => `<p>${p}</p>`));
    total += article.title.length + article.body.length;
  }
  return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>吕梁新闻</title><body>${parts.join('\n')}</body></html>`;
}

/** The payload the background sends content scripts (see lib/overlay/matcher-cache.ts), for the real archive. */
export function matcherPayload(source: Archive): unknown {
  const toTraditional = shortTextConverter('t');
  return buildMatcherData(entriesFromEntities(source.entities, { toTraditional }), { toSimplified });
}

async function matcherBundle(): Promise<string> {
  const out = await build({
    entryPoints: [join(ROOT, 'bench/match-entry.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'LvMatch',
    write: false,
    target: 'es2022',
  });
  return out.outputFiles[0]!.text;
}

interface Timing {
  start: number;
  duration: number;
}

/** Loads the page and returns the worst long task that started after DOMContentLoaded, once the page is quiet. */
async function worstTask(context: BrowserContext | Browser, url: string, settleMs: number): Promise<number> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: Timing[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  let t = performance.now();
  await page.goto(url);
  log(`  page loaded in ${(performance.now() - t).toFixed(0)} ms`);
  t = performance.now();
  // Done when the highlights painted stop changing for two seconds (or at once when there are none).
  let last = -1;
  let still = 0;
  const deadline = Date.now() + settleMs;
  while (Date.now() < deadline && still < 4) {
    await new Promise((r) => setTimeout(r, 500));
    const painted = await page.evaluate(() => {
      let total = 0;
      for (const [name, h] of CSS.highlights) if (name.startsWith('lvliang-')) total += h.size;
      return total;
    });
    still = painted === last ? still + 1 : 0;
    last = painted;
  }
  log(`  ${last} highlights painted, settled after ${(performance.now() - t).toFixed(0)} ms`);
  const worst = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const after = nav?.domContentLoadedEventEnd ?? 0;
    const w = window as unknown as { longTasks: Timing[] };
    const tasks = w.longTasks.filter((t) => t.start >= after);
    return {
      worst: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
      all: w.longTasks.length,
      after: tasks.length,
    };
  });
  log(`  long tasks: ${worst.all} in all, ${worst.after} after DOMContentLoaded, worst ${worst.worst} ms`);
  await page.close();
  return worst.worst;
}

/** The worst of `loads` page loads: one load's long tasks vary a lot on a small machine. */
async function worstOf(loads: number, load: () => Promise<number>): Promise<number> {
  let worst = 0;
  for (let i = 0; i < loads; i++) worst = Math.max(worst, await load());
  return worst;
}

export async function measureScan(
  source: Archive,
  plain: Browser,
  extension: BrowserContext,
  runs = 7,
): Promise<ScanFigures> {
  const html = bigPage(source);
  const server = await serve({ '/big.html': { type: 'text/html; charset=utf-8', body: () => html } });
  try {
    let t = performance.now();
    const page = await plain.newPage();
    await page.goto(`${server.origin}/big.html`);
    log(`  matcher page loaded in ${(performance.now() - t).toFixed(0)} ms`);
    t = performance.now();
    await page.addScriptTag({ content: `window.__name = (f) => f;\n${await matcherBundle()}` });
    const timing = await page.evaluate(
      ({ payload, runs }) => {
        type Scan = { scan(text: string): unknown[] };
        const lv = (window as unknown as { LvMatch: { createMatcher(d: unknown): Scan } }).LvMatch;
        const text = document.body.textContent ?? '';
        let t = performance.now();
        const matcher = lv.createMatcher(payload);
        const createMs = performance.now() - t;
        const scans: number[] = [];
        const floors: number[] = [];
        let sink = 0;
        for (let r = 0; r < runs + 2; r++) {
          t = performance.now();
          sink += matcher.scan(text).length;
          const scanMs = performance.now() - t;
          t = performance.now();
          // The floor: read every code unit once (a sum the engine cannot drop).
          let sum = 0;
          for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
          const floorMs = performance.now() - t;
          sink += sum & 1;
          if (r >= 2) {
            scans.push(scanMs);
            floors.push(floorMs);
          }
        }
        return { chars: text.length, createMs, scans, floors, sink };
      },
      { payload: matcherPayload(source), runs },
    );
    log(`  matcher timed in ${(performance.now() - t).toFixed(0)} ms`);
    await page.close();
    return {
      chars: timing.chars,
      ms: median(timing.scans),
      floorMs: median(timing.floors),
      createMs: timing.createMs,
      worstTaskMs: await worstOf(3, () => worstTask(extension, `${server.origin}/big.html`, 30_000)),
      worstTaskBaselineMs: await worstTask(plain, `${server.origin}/big.html`, 3_000),
    };
  } finally {
    await server.close();
  }
}
