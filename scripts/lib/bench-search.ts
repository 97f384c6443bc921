/**
 * The extension measured in Chromium over IndexedDB: install time (service worker start to `archive/status`
 * ready), search latency through `archive/search`, start (a fresh popup page to its first answer), and the
 * popup's first results (a query entered in the search box to its results on screen, debounce included, and
 * from the end of the typing pause: the search asked for, to its results on screen).
 */
import type { Page } from 'playwright-core';
import { launchWith, poll, status, timeSearches, type ExtensionBrowser } from './bench-browser';
import { median, percentile } from './bench-stats';

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

export interface SearchFigures {
  articles: number | null;
  installMs: number;
  p50Ms: number;
  p95Ms: number;
  timed: number;
  /** Cold: a restarted browser's popup to its first answer (background start and IndexedDB reads included). */
  startMs: number;
  /**
   * Each query entered at once in the popup's search box (as an input method commits a word), the first time it
   * is asked: until its results are on screen. The popup's typing debounce is included.
   */
  popupFirstP50Ms: number;
  popupFirstP95Ms: number;
  /** The same queries from the end of the typing pause (the popup sending its search) to the results on screen. */
  popupAfterPauseP50Ms: number;
  popupAfterPauseP95Ms: number;
  /** The browser profile with the archive installed (kept with `keepProfile`; the caller removes it). */
  profile: string | null;
}

async function popup(ext: ExtensionBrowser): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  return page;
}

/**
 * Median over `runs` of a cold start: the browser restarted on the installed profile (so the background starts
 * afresh and reads IndexedDB), a popup opened, the first query asked; until its answer, on the page's clock.
 */
async function startTimes(
  extensionDir: string,
  profile: string,
  query: string,
  runs: number,
  keepProfile = false,
): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const ext = await launchWith(extensionDir, profile);
    try {
      const page = await ext.context.newPage();
      await page.goto(`chrome-extension://${ext.extensionId}/popup.html`, { waitUntil: 'commit' });
      times.push(
        await page.evaluate(async (q) => {
          const reply = (await chrome.runtime.sendMessage({
            type: 'archive/search',
            query: q,
            limit: 20,
          })) as { ok: boolean } | undefined;
          if (!reply?.ok) throw new Error('first search failed');
          return performance.now();
        }, query),
      );
    } finally {
      await ext.close(keepProfile || i < runs - 1);
    }
  }
  return median(times);
}

/**
 * In a popup of the search's size, each query put in the search box at once, after the box was emptied: the time
 * from its input event until the popup shows its results (the result area ready with that query), on the page's
 * clock, and from the moment the typing pause ended (the popup sent its `archive/search`) until then. Run before
 * any other search, so each query is asked for the first time (nothing of it cached).
 */
async function popupFirstResults(
  ext: ExtensionBrowser,
  queries: readonly string[],
): Promise<{ entered: number[]; afterPause: number[] }> {
  const page = await popup(ext);
  try {
    await page.setViewportSize({ width: 400, height: 600 });
    // no named functions inside: the page cannot see the helpers tsx wraps them with
    return await page.evaluate(async (queries) => {
      const box = document.querySelector<HTMLInputElement>('input[type=search]');
      if (!box) throw new Error('the popup has no search box');
      // The popup's messages go through this very function: the last search sent marks the end of the pause.
      let searchSent = NaN;
      const send = chrome.runtime.sendMessage.bind(chrome.runtime) as (message: unknown) => Promise<unknown>;
      (chrome.runtime as { sendMessage: unknown }).sendMessage = (message: { type?: string }) => {
        if (message?.type === 'archive/search') searchSent = performance.now();
        return send(message);
      };
      const entered: number[] = [];
      const afterPause: number[] = [];
      for (const query of queries) {
        for (const [value, shown] of [
          ['', '.ll-search-body[data-state=idle]'],
          [query, `.ll-search-body[data-state=ready][data-query="${CSS.escape(query)}"]`],
        ] as const) {
          const at = performance.now();
          searchSent = NaN;
          box.value = value;
          box.dispatchEvent(new Event('input', { bubbles: true }));
          // the popup renders after the event, so only an emptied box can already show what it waits for
          if (!value && document.querySelector(shown)) continue;
          await new Promise<void>((resolve, reject) => {
            const observer = new MutationObserver(() => {
              if (!document.querySelector(shown)) return;
              observer.disconnect();
              clearTimeout(timer);
              resolve();
            });
            const timer = setTimeout(() => {
              observer.disconnect();
              reject(new Error(`the popup showed no results for “${value}”`));
            }, 30_000);
            observer.observe(document.body, { subtree: true, childList: true, attributes: true });
          });
          if (!value) continue;
          const shownAt = performance.now();
          if (Number.isNaN(searchSent)) throw new Error(`the popup showed “${value}” without asking for it`);
          entered.push(shownAt - at);
          afterPause.push(shownAt - searchSent);
        }
      }
      return { entered, afterPause };
    }, queries);
  } finally {
    await page.close();
  }
}

