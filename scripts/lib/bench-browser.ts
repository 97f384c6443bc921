/**
 * Chromium for the benchmark: a built extension (any output directory) or a plain browser, a tiny server for
 * benchmark pages held in memory, and the archive messages asked from an extension page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  profile: string;
  /** Closes the browser; the profile is deleted unless `keepProfile`. */
  close(keepProfile?: boolean): Promise<void>;
}

/** A fresh profile, or `profile` to start again where a previous launch left off (its IndexedDB kept). */
export async function launchWith(extensionDir: string, profile?: string): Promise<ExtensionBrowser> {
  const userDataDir = profile ?? mkdtempSync(join(tmpdir(), 'lvliang-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...ARGS],
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    profile: userDataDir,
    async close(keepProfile = false) {
      await context.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export function launchPlain(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

export function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

export interface BenchServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves `routes` (path → body and type) on 127.0.0.1; bodies are produced on demand and may be large. */
export async function serve(
  routes: Record<string, { type: string; body: () => string | Buffer }>,
): Promise<BenchServer> {
  const server = createServer((req, res) => {
    const route = routes[new URL(req.url ?? '/', 'http://x').pathname];
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': route.type, 'cache-control': 'no-store' });
    res.end(route.body());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('bench server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Chromium keeps its connections alive; without this, close waits minutes for them to time out.
        server.closeAllConnections();
      }),
  };
}

export interface StatusProbe {
  ready: boolean;
  progress: number;
  phase: string | null;
  tokenizer: string;
  articles: number | null;
  error: string | null;
}

/** `archive/status` asked from an extension page, reduced to what the benchmark waits on. */
export function status(page: Page): Promise<StatusProbe | null> {
  return page.evaluate(async () => {
    const reply = (await chrome.runtime.sendMessage({ type: 'archive/status' })) as
      | {
          ok: true;
          data: {
            ready: boolean;
            progress: number;
            phase: string | null;
            error: string | null;
            archive: { counts: { articles: number } } | null;
            search: { tokenizer: string };
          };
        }
      | { ok: false }
      | undefined;
    if (!reply?.ok) return null;
    const d = reply.data;
    return {
      ready: d.ready,
      progress: d.progress,
      phase: d.phase,
      tokenizer: d.search.tokenizer,
      articles: d.archive?.counts.articles ?? null,
      error: d.error,
    };
  });
}

/** Playwright's error once the page, its context or the browser is gone (a crash, say): no later probe can answer. */
const CLOSED = /Target page, context or browser has been closed/;

/**
 * Polls `probe` every `everyMs` until it returns a value or `timeoutMs` passes. A probe that fails is asked again
 * (a worker still starting does not answer), unless the browser has gone, which is reported at once.
 */
export async function poll<T>(
  probe: () => Promise<T | null | undefined>,
  what: string,
  timeoutMs: number,
  everyMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch((error: unknown) => {
      if (CLOSED.test(String(error)))
        throw new Error(`the browser closed while waiting for ${what}`, { cause: error });
      return null;
    });
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/**
 * Times `rounds` of `queries` through `archive/search` from the page (a message round trip to the background,
 * as the popup does), after one untimed round. Throws on a failed search rather than timing an error reply.
 */
export function timeSearches(page: Page, queries: readonly string[], rounds: number): Promise<number[]> {
  return page.evaluate(
    async ({ queries, rounds }) => {
      const times: number[] = [];
      for (let r = 0; r <= rounds; r++) {
        for (const query of queries) {
          const t = performance.now();
          const reply = (await chrome.runtime.sendMessage({ type: 'archive/search', query, limit: 20 })) as
            { ok: boolean; error?: { message: string } } | undefined;
          const ms = performance.now() - t;
          if (!reply?.ok) throw new Error(`search “${query}” failed: ${reply?.error?.message ?? 'no reply'}`);
          if (r > 0) times.push(ms);
        }
      }
      return times;
    },
    { queries: [...queries], rounds },
  );
}
