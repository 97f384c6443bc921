/**
 * The archive that grows, measured in Chromium on a profile where the (large) archive is installed: a restarted
 * browser's first hover-card data (the background starts afresh and must answer from IndexedDB without reading
 * the archive), the service worker's heap right after it, and the import of one front page into that archive.
 */
import type { PageInput } from '../../core/parse/model';
import { launchWith } from './bench-browser';

export interface AdditionFigures {
  /** A fresh extension page's clock, from its start to the first `overlay/card` reply. */
  cardMs: number;
  /** The service worker's used JS heap after that first card, or null when the browser does not say. */
  heapBytes: number | null;
  /** `archive/import` of one page, request to reply (parse, entities, merge, delta index, write, switch). */
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
    const heapBytes = await ext.worker.evaluate(() => {
      const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
      return memory ? memory.usedJSHeapSize : null;
    });
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
