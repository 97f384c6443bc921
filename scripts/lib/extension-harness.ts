/**
 * Loads the built extension into Debian's Chromium through playwright-core and serves test pages on 127.0.0.1.
 * Every E2E test starts from here, so they all exercise the real build in a real browser.
 */
import { mkdtempSync, rmSync, existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, normalize, extname } from 'node:path';
import { storedUrl } from '../../lib/background/page/page-report-handlers';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { perFile } from './suite';

export const ROOT = new URL('../..', import.meta.url).pathname;
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
export const PAGES_DIR = join(ROOT, 'tests', 'e2e', 'pages');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every uncaught page error and console error seen in any page, for "no page errors" checks. */
  pageErrors: string[];
  close(): Promise<void>;
}

export async function launchExtension(): Promise<Harness> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run "npm run build" first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'lvliang-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
  const pageErrors: string[] = [];
  const watch = (page: Page) => {
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') pageErrors.push(`${page.url()}: console: ${msg.text()}`);
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);

  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    pageErrors,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

type Reply<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

/** Sends a message to the background from an extension page, as the UI does, and unwraps the reply. */
export async function askFrom<T>(page: Page, message: Record<string, unknown>): Promise<T> {
  const reply = (await page.evaluate((m) => chrome.runtime.sendMessage(m), message)) as Reply<T>;
  if (!reply.ok) throw new Error(`${String(message.type)}: ${reply.error.message}`);
  return reply.data;
}

export function extensionUrl(harness: Harness, path: string): string {
  return `chrome-extension://${harness.extensionId}/${path.replace(/^\//, '')}`;
}

