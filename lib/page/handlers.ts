import type { HandlerTable } from '../messages/router';
import { int, validating } from '../messages/validate';

/** What the content script last reported about a tab: shown by the badge, the popup and the side panel. */
export interface PageReport {
  url: string;
  /** Times the page names Lüliang or one of its places. */
  mentions: number;
  /** Distinct archive entities the page mentions. */
  entities: number;
  at: number;
}

const key = (tabId: number) => `page:${tabId}`;

/**
 * Reports from content scripts, kept in session storage so they outlive the service worker's idle shutdowns but
 * not the browser session. Only the top frame speaks for the tab.
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
      const report: PageReport = { url: origin.url ?? '', ...req, at: Date.now() };
      await browser.storage.session.set({ [key(origin.tabId)]: report });
      const action = toolbarAction();
      await action.setBadgeText({ tabId: origin.tabId, text: req.entities > 0 ? String(req.entities) : '' });
      await action.setBadgeBackgroundColor({ tabId: origin.tabId, color: '#8a5a2b' });
      return { stored: true };
    },
  },
  'page/state': {
    validate: (raw) => validating(() => ({ tabId: int(raw, 'tabId', { min: 0 })! })),
    async handle(req: { tabId: number }): Promise<PageReport | null> {
      const stored = await browser.storage.session.get(key(req.tabId));
      return (stored[key(req.tabId)] as PageReport | undefined) ?? null;
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
