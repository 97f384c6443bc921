/**
 * The page matcher on a 1 MB page in Chromium: the real matcher bundle with the real archive's payload timed in
 * the page against one plain pass over the same text (the floor), and the worst long task while the built
 * extension's content script reads the page.
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser, BrowserContext } from 'playwright-core';
import { shortTextConverter } from '../../core/entities/traditional';
import {
  buildMatcherData,
  compile,
  entriesFromEntities,
  packAutomaton,
  type MatcherData,
} from '../../core/match';
import { toSimplified } from '../../core/simplified';
import type { Archive } from '../../core/types';
import { syntheticArchive } from '../../bench/synthetic';
import { poll, serve, status } from './bench-browser';
import { median } from './bench-stats';
import { ROOT } from './extension-harness';

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

export interface ScanFigures {
  chars: number;
  /** The matcher as the content script runs it: contexts cut only when read (`lazy`). */
  ms: number;
  /** The same with every match's context cut and folded at once (`Matcher.scan`'s default). */
  eagerMs: number;
  floorMs: number;
  /** The matcher made from its payload and the packed automaton the background sends, once per frame. */
  createMs: number;
  /** Worst long task after DOMContentLoaded over three loads with the extension (0: none over 50 ms). */
  worstTaskMs: number;
  /** The same without any extension: what the page costs by itself. */
  worstTaskBaselineMs: number;
  /** From DOMContentLoaded to the first highlight painted (median of three loads). */
  firstPaintMs: number | null;
  /** From DOMContentLoaded to the whole page read and decided by the content script (median of three loads). */
  fullReadMs: number | null;
  /**
   * Without any extension, how long after DOMContentLoaded a task the page queues then runs (median of three
   * loads): the page's own rendering holds the thread that long, and no content script shows anything sooner.
   */
  pageBusyMs: number | null;
  /** The renderer's JS heap with the extension minus without it, after garbage collection (medians). */
  heapGrowthBytes: number;
}

/** Waits until the extension's bundled archive is installed: before that, pages get no matcher. */
async function archiveReady(extension: BrowserContext): Promise<void> {
  const worker = extension.serviceWorkers()[0] ?? (await extension.waitForEvent('serviceworker'));
  const page = await extension.newPage();
  try {
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
    await poll(async () => (await status(page))?.ready, 'archive/status ready', 5 * 60_000, 250);
  } finally {
    await page.close();
  }
}

/** Three loads with the extension against three without it: the content script's path end to end. */
async function contentScript(
  plain: Browser,
  extension: BrowserContext,
  url: string,
): Promise<Omit<ScanFigures, 'chars' | 'ms' | 'eagerMs' | 'floorMs' | 'createMs'>> {
  await archiveReady(extension);
  const on: Load[] = [];
  const off: Load[] = [];
  for (let i = 0; i < 3; i++) {
    on.push(await load(extension, url, 60_000, true));
    off.push(await load(plain, url, 3_000, false));
  }
  return {
    worstTaskMs: Math.max(...on.map((l) => l.worstTaskMs)),
    worstTaskBaselineMs: Math.max(...off.map((l) => l.worstTaskMs)),
    firstPaintMs: medianOf(on, (l) => l.firstPaintMs),
    fullReadMs: medianOf(on, (l) => l.fullReadMs),
    pageBusyMs: medianOf(off, (l) => l.pageBusyMs),
    heapGrowthBytes: median(on.map((l) => l.heapBytes)) - median(off.map((l) => l.heapBytes)),
  };
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

/** The payload the background sends content scripts (see lib/background/overlay/matcher-cache.ts), for the real archive. */
export function matcherPayload(source: Archive): MatcherData {
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

/** One load of the page: what the content script cost it, on the page's clock (ms after DOMContentLoaded). */
interface Load {
  /** Longest task that started after DOMContentLoaded (0: none over 50 ms). */
  worstTaskMs: number;
  /** First highlights painted (`lens:first-paint`): the painter paints only what is on or near the screen. */
  firstPaintMs: number | null;
  /** The content script's `lens:page-read` mark: the frame read and decided once. */
  fullReadMs: number | null;
  /** A timer the page sets at DOMContentLoaded: how late it fires. */
  pageBusyMs: number | null;
  /** The renderer's JS heap once settled, after a full garbage collection (page and content script). */
  heapBytes: number;
}

/**
 * Loads the page and watches it until the highlights stop changing. The content script marks its milestones
 * (lib/content/overlay/scan-marks.ts) on the page's timeline, where the page's own world reads them.
 */
async function load(
  context: BrowserContext | Browser,
  url: string,
  settleMs: number,
  waitForRead: boolean,
): Promise<Load> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: Timing[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    document.addEventListener('DOMContentLoaded', () => {
      const at = performance.now();
      setTimeout(() => ((window as unknown as { pageBusy: number }).pageBusy = performance.now() - at));
    });
  });
  let t = performance.now();
  await page.goto(url);
  log(`  page loaded in ${(performance.now() - t).toFixed(0)} ms`);
  t = performance.now();
  // Done once the content script has read the page (its mark; none without the extension) and the highlights
  // painted have not changed for two seconds.
  let last = -1;
  let still = 0;
  const deadline = Date.now() + settleMs;
  while (Date.now() < deadline && still < 4) {
    await new Promise((r) => setTimeout(r, 500));
    const { painted, read } = await page.evaluate(() => {
      let total = 0;
      for (const [name, h] of CSS.highlights) if (name.startsWith('lvliang-')) total += h.size;
      return { painted: total, read: performance.getEntriesByName('lens:page-read').length > 0 };
    });
    still = painted === last && (read || !waitForRead) ? still + 1 : 0;
    last = painted;
  }
  log(`  ${last} highlights painted, settled after ${(performance.now() - t).toFixed(0)} ms`);
  const seen = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const after = nav?.domContentLoadedEventEnd ?? 0;
    const w = window as unknown as { longTasks: Timing[] };
    const tasks = w.longTasks.filter((t) => t.start >= after);
    const read = performance.getEntriesByName('lens:page-read')[0];
    const paint = performance.getEntriesByName('lens:first-paint')[0];
    const marks = performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('lens:'))
      .map((m) => `${m.name.slice(5)} ${(m.startTime - after).toFixed(0)}`);
    return {
      marks,
      tasks: tasks.map((t) => `${(t.start - after).toFixed(0)}+${t.duration.toFixed(0)}`),
      worst: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
      all: w.longTasks.length,
      after: tasks.length,
      firstPaintMs: paint ? paint.startTime - after : null,
      fullReadMs: read ? read.startTime - after : null,
      pageBusyMs: (window as unknown as { pageBusy?: number }).pageBusy ?? null,
    };
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  log(
    `  long tasks: ${seen.all} in all, ${seen.after} after DOMContentLoaded, worst ${seen.worst} ms; first ` +
      `highlight ${seen.firstPaintMs?.toFixed(0) ?? '-'} ms, read ${seen.fullReadMs?.toFixed(0) ?? '-'} ms, ` +
      `heap ${(heap.usedSize / 1e6).toFixed(1)} MB; a timer set at DOMContentLoaded fired ${seen.pageBusyMs?.toFixed(0) ?? '-'} ms later`,
  );
  if (seen.marks.length > 0) log(`  phases: ${seen.marks.join(', ')}; long tasks at ${seen.tasks.join(' ')}`);
  await page.close();
  return {
    worstTaskMs: seen.worst,
    firstPaintMs: seen.firstPaintMs,
    fullReadMs: seen.fullReadMs,
    pageBusyMs: seen.pageBusyMs,
    heapBytes: heap.usedSize,
  };
}