export interface PageServer {
  origin: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

/**
 * Serves tests/e2e/pages on 127.0.0.1 (a random port). `headers` adds response headers per path, e.g. a strict
 * CSP for one page.
 */
export async function servePages(headers: Record<string, Record<string, string>> = {}): Promise<PageServer> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname))
      .replace(/^\/+/, '')
      // A second copy of a page at an address of its own, for a second tab that must be told apart.
      .replace(/^copies\/[\w-]+\//, '');
    if (path === 'favicon.ico') {
      res.writeHead(204).end(); // browsers ask for it on every page; a 404 would read as a page error
      return;
    }
    const file = join(PAGES_DIR, path || 'index.html');
    if (!file.startsWith(PAGES_DIR) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...headers['/' + path],
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('test server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Polls `probe` until it returns a truthy value or the time is up; returns that value. */
export async function waitFor<T>(
  probe: () => Promise<T>,
  what: string,
  timeoutMs = 15_000,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value) return value as NonNullable<T>;
      last = value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(
    `Timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`,
  );
}

export interface TabReport {
  tabId: number;
  url: string;
  /** Times the page names 吕梁/呂梁. */
  mentions: number;
  /** Distinct archive entities highlighted (the badge). */
  entities: number;
  at: number;
}

/**
 * The newest report the background keeps for `url` (see lib/background/page/page-report-handlers.ts) from a tab that is still open,
 * once one satisfies `accept`. Reports of closed tabs linger in session storage, so those are skipped.
 */
export function waitForPageReport(
  harness: Harness,
  url: string,
  options: { accept?: (report: TabReport) => boolean; what?: string; timeoutMs?: number } = {},
): Promise<TabReport> {
  const accept = options.accept ?? (() => true);
  return waitFor(
    async () => {
      const report = await harness.worker.evaluate(latestOpenReport, storedUrl(url));
      return report && accept(report) ? report : null;
    },
    options.what ?? `the page report for ${url}`,
    options.timeoutMs,
  );
}

/**
 * Runs inside the extension (passed to `evaluate`, so self-contained): the newest report kept in session
 * storage for `pageUrl` (as stored: without query or fragment, see `storedUrl`) from a tab that is still open.
 * Two tabs that show one page are told apart by address, so tests open a second copy at `/copies/<name>/…`.
 */
export async function latestOpenReport(pageUrl: string): Promise<TabReport | null> {
  // Firefox's promise-based API is `browser`; Chromium's is `chrome`.
  const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
  const all = await api.storage.session.get(null);
  const reports = Object.entries(all)
    .filter(([key, r]) => key.startsWith('page:') && (r as { url?: string }).url === pageUrl)
    .map(([key, r]) => ({ ...(r as Omit<TabReport, 'tabId'>), tabId: Number(key.slice('page:'.length)) }))
    .sort((a, b) => b.at - a.at);
  for (const r of reports) {
    const open = await api.tabs.get(r.tabId).then(
      () => true,
      () => false,
    );
    if (open) return r;
  }
  return null;
}

/** Switches the overlay on or off everywhere (the reader's master switch), with no site switched off. */
export async function setOverlayOn(harness: Harness, on: boolean): Promise<void> {
  await harness.worker.evaluate(async (value) => {
    await chrome.storage.local.set({ settings: { highlights: value, disabledSites: [], hoverDelayMs: 350 } });
  }, on);
}

/** The part of the background's `archive/status` answer the tests read (lib/shared/archive-protocol.ts). */
export interface ArchiveStatusReply {
  /** Searchable: `state` is ready, or updating while the previous archive answers. */
  ready: boolean;
  state: string;
  phase: string | null;
  fault: string | null;
  archive: { loadedAt: string; counts: { articles: number; editions: number } } | null;
  search: { tokenizer: string; jiebaError: string | null };
}

/** The background's archive status, asked from an extension page. */
export function archiveStatus(page: Page): Promise<ArchiveStatusReply> {
  return askFrom<ArchiveStatusReply>(page, { type: 'archive/status' });
}

/**
 * Waits until the background's archive status, asked from an extension page, satisfies `accept` (by default:
 * the archive is searchable); returns that status.
 */
export function waitForArchiveReady(
  page: Page,
  timeoutMs = 60_000,
  accept: (status: ArchiveStatusReply) => boolean = (status) => status.ready,
): Promise<ArchiveStatusReply> {
  return waitFor(
    async () => {
      const status = await archiveStatus(page);
      return accept(status) ? status : null;
    },
    'the archive to be ready',
    timeoutMs,
  );
}

/** A test file's browser with the extension and its test-page server, and what most tests do with them. */
export interface ExtensionSuite extends Harness {
  /** Where tests/e2e/pages is served: `http://127.0.0.1:<port>`. */
  origin: string;
  /**
   * A served test page (a path under tests/e2e/pages) in a new tab. `init` runs in the page before its own
   * scripts; `painted` waits until the overlay painted a person.
   */
  openPage(path: string, options?: { init?: () => void; painted?: boolean }): Promise<Page>;
  /** A new tab on an extension page (`popup.html?tab=3`, `sidepanel.html`…). */
  openExtensionPage(path: string): Promise<Page>;
  /** The toolbar badge's text on a tab. */
  badge(tabId: number): Promise<string>;
}

/**
 * One browser with the built extension, and one test-page server, for the whole test file (started before its
 * first test, closed after its last); `headers` adds response headers per served path; `setup` is the file's
 * own preparation, run once the browser is up (see perFile).
 */
export function useExtension(
  options: { headers?: Record<string, Record<string, string>>; setup?: () => Promise<void> } = {},
): ExtensionSuite {
  return perFile(
    async () => {
      const harness = await launchExtension();
      const server = await servePages(options.headers);
      const suite: ExtensionSuite = {
        ...harness,
        origin: server.origin,
        async openPage(path, { init, painted = false } = {}) {
          const page = await harness.context.newPage();
          if (init) await page.addInitScript(init);
          await page.goto(`${server.origin}/${path.replace(/^\//, '')}`);
          if (painted)
            await waitFor(() => page.evaluate(() => CSS.highlights.has('lvliang-person')), 'highlights');
          return page;
        },
        async openExtensionPage(path) {
          const page = await harness.context.newPage();
          await page.goto(extensionUrl(harness, path));
          return page;
        },
        badge: (tabId) => harness.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
        async close() {
          await harness.close();
          await server.close();
        },
      };
      return suite;
    },
    (suite) => suite.close(),
    options.setup,
  );
}
