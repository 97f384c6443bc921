import type { BackgroundHandlers, MessageOrigin } from '../../shared/messages/router';
import type { PageReport } from '../../shared/messages/to-background';
import { FrameStore } from '../overlay/frame-reports';

export type { PageReport };

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

const frames = new FrameStore({
  get: (k) => browser.storage.session.get(k),
  set: (items) => browser.storage.session.set(items),
  remove: (k) => browser.storage.session.remove(k),
});

/** Drops what a closed tab reported. */
export async function forgetTab(tabId: number): Promise<void> {
  await frames.forget(tabId);
  await browser.storage.session.remove(key(tabId));
}

/**
 * Reports from content scripts: every frame of the page's origin reports its findings (see
 * lib/background/overlay/frame-reports.ts); their sum is the tab's report, kept in session storage so it outlives the
 * service worker's idle shutdowns but not the browser session, deleted when the tab closes, and shown by the
 * badge.
 */
export const pageHandlers: BackgroundHandlers<'page/report' | 'page/state'> = {
  'page/report': {
    async handle(req, origin) {
      if (origin.tabId === undefined || origin.frameId === undefined) return { stored: false };
      const url = origin.frameId === 0 ? storedUrl(origin.url ?? '') : null;
      const totals = await frames.report(origin.tabId, origin.frameId, req, url);
      if (!totals) return { stored: false };
      const report: PageReport = { ...totals, at: Date.now() };
      await browser.storage.session.set({ [key(origin.tabId)]: report });
      const action = toolbarAction();
      const badge = totals.entities > 0 ? String(totals.entities) : '';
      await action.setBadgeText({ tabId: origin.tabId, text: badge });
      await action.setBadgeBackgroundColor({ tabId: origin.tabId, color: '#8a5a2b' });
      return { stored: true };
    },
  },
  'page/state': {
    async handle(req, origin): Promise<PageReport | null> {
      const tabId = readableTab(req.tabId, origin);
      if (tabId === null) return null;
      return storedReport(tabId);
    },
  },
};

interface ToolbarBadge {
  // Firefox's browserAction answers with promises; the Chrome-based types only know its callback form.
  setBadgeText(details: { tabId: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void> | void;
}

/** The toolbar button: `action` in Manifest V3 (Chrome), `browserAction` in the Manifest V2 build (Firefox). */
function toolbarAction(): ToolbarBadge {
  return import.meta.env.MANIFEST_VERSION === 2 ? browser.browserAction : browser.action;
}
