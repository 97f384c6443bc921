import type { PageReport } from './page/handlers';
import { ask } from './messages/client';

/**
 * The tab the reader is looking at, and what its content script reported (null before any report).
 * `?tab=<id>` in the page's URL names the tab instead: the popup opened as a page (tests, the demo) has no
 * "active tab" of its own to describe.
 */
export async function activeTabReport(): Promise<{ tabId: number | null; report: PageReport | null }> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  const tabId = Number.isInteger(named) && named > 0 ? named : await activeTabId();
  if (tabId === null) return { tabId: null, report: null };
  const report = await ask<PageReport | null>({ type: 'page/state', tabId });
  return { tabId, report };
}

async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/**
 * Opens the side panel, optionally on a view (`?entity=…`, `?article=…`). Must run inside a user gesture
 * (a click), as both browsers require.
 */
export async function openSidePanel(tabId: number | null, query = ''): Promise<void> {
  const path = `/sidepanel.html${query}`;
  if (import.meta.env.FIREFOX) {
    // Firefox has a sidebar instead of Chrome's side panel; its API is missing from the Chrome-based types.
    const { sidebarAction } = browser as unknown as { sidebarAction: FirefoxSidebar };
    await sidebarAction.setPanel({ panel: path });
    await sidebarAction.open();
    return;
  }
  if (tabId === null) return;
  await browser.sidePanel.setOptions({ tabId, path, enabled: true });
  await browser.sidePanel.open({ tabId });
}

interface FirefoxSidebar {
  setPanel(details: { panel: string }): Promise<void>;
  open(): Promise<void>;
}
