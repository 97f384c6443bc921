/** Asks the page in a tab to save its article (see protocol.ts), from the popup or the side panel. */
import { isSaveOutcome, SAVE_ARTICLE_MESSAGE, type SaveOutcome } from './protocol';

/** Thrown when the tab has no content script to answer (a browser page, or a tab opened before install). */
export class NoPageScriptError extends Error {}

export async function saveArticleInTab(tabId: number, notify = false): Promise<SaveOutcome> {
  let reply: unknown;
  try {
    reply = await browser.tabs.sendMessage(tabId, { type: SAVE_ARTICLE_MESSAGE, notify }, { frameId: 0 });
  } catch (error) {
    throw new NoPageScriptError(error instanceof Error ? error.message : String(error));
  }
  if (!isSaveOutcome(reply)) throw new NoPageScriptError('the page did not answer');
  return reply;
}
