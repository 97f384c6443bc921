import { askArchive } from '../../shared/archive-client';
import { extractArticle } from '../save/extract-article';
import { showSaveNotice } from '../save/save-notice';
import type { SaveOutcome } from '../../shared/save-protocol';

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
 * "Save this article to the archive" (`page/save-article`): when the popup, the side panel or the context menu
 * asks, the top frame extracts the page's article (Readability, loaded only then) and sends it to the archive.
 * Nothing is read before the reader asks. Child frames do not answer: the top frame speaks for the page.
 */
export function articleSaver(): (request: { notify?: boolean }) => Promise<SaveOutcome> | undefined {
  let running: Promise<SaveOutcome> | null = null;
  return (request) => {
    if (window !== window.top) return undefined;
    // A second click while the first save runs gets the same answer, not a second save.
    running ??= saveThisPage().finally(() => (running = null));
    return running.then((outcome) => {
      if (request.notify === true) showSaveNotice(outcome);
      return outcome;
    });
  };
}
