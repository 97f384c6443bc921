/**
 * The archive that grows, measured in Chromium on a profile where the (large) archive is installed: a cold
 * service worker's first hover-card data (the worker is stopped, then a card is asked for: it starts afresh and
 * must answer from IndexedDB without reading the archive), the worker's heap right after it, and the import of
 * one front page into that archive. Both are broken down into phases from the background's own User Timing
 * marks (lib/background/perf/marks.ts).
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { PageInput } from '../../core/parse/model';
import { MARK_PREFIX } from '../../lib/background/perf/marks';
import { launchWith, poll, type ExtensionBrowser } from './bench-browser';
import { median, phasesFromMarks, type TimedMark } from './bench-stats';

/** Cold cards asked for, each after stopping the worker; the median is the figure. */
const COLD_RUNS = 3;

export interface AdditionFigures {
  /** Median over the cold runs: the card request sent (worker stopped) to its reply, on the page's clock. */
  cardMs: number;
  /** Where the median run's time went: worker start, script evaluation, DB open, meta read, profile read… */
  cardPhases: Record<string, number>;
  /** The service worker's used JS heap after the first card, or null when the browser does not say. */
  heapBytes: number | null;
  /**
   * `archive/import` of one page, request to reply (parse, entities, merge, delta index, write, switch), once
   * the background's word segmenter is warm.
   */
  importMs: number;
  /** `archive/import-prepare`, asked (as the options page does with its preview) before the import. */
  prepareMs: number;
  /** Decode (in the page, as the options page does), then the background's phases of the commit. */
  importPhases: Record<string, number>;
  /** Articles the imported page added. */
  importedArticles: number;
  /** Milliseconds per phase of the install of the archive, as the background recorded them with it. */
  installPhases: Record<string, number> | null;
}

interface Reply<T> {
  ok: boolean;
  data?: T;
  error?: { message: string };
}

/** The worker's marks (prefix dropped) on the epoch clock, and its time origin. */
async function workerMarks(worker: Worker, group: string): Promise<{ origin: number; marks: TimedMark[] }> {
  return worker.evaluate(
    ({ prefix }) => ({
      origin: performance.timeOrigin,
      marks: performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith(prefix))
        .map((m) => ({ name: m.name.slice(prefix.length), at: performance.timeOrigin + m.startTime })),
    }),
    { prefix: `${MARK_PREFIX}${group}:` },
  );
}

/** The extension's current service worker (a stopped one is replaced by the next start). */
async function currentWorker(context: BrowserContext, extensionId: string): Promise<Worker> {
  return poll(
    async () =>
      context
        .serviceWorkers()
        .filter((w) => w.url().startsWith(`chrome-extension://${extensionId}/`))
        .at(-1),
    'the service worker',
    10_000,
  );
}

async function statusOf(view: Page): Promise<{ ready: boolean; tokenizer: string } | null> {
  return view.evaluate(async () => {
    const reply = (await chrome.runtime.sendMessage({ type: 'archive/status' })) as Reply<{
      ready: boolean;
      search: { tokenizer: string };
    }>;
    return reply?.data ? { ready: reply.data.ready, tokenizer: reply.data.search.tokenizer } : null;
  });
}

/** Waits until the background has finished its start and warmed jieba (it is idle then). */
function settled(view: Page): Promise<true> {
  return poll(
    async () => {
      const s = await statusOf(view);
      return s?.ready && s.tokenizer === 'jieba' ? true : null;
    },
    'the background ready with jieba warm',
    180_000,
    200,
  );
}

/** One cold card: stop every service worker, then ask for the card from `view`. */
async function coldCard(
  ext: ExtensionBrowser,
  view: Page,
  entityId: string,
): Promise<{ ms: number; phases: Record<string, number> }> {
  const cdp = await ext.context.newCDPSession(view);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await cdp.detach().catch(() => undefined);
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  const timed = await view.evaluate(async (id) => {
    const sent = performance.timeOrigin + performance.now();
    const reply = (await chrome.runtime.sendMessage({ type: 'overlay/card', id })) as Reply<unknown>;
    const replied = performance.timeOrigin + performance.now();
    if (!reply?.ok) throw new Error(`first card failed: ${reply?.error?.message ?? 'no reply'}`);
    return { sent, replied };
  }, entityId);
  const worker = await currentWorker(ext.context, ext.extensionId);
  const { origin, marks } = await workerMarks(worker, 'start');
  if (origin < timed.sent) throw new Error('the service worker was not restarted by the card request');
  const phases = phasesFromMarks(timed.sent, timed.replied, [{ name: 'worker-start', at: origin }, ...marks]);
  return { ms: timed.replied - timed.sent, phases };
}

/**
 * `profile` holds the installed archive (left by an earlier run on `extensionDir`); `entityId` names an entity
 * of it; `page` is imported with a date the archive does not have.
 */
