import type { PageReport } from '../shared/messages/to-background';
import { ask } from '../shared/messages/client';
import { openSidePanel } from '../shared/open-side-panel';

/**
 * The tab the reader is looking at, and what its content script reported (null before any report).
 * `?tab=<id>` in the page's URL names the tab instead: the popup opened as a page (tests, the demo) has no
 * "active tab" of its own to describe.
 */
export async function activeTabReport(): Promise<{ tabId: number | null; report: PageReport | null }> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  const tabId = Number.isInteger(named) && named > 0 ? named : await activeTabId();
  if (tabId === null) return { tabId: null, report: null };
  const report = await ask({ type: 'page/state', tabId });
  return { tabId, report };
}

async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Opens the side panel on the given tab, optionally on a view (`?entity=…`, `?article=…`); call it in a click. */
export function openPanelView(tabId: number | null, query = ''): Promise<void> {
  return openSidePanel(tabId === null ? {} : { id: tabId }, `/sidepanel.html${query}`);
}
