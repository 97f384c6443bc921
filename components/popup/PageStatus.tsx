import { useEffect, useState } from 'preact/hooks';
import type { PageReport } from '@/lib/page/handlers';
import {
  getSettings,
  isSiteDisabled,
  setSiteDisabled,
  settingsItem,
  siteOf,
  type Settings,
} from '@/lib/settings';
import { activeTabReport, openSidePanel } from '@/lib/tabs';
import { messages } from '../i18n';

/**
 * The popup's status line for the current tab: what the page mentions, a switch for the overlay on this site,
 * and the way into the side panel.
 */
export function PageStatus() {
  const t = messages();
  const [state, setState] = useState<{ tabId: number | null; report: PageReport | null } | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);

  useEffect(() => {
    void activeTabReport()
      .then(setState)
      .catch(() => setState({ tabId: null, report: null }));
    void getSettings().then(setSettings);
    return settingsItem.watch((next) => next && setSettings(next));
  }, []);

  if (!state || !settings) return <section class="ll-status" aria-busy="true" />;
  const { report, tabId } = state;
  const site = report ? siteOf(report.url) : null;

  return (
    <section class="ll-status" aria-label={t.sidepanelTitle}>
      {!report ? (
        <p class="ll-muted">{t.pageUnknown}</p>
      ) : (
        <>
          <p>
            {report.mentions > 0 ? t.pageMentions(report.mentions) : t.pageNoMentions}
            {report.entities > 0 && <span class="ll-muted"> · {t.pageEntities(report.entities)}</span>}
          </p>
          {site && (
            <label class="ll-row">
              <input
                type="checkbox"
                name="site-overlay"
                checked={!isSiteDisabled(settings, report.url)}
                onChange={(e) => void setSiteDisabled(report.url, !e.currentTarget.checked).then(setSettings)}
              />
              {t.overlayOnSite(site)}
            </label>
          )}
        </>
      )}
      <button type="button" onClick={() => void openSidePanel(tabId)}>
        {t.openSidePanel}
      </button>
    </section>
  );
}
