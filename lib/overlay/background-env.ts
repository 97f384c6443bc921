/**
 * The browser side of the overlay's background handlers: character converters for the matcher payload, the
 * side panel, and messages to a tab's top frame. Kept apart so the handlers are tested with fakes.
 */
import { Converter as toTraditionalConverter } from 'opencc-js/cn2t';
import { Converter as toSimplifiedConverter } from 'opencc-js/t2cn';
import type { OverlayEnv } from './handlers';
import { TabMessage } from './protocol';

export function browserOverlayEnv(): OverlayEnv {
  let converters: ReturnType<OverlayEnv['converters']> | null = null;
  return {
    converters() {
      // Built on first use: each converter loads its dictionaries when created.
      converters ??= {
        toTraditional: toTraditionalConverter({ from: 'cn', to: 't' }),
        // Hong Kong variants cover the Taiwan and generic ones character by character.
        toSimplified: toSimplifiedConverter({ from: 'hk', to: 'cn' }),
      };
      return converters;
    },
    openPanel,
    async notifyTop(tabId) {
      await browser.tabs.sendMessage(tabId, { type: TabMessage.framesChanged }, { frameId: 0 });
    },
  };
}

function openPanel(tabId: number, path: string): Promise<void> {
  if (import.meta.env.FIREFOX) {
    // Firefox has a sidebar instead of Chrome's side panel; its API is missing from the Chrome-based types.
    const { sidebarAction } = browser as unknown as { sidebarAction: FirefoxSidebar };
    const set = sidebarAction.setPanel({ tabId, panel: path });
    return Promise.all([set, sidebarAction.open()]).then(() => undefined);
  }
  // Both calls are issued at once: awaiting setOptions first would let the click's user gesture lapse, and
  // Chrome then refuses open(). Calls are handled in order, so the panel opens on the new path.
  const set = browser.sidePanel.setOptions({ tabId, path, enabled: true });
  const open = browser.sidePanel.open({ tabId });
  return Promise.all([set, open]).then(() => undefined);
}

interface FirefoxSidebar {
  setPanel(details: { tabId?: number; panel: string }): Promise<void>;
  open(): Promise<void>;
}
