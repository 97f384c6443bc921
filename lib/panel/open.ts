/**
 * Opens the side panel (optionally on a view path such as `/sidepanel.html?entity=…`), from the background (a
 * context-menu click, a keyboard command, the hover card's buttons) or from an extension page (the popup). Both
 * browsers only honour the call while the user's action still counts, so nothing is awaited before it.
 */

export interface PanelTab {
  id?: number;
  windowId?: number;
}

export function openSidePanel(tab: PanelTab, path?: string): Promise<void> {
  if (import.meta.env.FIREFOX) {
    // Firefox has a sidebar instead of Chrome's side panel; its API is missing from the Chrome-based types.
    const { sidebarAction } = browser as unknown as { sidebarAction: FirefoxSidebar };
    const calls: Promise<void>[] = [];
    if (path) calls.push(sidebarAction.setPanel({ tabId: tab.id, panel: path }));
    calls.push(sidebarAction.open());
    return Promise.all(calls).then(() => undefined);
  }
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
}
