/**
 * "Save this article": the popup, the side panel and the context menu ask the page's content script (top
 * frame) to extract its article and send it to the archive. The content script answers with the outcome.
 *
 *   browser.tabs.sendMessage(tabId, { type: 'page/save-article', notify?: boolean }, { frameId: 0 })
 *   → SaveOutcome
 *
 * `notify` asks the page to show the outcome itself (a context-menu click has no other place to show it).
 */
export const SAVE_ARTICLE_MESSAGE = 'page/save-article';

export type SaveOutcome =
  | { ok: true; articleId: string; duplicate: boolean; title: string }
  | { ok: false; reason: 'no-article' | 'failed'; message: string };

export function isSaveOutcome(value: unknown): value is SaveOutcome {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.ok === true
    ? typeof v.articleId === 'string' && typeof v.title === 'string'
    : v.ok === false && typeof v.message === 'string';
}
