/** What the archive's status tells the reader before it answers: progress, or what went wrong and what to do. */
import type { ArchiveStatus } from '@/lib/shared/archive-protocol';
import type { messages } from '../i18n';

export type ArchiveNotice =
  | { kind: 'error'; message: string; help: string }
  | { kind: 'progress'; title: string; detail: string; progress: number; help?: string };

export function archiveNotice(status: ArchiveStatus, t: ReturnType<typeof messages>): ArchiveNotice {
  // a full disk is said as such, also while the load is tried again (never an endless "starting 0%")
  if (status.fault === 'storage-full')
    return { kind: 'error', message: t.archiveStorageFull, help: t.archiveStorageFullHelp };
  if (status.state === 'error') {
    const message = status.error ? `${t.archiveError}: ${status.error}` : t.archiveError;
    return { kind: 'error', message, help: t.archiveErrorHelp };
  }
  const detail = t.archivePhase(status.phase ?? '');
  if (status.fault === 'repairing') {
    const help = t.archiveRepairingHelp;
    return { kind: 'progress', title: t.archiveRepairing, detail, progress: status.progress, help };
  }
  return { kind: 'progress', title: t.archiveLoading, detail, progress: status.progress };
}
