/**
 * The peer: MiniSearch in memory, in the same Chromium, over the same articles and jieba tokens (built and
 * serialized in Node, see bench-cache.ts). Queries arrive already cut by jieba, so MiniSearch's figures leave out
 * query segmentation, which the extension's figures include.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { serve } from './bench-browser';
import { ROOT } from './extension-harness';
import { median, percentile } from './bench-stats';

export interface MiniSearchFigures {
  p50Ms: number;
  p95Ms: number;
  timed: number;
  /** Fetch of the serialized index + `MiniSearch.loadJSON` + first query, from a fresh page. */
  startMs: number;
  loadJsonMs: number;
}

interface Globals {
  MiniSearch: {
    loadJSON(json: string, options: object): { search(q: string, o?: object): { id: string }[] };
  };
}

// The package exports no path to its browser build, so it is read from node_modules directly.
const bundle = (): string => readFileSync(join(ROOT, 'node_modules/minisearch/dist/umd/index.js'), 'utf8');

export async function measureMiniSearch(
  browser: Browser,
  indexFile: string,
  queryTokens: readonly string[][],
  rounds: number,
): Promise<MiniSearchFigures> {
  const server = await serve({
    '/': { type: 'text/html; charset=utf-8', body: () => '<!doctype html><title>MiniSearch</title>' },
    '/index.json': { type: 'application/json', body: () => readFileSync(indexFile) },
  });
  const script = bundle();
  const queries = queryTokens.map((tokens) => tokens.join(' '));
  try {
    const starts: { startMs: number; loadJsonMs: number }[] = [];
    let times: number[] = [];
    for (let run = 0; run < 3; run++) {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/`);
      // tsx keeps function names with a `__name` helper that evaluated code must find in the page.
      await page.addScriptTag({ content: `window.__name = (f) => f;\n${script}` });
      const result = await page.evaluate(
        async ({ queries, rounds, timeAll }) => {
          const { MiniSearch } = window as unknown as Globals;
          const options = {
            fields: ['title', 'body'],
            tokenize: (s: string) => s.split(' '),
            processTerm: (t: string) => (t ? t.toLowerCase() : null),
          };
          const t0 = performance.now();
          const text = await (await fetch('/index.json')).text();
          const t1 = performance.now();
          const mini = MiniSearch.loadJSON(text, options);
          const t2 = performance.now();
          mini.search(queries[0] ?? '').slice(0, 20);
          const t3 = performance.now();
          const times: number[] = [];
          if (timeAll) {
            for (let r = 0; r <= rounds; r++) {
              for (const q of queries) {
                const t = performance.now();
                mini.search(q).slice(0, 20);
                if (r > 0) times.push(performance.now() - t);
              }
            }
          }
          return { startMs: t3 - t0, loadJsonMs: t2 - t1, times };
        },
        { queries, rounds, timeAll: run === 0 },
      );
      starts.push({ startMs: result.startMs, loadJsonMs: result.loadJsonMs });
      if (run === 0) times = result.times;
      await page.close();
    }
    return {
      p50Ms: percentile(times, 50),
      p95Ms: percentile(times, 95),
      timed: times.length,
      startMs: median(starts.map((s) => s.startMs)),
      loadJsonMs: median(starts.map((s) => s.loadJsonMs)),
    };
  } finally {
    await server.close();
  }
}
