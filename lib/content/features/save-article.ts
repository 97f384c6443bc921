import { askArchive } from '../../archive/client';
import { extractArticle } from '../../save/extract';
import { showSaveNotice } from '../../save/notice';
import { SAVE_ARTICLE_MESSAGE, type SaveOutcome } from '../../save/protocol';
import type { ContentFeature } from '../feature';

async function saveThisPage(): Promise<SaveOutcome> {
  try {
    const article = await extractArticle();
    if (!article) return { ok: false, reason: 'no-article', message: 'no article text on this page' };
    const saved = await askArchive({ type: 'archive/save-article', article });
    return { ok: true, articleId: saved.articleId, duplicate: saved.duplicate, title: article.title };
  } catch (error) {
    return { ok: false, reason: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * "Save this article to the archive": when the popup, the side panel or the context menu asks, the top frame
 * extracts the page's article (Readability, loaded only then) and sends it to the archive. Nothing is read
 * before the reader asks.
 */
export const saveArticle: ContentFeature = {
  id: 'save-article',
  start(ctx) {
    if (window !== window.top) return; // the top frame speaks for the page
    let running: Promise<SaveOutcome> | null = null;
    const onMessage = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
      const request = message as { type?: unknown; notify?: unknown } | null;
      if (request?.type !== SAVE_ARTICLE_MESSAGE) return false;
      // A second click while the first save runs gets the same answer, not a second save.
      running ??= saveThisPage().finally(() => (running = null));
      void running.then((outcome) => {
        if (request.notify === true) showSaveNotice(outcome);
        sendResponse(outcome);
      });
      return true; // answered asynchronously
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
};
