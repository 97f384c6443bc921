/**
 * The archive that grows, measured in Chromium on a profile where the (large) archive is installed: a restarted
 * browser's first hover-card data (the background starts afresh and must answer from IndexedDB without reading
 * the archive), the service worker's heap right after it, and the import of one front page into that archive.
 */
import type { BrowserContext } from 'playwright-core';
import type { PageInput } from '../../core/parse/model';
import { launchWith, poll } from './bench-browser';

export interface AdditionFigures {
  /** A fresh extension page's clock, from its start to the first `overlay/card` reply. */
  cardMs: number;
  /** The service worker's used JS heap after that first card, or null when the browser does not say. */
  heapBytes: number | null;
  /**
   * `archive/import` of one page, request to reply (parse, entities, merge, delta index, write, switch), once
   * the background's word segmenter is warm.
   */
  importMs: number;
  /** Articles the imported page added. */
  importedArticles: number;
}

interface Reply<T> {
  ok: boolean;
  data?: T;
  error?: { message: string };
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
    const view = await ext.context.newPage();
    await view.goto(`chrome-extension://${ext.extensionId}/popup.html`, { waitUntil: 'commit' });
    const cardMs = await view.evaluate(async (id) => {
      const reply = (await chrome.runtime.sendMessage({ type: 'overlay/card', id })) as Reply<unknown>;
      if (!reply?.ok) throw new Error(`first card failed: ${reply?.error?.message ?? 'no reply'}`);
      return performance.now();
    }, entityId);
    const heapBytes = await workerHeap(ext.context, ext.extensionId).catch((error: unknown) => {
      process.stderr.write(
        `[bench]   worker heap not read: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      return null;
    });
    // a reader imports from the options page of a background that has been running: jieba is warm by then
    await poll(
      async () =>
        view.evaluate(async () => {
          const reply = (await chrome.runtime.sendMessage({ type: 'archive/status' })) as Reply<{
            search: { tokenizer: string };
          }>;
          return reply?.data?.search.tokenizer === 'jieba' ? true : null;
        }),
      'jieba warm in the background',
      120_000,
      200,
    );
    const imported = await view.evaluate(async (input) => {
      const started = performance.now();
      const reply = (await chrome.runtime.sendMessage({
        type: 'archive/import',
        pages: [{ fileName: input.file, date: '2099-01-02', page: input.page, text: input.text }],
      })) as Reply<{ added: number; articles: number; errors: { message: string }[] }>;
      const ms = performance.now() - started;
      if (!reply?.ok || !reply.data || reply.data.added !== 1)
        throw new Error(
          `import failed: ${reply?.error?.message ?? reply?.data?.errors.map((e) => e.message).join('; ')}`,
        );
      return { ms, articles: reply.data.articles };
    }, page);
    return { cardMs, heapBytes, importMs: imported.ms, importedArticles: imported.articles };
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
