/** Asks the page in a tab to save its article (lib/shared/messages/to-tab.ts), from the popup or the side panel. */
import { askTab } from '../shared/messages/to-tab';
import type { SaveOutcome } from '../shared/save-protocol';

/** Thrown when the tab has no content script to answer (a browser page, or a tab opened before install). */
export class NoPageScriptError extends Error {}

export async function saveArticleInTab(tabId: number, notify = false): Promise<SaveOutcome> {
  let reply: SaveOutcome | null;
  try {
    reply = await askTab(tabId, { type: 'page/save-article', notify });
  } catch (error) {
    throw new NoPageScriptError(error instanceof Error ? error.message : String(error));
  }
  if (!reply) throw new NoPageScriptError('the page did not answer');
  return reply;
}
