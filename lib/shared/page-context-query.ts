/**
 * What the side panel's "This page" view knows about the page in a tab: its address and title, the archive
 * entities the overlay found on it, and its text (for related articles).
 *
 * The page overlay's content script is asked first, in the tab's top frame (`overlay/page-context`, declared in
 * lib/shared/messages/to-tab.ts): `entityIds` are the ids of the entities highlighted in the top frame (most mentioned
 * first); `text` is the page's readable text (at most PAGE_CONTEXT_LIMITS.text characters). When the content
 * script does not answer (a browser page, a tab opened before the extension was installed, the overlay
 * switched off), the view falls back to the background's page report, which has the address and counts only.
 */
import { ask } from './messages/client';
import { LIMITS } from './messages/limits';
import type { PageReport } from './messages/to-background';
import { askTab, checkTabReply, type PageContext } from './messages/to-tab';

export type { PageContext };

export const PAGE_CONTEXT_LIMITS = {
  url: LIMITS.url,
  title: LIMITS.title,
  entityIds: LIMITS.contextIds,
  id: LIMITS.id,
  text: LIMITS.contextText,
} as const;

/** How long the content script gets to answer before the report is used instead. */
const ANSWER_MS = 1500;

export type PageContextSource = 'content-script' | 'report' | 'none';

export interface PageContextResult {
  tabId: number | null;
  /** Null when nothing is known about the tab (not a web page, or no report from it yet). */
  context: PageContext | null;
  source: PageContextSource;
  /** The background's report for the tab (mention and entity counts), when there is one. */
  report: PageReport | null;
}

/**
 * Checks a content script's answer. Another script's message can arrive here too, so nothing is trusted:
 * wrong types make the answer null, sizes are cut to the limits.
 */
export function parsePageContext(raw: unknown): PageContext | null {
  return checkTabReply('overlay/page-context', raw);
}

export function isWebPage(url: string | undefined): boolean {
  return !!url && /^https?:\/\//i.test(url);
}

/** `?tab=<id>` in the page's URL, else the active tab of the window the page is in. */
export async function pageTabId(): Promise<number | null> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function askContentScript(tabId: number): Promise<PageContext | null> {
  // No content script there, or it does not answer this message: null.
  const answer = askTab(tabId, { type: 'overlay/page-context' }).catch(() => null);
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), ANSWER_MS));
  return Promise.race([answer, timeout]);
}

async function tabInfo(tabId: number): Promise<{ url?: string; title?: string }> {
  try {
    // Address and title are only filled in where the extension may see them; otherwise both are undefined.
    const tab = await browser.tabs.get(tabId);
    return { url: tab.url, title: tab.title };
  } catch {
    return {};
  }
}

/** The context of the page in `tabId` (default: see pageTabId), from the best source that answers. */
export async function getPageContext(tabId?: number | null): Promise<PageContextResult> {
  const id = tabId ?? (await pageTabId());
  if (id === null) return { tabId: null, context: null, source: 'none', report: null };
  const [fromPage, report, tab] = await Promise.all([
    askContentScript(id),
    ask({ type: 'page/state', tabId: id }).catch(() => null),
    tabInfo(id),
  ]);
  if (fromPage && isWebPage(fromPage.url)) {
    return { tabId: id, context: fromPage, source: 'content-script', report };
  }
  const url = report?.url || tab.url;
  if (!isWebPage(url)) return { tabId: id, context: null, source: 'none', report };
  const context: PageContext = { url: url!, entityIds: [] };
  if (tab.title) context.title = tab.title.slice(0, PAGE_CONTEXT_LIMITS.title);
  return { tabId: id, context, source: 'report', report };
}