/** Median of the loads' values, null when a load did not measure it. */
function medianOf(loads: readonly Load[], pick: (l: Load) => number | null): number | null {
  const values = loads.map(pick);
  return values.some((v) => v === null) ? null : median(values as number[]);
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
    const payload = matcherPayload(source);
    const timing = await page.evaluate(
      ({ payload, automaton, runs }) => {
        type Scan = { scan(text: string, from?: number, to?: number, lazy?: boolean): unknown[] };
        const lv = (window as unknown as { LvMatch: { matcherFromPacked(a: unknown, d: unknown): Scan } })
          .LvMatch;
        const text = document.body.textContent ?? '';
        let t = performance.now();
        const matcher = lv.matcherFromPacked(automaton, payload);
        const createMs = performance.now() - t;
        const scans: number[] = [];
        const eager: number[] = [];
        const floors: number[] = [];
        let sink = 0;
        for (let r = 0; r < runs + 2; r++) {
          t = performance.now();
          sink += matcher.scan(text).length;
          const eagerMs = performance.now() - t;
          t = performance.now();
          sink += matcher.scan(text, 0, text.length, true).length;
          const scanMs = performance.now() - t;
          t = performance.now();
          // The floor: read every code unit once (a sum the engine cannot drop).
          let sum = 0;
          for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
          const floorMs = performance.now() - t;
          sink += sum & 1;
          if (r >= 2) {
            scans.push(scanMs);
            eager.push(eagerMs);
            floors.push(floorMs);
          }
        }
        return { chars: text.length, createMs, scans, eager, floors, sink };
      },
      { payload, automaton: packAutomaton(compile(payload)), runs },
    );
    log(`  matcher timed in ${(performance.now() - t).toFixed(0)} ms`);
    await page.close();
    return {
      chars: timing.chars,
      ms: median(timing.scans),
      eagerMs: median(timing.eager),
      floorMs: median(timing.floors),
      createMs: timing.createMs,
      ...(await contentScript(plain, extension, `${server.origin}/big.html`)),
    };
  } finally {
    await server.close();
  }
}

/** The content-script path's keys in `npm run -s bench -- --json`. */
export const SCAN_PATH_KEYS = [
  'scan.firstPaintMs',
  'scan.fullReadMs',
  'scan.pageBusyMs',
  'scan.heapGrowthBytes',
] as const;

export function scanPathFigures(s: ScanFigures): Record<(typeof SCAN_PATH_KEYS)[number], number | null> {
  return {
    'scan.firstPaintMs': s.firstPaintMs,
    'scan.fullReadMs': s.fullReadMs,
    'scan.pageBusyMs': s.pageBusyMs,
    'scan.heapGrowthBytes': s.heapGrowthBytes,
  };
}
