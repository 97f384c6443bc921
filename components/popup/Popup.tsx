import { useEffect, useState } from 'preact/hooks';
import { pageTabId } from '@/lib/shared/page-context-query';
import { openPanelView } from '@/lib/pages/active-tab';
import { ArchiveStatusProvider } from '../archive/ArchiveStatus';
import { Header } from '../Header';
import { messages } from '../i18n';
import { targetView, viewSearch, type OpenTarget } from '../panel/routes';
import { SearchView } from '../search/SearchView';
import { ErrorNote } from '../ui/Notes';
import { PageStatus } from './PageStatus';

/** True when this document is the toolbar popup (not the same page opened in a tab, as tests and the demo do). */
function isToolbarPopup(): boolean {
  try {
    return browser.extension.getViews({ type: 'popup' }).includes(window);
  } catch {
    return false;
  }
}

/** The toolbar popup: search the archive, then the status of the current tab. */
export function Popup() {
  const t = messages();
  const [tabId, setTabId] = useState<number | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);

  // Known before any key is pressed: opening the side panel must not wait on anything after the keypress.
  useEffect(() => {
    void pageTabId()
      .then(setTabId)
      .catch(() => setTabId(null));
  }, []);

  const open = (target: OpenTarget) => {
    setOpenError(null);
    openPanelView(tabId, viewSearch(targetView(target))).then(
      () => {
        if (isToolbarPopup()) window.close(); // the reader continues in the side panel
      },
      (error: unknown) => setOpenError(error instanceof Error ? error.message : String(error)),
    );
  };

  return (
    <ArchiveStatusProvider>
      <Header title={t.popupTitle} />
      <main class="ll-body ll-popup-main">
        <SearchView idPrefix="popup" hint={t.searchHint} autoFocus onOpen={open} />
        {openError && <ErrorNote message={t.openFailed(openError)} />}
        <PageStatus />
      </main>
    </ArchiveStatusProvider>
  );
}
