import type { ComponentChildren } from 'preact';
import { messages } from '../i18n';
import { ErrorNote, Skeleton } from '../ui/Notes';
import { ProgressBar } from '../ui/ProgressBar';
import { useArchiveStatus } from './ArchiveStatus';
import { archiveNotice } from './notice';

/**
 * Shows `children` once the archive answers searches; until then, the load's phase and progress, or what went
 * wrong and what to do about it. `waiting` says what happens when it is ready (e.g. "your search runs then").
 */
export function ArchiveGate({ children, waiting }: { children: ComponentChildren; waiting?: string }) {
  const t = messages();
  const { status, unreachable } = useArchiveStatus();
  if (status?.ready) return <>{children}</>;
  if (!status) {
    return unreachable ? (
      <ErrorNote message={t.backgroundSilent} help={unreachable} />
    ) : (
      <Skeleton lines={2} />
    );
  }
  const notice = archiveNotice(status, t);
  if (notice.kind === 'error') return <ErrorNote message={notice.message} help={notice.help} />;
  return (
    <div class="ll-archive-loading" aria-live="polite">
      <p class="ll-archive-loading-title">{notice.title}</p>
      <ProgressBar label={t.archiveProgressLabel} detail={notice.detail} value={notice.progress} />
      {notice.help && <p class="ll-muted ll-small">{notice.help}</p>}
      {waiting && <p class="ll-muted ll-small">{waiting}</p>}
    </div>
  );
}
