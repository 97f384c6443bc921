import type { ComponentChildren } from 'preact';
import { messages } from '../i18n';
import { ErrorNote, Skeleton } from '../ui/Notes';
import { ProgressBar } from '../ui/ProgressBar';
import { useArchiveStatus } from './ArchiveStatus';

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
  if (status.state === 'error') {
    return <ErrorNote message={`${t.archiveError}: ${status.error ?? ''}`} help={t.archiveErrorHelp} />;
  }
  return (
    <div class="ll-archive-loading" aria-live="polite">
      <p class="ll-archive-loading-title">{t.archiveLoading}</p>
      <ProgressBar
        label={t.archiveProgressLabel}
        detail={t.archivePhase(status.phase ?? '')}
        value={status.progress}
      />
      {waiting && <p class="ll-muted ll-small">{waiting}</p>}
    </div>
  );
}
