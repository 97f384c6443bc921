import { messages } from '../i18n';
import { ErrorNote } from '../ui/Notes';
import type { DownloadState } from './useDownload';

/** What the last download did, in a live region. */
export function DownloadStatus({ state }: { state: DownloadState }) {
  const t = messages();
  return (
    <div aria-live="polite" class="ll-small">
      {state.kind === 'busy' && <p role="status">{t.citeDownloading}</p>}
      {state.kind === 'done' && <p role="status">{t.citeDownloaded(state.fileName)}</p>}
      {state.kind === 'failed' && <ErrorNote message={t.citeDownloadFailed(state.message)} />}
    </div>
  );
}
