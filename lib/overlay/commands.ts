/**
 * Keyboard commands declared in the manifest. The browser delivers them to the background; the page overlay
 * lives in the tab, so the background forwards them to the tab's top frame (its own content script: no extra
 * permission needed).
 */
import { TabMessage } from './protocol';

export const NEXT_MENTION_COMMAND = 'next-mention';

export function forwardOverlayCommands(): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== NEXT_MENTION_COMMAND || tab?.id === undefined) return;
    browser.tabs.sendMessage(tab.id, { type: TabMessage.nextMention }, { frameId: 0 }).catch(() => {
      // No content script in that tab (a browser page, or a page opened before the extension was installed).
    });
  });
}
