import { useEffect, useState } from 'preact/hooks';
import type { PageReport } from '@/lib/background/page/page-report-handlers';
import { isSiteDisabled, overlayOffFor, setSiteDisabled, siteOf } from '@/lib/shared/settings';
import { activeTabReport, openPanelView } from '@/lib/pages/active-tab';
import { messages } from '../i18n';
import { SaveArticle } from '../save/SaveArticle';
import { useSettings } from '../ui/useSettings';

/**
 * The popup's status line for the current tab: what the page mentions, a switch for the overlay on this site,
 * the way into the side panel, and "save this article to the archive".
 */
export function PageStatus() {
  const t = messages();
  const [state, setState] = useState<{ tabId: number | null; report: PageReport | null } | null>(null);
  const settings = useSettings();
  const [openError, setOpenError] = useState<string | null>(null);

  useEffect(() => {
    void activeTabReport()
      .then(setState)
      .catch(() => setState({ tabId: null, report: null }));
  }, []);

  if (!state || !settings) return <section class="ll-status" aria-busy="true" />;
  const { report, tabId } = state;
  const site = report ? siteOf(report.url) : null;
  const open = () => {
    setOpenError(null);
    openPanelView(tabId).catch((error: unknown) =>
      setOpenError(t.openFailed(error instanceof Error ? error.message : String(error))),
    );
  };

  return (
    <section class="ll-status" aria-labelledby="ll-status-title">
      <h2 id="ll-status-title" class="ll-visually-hidden">
        {t.sidepanelTitle}
      </h2>
      <p class={report ? undefined : 'll-muted'}>
        {!report
          ? t.pageUnknown
          : // Off: the content script read nothing, so "no mentions" would be a claim it cannot make.
            overlayOffFor(settings, report.url)
            ? t.pageNotRead
            : report.mentions > 0
              ? t.pageMentions(report.mentions)
              : t.pageNoMentions}
        {report && report.entities > 0 && <span class="ll-muted"> {t.pageEntities(report.entities)}</span>}
      </p>
      <div class="ll-status-actions">
        {report && site ? (
          <label class="ll-switch">
            <input
              type="checkbox"
              role="switch"
              name="site-overlay"
              checked={!isSiteDisabled(settings, report.url)}
              onChange={(e) => void setSiteDisabled(report.url, !e.currentTarget.checked)}
            />
            <span>{t.overlayOnSite(site)}</span>
          </label>
        ) : (
          <span />
        )}
        <button type="button" class="ll-button" onClick={open}>
          {t.openSidePanel}
        </button>
      </div>
      <SaveArticle
        tabId={tabId}
        url={report?.url}
        onOpen={(id) => {
          setOpenError(null);
          openPanelView(tabId, `?${new URLSearchParams({ article: id })}`).catch((error: unknown) =>
            setOpenError(t.openFailed(error instanceof Error ? error.message : String(error))),
          );
        }}
      />
      {openError && (
        <p role="alert" class="ll-error">
          {openError}
        </p>
      )}
    </section>
  );
}
