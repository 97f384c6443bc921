/**
 * Opens the side panel (optionally on a view path such as `/sidepanel.html?entity=…`), from the background (a
 * context-menu click, a keyboard command, the hover card's buttons) or from an extension page (the popup). Both
 * browsers only honour the call while the user's action still counts, so nothing is awaited before it.
 */
import type { PublicPath } from 'wxt/browser';

export interface PanelTab {
  id?: number;
  windowId?: number;
}

export function openSidePanel(tab: PanelTab, path?: string): Promise<void> {
  if (import.meta.env.FIREFOX) return openFirefoxSidebar(tab, path);
  if (tab.id === undefined) {
    if (tab.windowId === undefined) return Promise.resolve();
    return browser.sidePanel.open({ windowId: tab.windowId });
  }
  const calls: Promise<unknown>[] = [];
  // Issued together: Chrome handles them in order, so the panel opens on the new path; awaiting the first
  // would let the user action lapse before open().
  if (path) calls.push(browser.sidePanel.setOptions({ tabId: tab.id, path, enabled: true }));
  calls.push(browser.sidePanel.open({ tabId: tab.id }));
  return Promise.all(calls).then(() => undefined);
}

interface FirefoxSidebar {
  setPanel(details: { tabId?: number; panel: string }): Promise<void>;
  open(): Promise<void>;
  isOpen(details: { windowId?: number }): Promise<boolean>;
}

/**
 * Firefox has a sidebar instead of Chrome's side panel (its API is missing from the Chrome-based types). It
 * opens only from a user action it saw itself (the popup, the context menu, a command); a click relayed from a
 * page (the hover card's buttons) is refused. Then the sidebar, when it is open already, shows the view anyway;
 * otherwise the same view opens in a tab beside the page, so the reader lands on it either way.
 */
function openFirefoxSidebar(tab: PanelTab, path?: string): Promise<void> {
  const { sidebarAction } = browser as unknown as { sidebarAction: FirefoxSidebar };
  const panelSet = path ? sidebarAction.setPanel({ tabId: tab.id, panel: path }) : Promise.resolve();
  return Promise.all([panelSet, sidebarAction.open()]).then(
    () => undefined,
    async () => {
      await panelSet;
      const page = tab.id === undefined ? undefined : await browser.tabs.get(tab.id);
      if (await sidebarAction.isOpen({ windowId: page?.windowId ?? tab.windowId })) return;
      await browser.tabs.create({
        url: panelTabUrl(path, tab.id),
        ...(page ? { index: page.index + 1, openerTabId: page.id, windowId: page.windowId } : {}),
      });
    },
  );
}

/** The panel's view as a page of its own, kept on the tab it describes (`?tab=`, see components/panel/routes.ts). */
export function panelTabUrl(path = '/sidepanel.html', tabId?: number): string {
  const url = new URL(browser.runtime.getURL(path as PublicPath));
  if (tabId !== undefined) url.searchParams.set('tab', String(tabId));
  return url.href;
}
