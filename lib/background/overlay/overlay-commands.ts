/**
 * Keyboard commands declared in the manifest. The browser delivers them to the background; the page overlay
 * lives in the tab, so the background forwards them to the tab's top frame (its own content script: no extra
 * permission needed).
 */
import { askTab } from '../../shared/messages/to-tab';

export const NEXT_MENTION_COMMAND = 'next-mention';

export function forwardOverlayCommands(): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== NEXT_MENTION_COMMAND || tab?.id === undefined) return;
    askTab(tab.id, { type: 'overlay/next-mention' }).catch(() => {
      // No content script in that tab (a browser page, or a page opened before the extension was installed).
    });
  });
}
