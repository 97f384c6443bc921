/**
 * Loads the Firefox build (.output/firefox-mv2) into Debian's Firefox ESR through puppeteer-core over WebDriver
 * BiDi, as a temporary add-on. What BiDi does not give is worked around here, once:
 * - the add-on's moz-extension UUID is preset (pref `extensions.webextensions.uuids`), so its pages have a
 *   known URL;
 * - `page.goto` to a moz-extension URL never resolves, so extension pages are opened with a raw
 *   `browsingContext.navigate` (wait: none) and `document.readyState` is polled;
 * - there is no handle on the background page, so an extension page (`probe`) asks it through
 *   `runtime.sendMessage` and reads the toolbar through `browserAction`;
 * - the manifest warnings Firefox recorded at install are read in the browser's own (chrome) scope, which
 *   `--remote-allow-system-access` opens to BiDi;
 * - uncaught errors of the add-on's scripts (background, pages, content scripts) are the "JavaScript error:
 *   moz-extension://<uuid>/…" lines Firefox writes to its output.
 */
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { storedUrl } from '../../lib/background/page/page-report-handlers';
import type { CardReader } from '../../scripts/lib/card-reader';
import { firefoxCard, type BidiConnection } from '../../scripts/lib/card-reader-bidi';
import {
  latestOpenReport,
  ROOT,
  servePages,
  waitFor,
  type TabReport,
} from '../../scripts/lib/extension-harness';
import { perFile } from '../../scripts/lib/suite';

export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output', 'firefox-mv2');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Any fixed UUID: Firefox gives the add-on this one instead of a random one. */
const EXTENSION_UUID = '6f1c1a52-3c0e-4d55-9a3b-2d6f3c9e0b11';