export async function measureAdditions(
  extensionDir: string,
  profile: string,
  entityId: string,
  page: PageInput,
): Promise<AdditionFigures> {
  const ext = await launchWith(extensionDir, profile);
  try {
    // manifest.json: an extension page (it may message the background) that sends nothing of its own
    const view = await ext.context.newPage();
    await view.goto(`chrome-extension://${ext.extensionId}/manifest.json`);
    await settled(view);
    const installPhases = await recordedInstall(view);
    const runs: { ms: number; phases: Record<string, number> }[] = [];
    let heapBytes: number | null = null;
    for (let i = 0; i < COLD_RUNS; i++) {
      runs.push(await coldCard(ext, view, entityId));
      if (i === 0)
        heapBytes = await workerHeap(ext.context, ext.extensionId).catch((error: unknown) => {
          process.stderr.write(
            `[bench]   worker heap not read: ${error instanceof Error ? error.message : String(error)}\n`,
          );
          return null;
        });
    }
    const cardMs = median(runs.map((r) => r.ms));
    const typical = runs.find((r) => r.ms === cardMs)!;
    process.stderr.write(`[bench]   cold cards: ${runs.map((r) => Math.round(r.ms)).join(', ')} ms\n`);

    // a reader imports from the options page of a background that has been running: jieba is warm by then, and
    // the page asked the background to prepare the import when it showed the preview
    await settled(view);
    const prepareMs = await view.evaluate(async () => {
      const started = performance.now();
      const reply = (await chrome.runtime.sendMessage({ type: 'archive/import-prepare' })) as Reply<unknown>;
      if (!reply?.ok) throw new Error(`import-prepare failed: ${reply?.error?.message ?? 'no reply'}`);
      return performance.now() - started;
    });
    process.stderr.write(`[bench]   import prepared (during the preview) in ${Math.round(prepareMs)} ms\n`);
    const imported = await view.evaluate(async (input) => {
      const started = performance.timeOrigin + performance.now();
      // the options page decodes the picked file's bytes before sending the text
      const bytes = new TextEncoder().encode(input.text);
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      const decoded = performance.timeOrigin + performance.now();
      const reply = (await chrome.runtime.sendMessage({
        type: 'archive/import',
        pages: [{ fileName: input.file, date: '2099-01-02', page: input.page, text }],
      })) as Reply<{ added: number; articles: number; errors: { message: string }[] }>;
      const replied = performance.timeOrigin + performance.now();
      if (!reply?.ok || !reply.data || reply.data.added !== 1)
        throw new Error(
          `import failed: ${reply?.error?.message ?? reply?.data?.errors.map((e) => e.message).join('; ')}`,
        );
      return { started, decoded, replied, articles: reply.data.articles };
    }, page);
    const { marks } = await workerMarks(await currentWorker(ext.context, ext.extensionId), 'commit');
    const importPhases = phasesFromMarks(imported.started, imported.replied, [
      { name: 'decode', at: imported.decoded },
      ...marks,
    ]);
    return {
      cardMs,
      cardPhases: typical.phases,
      heapBytes,
      prepareMs,
      importMs: imported.replied - imported.started,
      importPhases,
      importedArticles: imported.articles,
      installPhases,
    };
  } finally {
    await ext.close();
  }
}

/** The service worker's used JS heap after a garbage collection, through the DevTools protocol. */
async function workerHeap(context: BrowserContext, extensionId: string): Promise<number> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser handle for the DevTools protocol');
  const session = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await session.send('Target.getTargets');
    const worker = targetInfos.find(
      (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
    );
    if (!worker) throw new Error('the service worker is not running');
    const { sessionId } = await session.send('Target.attachToTarget', {
      targetId: worker.targetId,
      flatten: false,
    });
    const results = new Map<number, (result: unknown) => void>();
    session.on('Target.receivedMessageFromTarget', (event) => {
      const message = JSON.parse(event.message) as { id?: number; result?: unknown };
      if (message.id !== undefined) results.get(message.id)?.(message.result);
    });
    let next = 0;
    const call = (method: string) =>
      new Promise<unknown>((resolve, reject) => {
        const id = ++next;
        results.set(id, resolve);
        setTimeout(() => reject(new Error(`${method} did not answer`)), 30_000);
        void session.send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method }),
        });
      });
    await call('HeapProfiler.collectGarbage');
    const usage = (await call('Runtime.getHeapUsage')) as { usedSize: number };
    return usage.usedSize;
  } finally {
    await session.detach().catch(() => undefined);
  }
}

/** The install's phases from the installed archive's meta record (`ArchiveMeta.install`). */
export async function recordedInstall(view: Page): Promise<Record<string, number> | null> {
  return view.evaluate(
    () =>
      new Promise<Record<string, number> | null>((resolve) => {
        const open = indexedDB.open('lvliang-lens');
        open.onerror = () => resolve(null);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('meta').objectStore('meta').get('archive');
          get.onsuccess = () => {
            db.close();
            const meta = get.result as { install?: Record<string, number> } | undefined;
            resolve(meta?.install ?? null);
          };
          get.onerror = () => (db.close(), resolve(null));
        };
      }),
  );
}

/** The install's phases as figures: `install.phase.<name>Ms`, and `install.phases` naming them all in order. */
export function installFigures(phases: Record<string, number> | null): Record<string, number | string> {
  if (!phases) return {};
  const out: Record<string, number | string> = {
    'install.phases': Object.entries(phases)
      .map(([name, ms]) => `${name} ${ms}`)
      .join(' · '),
  };
  for (const [name, ms] of Object.entries(phases)) out[`install.phase.${name}Ms`] = ms;
  return out;
}
