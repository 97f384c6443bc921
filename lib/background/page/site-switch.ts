/**
 * The per-site switch as the background applies it to a whole tab. Kept apart from ./page-report-handlers, which
 * Node scripts import, because the settings module needs the extension's storage when it loads.
 */
import type { BackgroundHandlers } from '../../shared/messages/router';
import { getSettings, overlayOffFor, type Settings } from '../../shared/settings';
import { storedReport } from './page-report-handlers';

/**
 * Whether the overlay is off in every frame of a tab: the global switch, or the per-site switch for the tab's top
 * page. A frame cannot read the top address across origins, so the background decides from the tab's address
 * (`sender.tab.url`) or, when the browser withholds it, from the address the top frame reported. With neither
 * known the answer is "off": nothing is read until the tab's page is known.
 */
export function offForTab(
  settings: Settings,
  tabUrl: string | undefined,
  reportedUrl: string | undefined,
): boolean {
  const top = tabUrl || reportedUrl;
  return !top || overlayOffFor(settings, top);
}

export const siteSwitchHandlers: BackgroundHandlers<'page/off'> = {
  'page/off': {
    async handle(_req, origin) {
      if (origin.tabId === undefined) return { off: true };
      const reported = origin.tabUrl ? undefined : (await storedReport(origin.tabId))?.url;
      return { off: offForTab(await getSettings(), origin.tabUrl, reported) };
    },
  },
};