export interface FirefoxHarness {
  browser: Browser;
  addonId: string;
  /** An extension page kept open, through which the tests talk to the background. */
  probe: Page;
  /** Uncaught errors of the add-on's scripts, and page errors and console errors of the pages opened here. */
  errors: string[];
  extensionUrl(path: string): string;
  /** A new tab on an extension page, once its document is complete. */
  openExtensionPage(path: string): Promise<Page>;
  /** Navigates an existing tab to an extension page and waits for its document. */
  navigateExtensionPage(page: Page, path: string): Promise<void>;
  /**
   * The open tab whose document is at `url` (or starts with it, given `prefix`). Found by asking each page:
   * BiDi does not report the URLs of moz-extension tabs the add-on opened itself.
   */
  findPage(url: string, options?: { prefix?: boolean }): Promise<Page>;
  /** A new tab on a web page, loaded. */
  openWebPage(url: string): Promise<Page>;
  /** The message's reply from the background (`{ ok, data }` envelopes unwrapped; a failure throws). */
  ask<T>(message: { type: string } & Record<string, unknown>): Promise<T>;
  /** The manifest warnings Firefox recorded when it installed the add-on. */
  manifestWarnings(): Promise<string[]>;
  /** The hover card in a page, read and clicked over BiDi (its shadow root is closed to the page). */
  card: CardReader<Page>;
  /** Evaluates `expression` in the browser window's own (chrome) scope; returns its value as a string. */
  inBrowserChrome(expression: string): Promise<string>;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxHarness> {
  const manifestFile = join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestFile)) {
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run "npm run build:firefox" first.`);
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const addonId = manifest.browser_specific_settings.gecko.id;
  const profile = mkdtempSync(join(tmpdir(), 'lvliang-firefox-'));
  // not `browser`: that is the extension API's name inside the functions evaluated in its pages
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }),
      'intl.locale.requested': 'zh-CN',
      'intl.accept_languages': 'zh-CN',
    },
  });
  const errors: string[] = [];
  const ownErrors = new RegExp(`^JavaScript error: moz-extension://${EXTENSION_UUID}/.*$`, 'gm');
  firefox.process()?.stderr?.on('data', (chunk: Buffer) => {
    for (const [line] of String(chunk).matchAll(ownErrors)) errors.push(line);
  });
  const connection = (firefox as unknown as { connection: BidiConnection }).connection;

  const watch = (page: Page) => {
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${(error as Error).message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`${page.url()}: console: ${msg.text()}`);
    });
    return page;
  };
  const extensionUrl = (path: string) => `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`;

  async function navigateExtensionPage(page: Page, path: string): Promise<void> {
    const url = extensionUrl(path);
    const context = (page.mainFrame() as unknown as { _id: string })._id;
    await connection.send('browsingContext.navigate', { context, url, wait: 'none' });
    await waitFor(
      () => page.evaluate((u) => location.href === u && document.readyState === 'complete', url),
      `${url} to load`,
    );
  }

  async function openExtensionPage(path: string): Promise<Page> {
    const page = watch(await firefox.newPage());
    await navigateExtensionPage(page, path);
    return page;
  }

  async function inBrowserChrome(expression: string): Promise<string> {
    const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
      contexts: { context: string }[];
    };
    const evaluated = (
      await connection.send('script.evaluate', {
        expression,
        target: { context: tree.contexts[0]!.context },
        awaitPromise: true,
      })
    ).result as { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } };
    if (evaluated.type !== 'success') throw new Error(`${expression}: ${evaluated.exceptionDetails?.text}`);
    return String(evaluated.result?.value);
  }

  await firefox.installExtension(FIREFOX_EXTENSION_DIR);
  const probe = await openExtensionPage('options.html');

  return {
    browser: firefox,
    addonId,
    probe,
    errors,
    extensionUrl,
    openExtensionPage,
    navigateExtensionPage,
    findPage(url, { prefix = false } = {}) {
      return waitFor(async () => {
        for (const page of await firefox.pages()) {
          const href = await page.evaluate(() => location.href).catch(() => '');
          if (prefix ? href.startsWith(url) : href === url) return watch(page);
        }
        return null;
      }, `a tab on ${url}`);
    },
    async openWebPage(url) {
      const page = watch(await firefox.newPage());
      await page.goto(url);
      return page;
    },
    async ask<T>(message: { type: string } & Record<string, unknown>): Promise<T> {
      const reply = (await probe.evaluate((m) => browser.runtime.sendMessage(m), message)) as
        { ok: true; data: T } | { ok: false; error: { message: string } };
      if (!reply.ok) throw new Error(`${message.type}: ${reply.error.message}`);
      return reply.data;
    },
    async manifestWarnings() {
      return JSON.parse(
        await inBrowserChrome(
          `JSON.stringify(WebExtensionPolicy.getByID(${JSON.stringify(addonId)}).extension.warnings)`,
        ),
      ) as string[];
    },
    card: firefoxCard(connection),
    inBrowserChrome,
    async close() {
      await firefox.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until the background's archive is loaded and searchable. */
export async function archiveReady(harness: FirefoxHarness): Promise<void> {
  await waitFor(
    async () => (await harness.ask<{ ready: boolean }>({ type: 'archive/status' })).ready,
    'the archive to be ready',
    60_000,
  );
}

/**
 * What the content script of the open tab showing `url` last reported to the background (lib/background/page/page-report-handlers.ts),
 * with the tab's id, once one satisfies `accept`.
 */
export function pageReport(
  harness: FirefoxHarness,
  url: string,
  accept: (report: TabReport) => boolean = () => true,
): Promise<TabReport> {
  return waitFor(async () => {
    const report = await harness.probe.evaluate(latestOpenReport, storedUrl(url));
    return report && accept(report) ? report : null;
  }, `the page report for ${url}`);
}

/** The toolbar badge's text on a tab. */
export function badgeText(harness: FirefoxHarness, tabId: number): Promise<string> {
  return harness.probe.evaluate(
    (id) =>
      (
        browser as unknown as {
          browserAction: { getBadgeText(d: { tabId: number }): Promise<string> };
        }
      ).browserAction.getBadgeText({ tabId: id }),
    tabId,
  );
}

/** The Firefox suite's browser and test-page server, with what its tests do with them (as useExtension's). */
export interface FirefoxSuite extends FirefoxHarness {
  /** Where tests/e2e/pages is served: `http://127.0.0.1:<port>`. */
  origin: string;
  /**
   * A served test page in a new tab. `init` runs in the page before its own scripts; `painted` waits until the
   * overlay painted a person.
   */
  openPage(path: string, options?: { init?: () => void; painted?: boolean }): Promise<Page>;
  /** The toolbar badge's text on a tab. */
  badge(tabId: number): Promise<string>;
}

/**
 * One Firefox with the add-on, and one test-page server, for the whole test file (started before its first
 * test, closed after its last); `headers` adds response headers per served path.
 */
export function useFirefox(options: { headers?: Record<string, Record<string, string>> } = {}): FirefoxSuite {
  return perFile(
    async () => {
      const harness = await launchFirefox();
      const server = await servePages(options.headers);
      const suite: FirefoxSuite = {
        ...harness,
        origin: server.origin,
        async openPage(path, { init, painted = false } = {}) {
          const page = await harness.browser.newPage();
          if (init) await page.evaluateOnNewDocument(init);
          await page.goto(`${server.origin}/${path.replace(/^\//, '')}`);
          if (painted)
            await waitFor(() => page.evaluate(() => CSS.highlights.has('lvliang-person')), 'highlights');
          return page;
        },
        badge: (tabId) => badgeText(harness, tabId),
        async close() {
          await harness.close();
          await server.close();
        },
      };
      return suite;
    },
    (suite) => suite.close(),
  );
}