/** A fresh profile with the archive of `extensionDir` installed: service worker start to `archive/status` ready. */
export async function install(
  extensionDir: string,
  installTimeoutMs = 15 * 60_000,
): Promise<{ ext: ExtensionBrowser; page: Page; installMs: number; articles: number | null }> {
  const ext = await launchWith(extensionDir);
  try {
    const workerStart = await ext.worker.evaluate(() => performance.timeOrigin);
    const page = await popup(ext);
    let lastLog = 0;
    const ready = await poll(
      async () => {
        const s = await status(page);
        if (s?.error) throw new Error(`archive load failed: ${s.error}`);
        if (s && Date.now() - lastLog > 5000) {
          lastLog = Date.now();
          log(`  install: ${s.phase ?? '-'} ${(s.progress * 100).toFixed(0)}%`);
        }
        return s?.ready ? { at: Date.now(), articles: s.articles } : null;
      },
      'archive/status ready',
      installTimeoutMs,
    );
    const installMs = ready.at - workerStart;
    log(`  ready after ${(installMs / 1000).toFixed(1)} s (${ready.articles} articles)`);
    return { ext, page, installMs, articles: ready.articles };
  } catch (error) {
    await ext.close();
    throw error;
  }
}

export async function measureExtension(
  extensionDir: string,
  queries: readonly string[],
  rounds: number,
  installTimeoutMs = 15 * 60_000,
  keepProfile = false,
): Promise<SearchFigures> {
  const { ext, page, installMs, articles } = await install(extensionDir, installTimeoutMs);
  let closed = false;
  try {
    log('  waiting for jieba');
    await poll(
      async () => (await status(page))?.tokenizer === 'jieba',
      'jieba in the background',
      120_000,
      200,
    );
    const first = await popupFirstResults(ext, queries);
    log(`  popup first results: ${first.entered.map((ms) => Math.round(ms)).join(' ')} ms`);
    log(`  of which after the typing pause: ${first.afterPause.map((ms) => Math.round(ms)).join(' ')} ms`);
    const times = await timeSearches(page, queries, rounds);
    log(`  ${times.length} timed searches`);
    await page.close();
    await ext.close(true);
    closed = true;
    const startMs = await startTimes(extensionDir, ext.profile, queries[0] ?? '吕梁', 3, keepProfile);
    return {
      articles,
      installMs,
      p50Ms: percentile(times, 50),
      p95Ms: percentile(times, 95),
      timed: times.length,
      startMs,
      popupFirstP50Ms: percentile(first.entered, 50),
      popupFirstP95Ms: percentile(first.entered, 95),
      popupAfterPauseP50Ms: percentile(first.afterPause, 50),
      popupAfterPauseP95Ms: percentile(first.afterPause, 95),
      profile: keepProfile ? ext.profile : null,
    };
  } finally {
    if (!closed) await ext.close();
  }
}
