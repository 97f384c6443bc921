import type { HandlerTable, MessageOrigin } from '../messages/router';
import { int, validating } from '../messages/validate';

/** What the content script last reported about a tab: shown by the badge, the popup and the side panel. */
export interface PageReport {
  /** The top frame's address without query or fragment (they can hold tokens and are never stored). */
  url: string;
  /** Times the page names Lüliang or one of its places. */
  mentions: number;
  /** Distinct archive entities the page mentions. */
  entities: number;
  at: number;
}

/** Longest address kept: session storage is small (10 MB in all) and shared by every tab. */
export const MAX_REPORT_URL = 2_048;

const key = (tabId: number) => `page:${tabId}`;

/** The address as stored: scheme, host and path only, bounded in length. */
export function storedUrl(url: string): string {
  let bare = url;
  try {
    const parsed = new URL(url);
    bare = `${parsed.origin === 'null' ? `${parsed.protocol}` : parsed.origin}${parsed.pathname}`;
  } catch {
    bare = url.split(/[?#]/, 1)[0] ?? '';
  }
  return bare.slice(0, MAX_REPORT_URL);
}

/**
 * Which tab's state a sender may read: extension pages (popup, side panel) any tab they name; a content script
 * only its own tab, whatever it asks for, so a compromised page cannot list the other tabs' addresses.
 */
export function readableTab(requested: number, origin: MessageOrigin): number | null {
  if (origin.extensionPage) return requested;
  return origin.tabId !== undefined && origin.tabId === requested ? requested : null;
}

/** What the tab's top frame last reported, if anything. */
export async function storedReport(tabId: number): Promise<PageReport | null> {
  const stored = await browser.storage.session.get(key(tabId));
  return (stored[key(tabId)] as PageReport | undefined) ?? null;
}

/** Drops what a closed tab reported. */
export function forgetTab(tabId: number): Promise<void> {
  return browser.storage.session.remove(key(tabId));
}

/**
 * Reports from content scripts, kept in session storage so they outlive the service worker's idle shutdowns but
 * not the browser session, and deleted when their tab closes. Only the top frame speaks for the tab.
 */
export const pageHandlers = {
  'page/report': {
    validate: (raw) =>
      validating(() => ({
        mentions: int(raw, 'mentions', { min: 0, max: 10_000_000 })!,
        entities: int(raw, 'entities', { min: 0, max: 100_000 })!,
      })),
    async handle(req: { mentions: number; entities: number }, origin) {
      if (origin.tabId === undefined || (origin.frameId ?? 0) !== 0) return { stored: false };
      const report: PageReport = { url: storedUrl(origin.url ?? ''), ...req, at: Date.now() };
      await browser.storage.session.set({ [key(origin.tabId)]: report });
      const action = toolbarAction();
      await action.setBadgeText({ tabId: origin.tabId, text: req.entities > 0 ? String(req.entities) : '' });
      await action.setBadgeBackgroundColor({ tabId: origin.tabId, color: '#8a5a2b' });
      return { stored: true };
    },
  },
  'page/state': {
    validate: (raw) => validating(() => ({ tabId: int(raw, 'tabId', { min: 0 })! })),
    async handle(req: { tabId: number }, origin): Promise<PageReport | null> {
      const tabId = readableTab(req.tabId, origin);
      if (tabId === null) return null;
      return storedReport(tabId);
    },
  },
} satisfies HandlerTable;

interface ToolbarBadge {
  // Firefox's browserAction answers with promises; the Chrome-based types only know its callback form.
  setBadgeText(details: { tabId: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void> | void;
}

/** The toolbar button: `action` in Manifest V3 (Chrome), `browserAction` in the Manifest V2 build (Firefox). */
function toolbarAction(): ToolbarBadge {
  return import.meta.env.MANIFEST_VERSION === 2 ? browser.browserAction : browser.action;
}
