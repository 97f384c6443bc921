/**
 * The background's archive service: message handlers (merged into the background's router) and the start hook.
 * `startArchiveService()` registers the install/update listener synchronously (as MV3 requires) and checks the
 * installed archive; see lib/shared/archive-protocol.ts for the messages.
 */
import { openLensDB } from '@/lib/background/storage/db';
import { compileJieba, warmJieba } from '@/lib/background/jieba/browser';
import { ArchiveService } from './archive-service';
import { fetchBundle } from './bundle';
import { archiveHandlerTable } from './archive-handlers';
import { userArchiveHandlerTable } from './user-handlers';
import { notesHandlerTable } from '../notes/note-handlers';

export const archiveService = new ArchiveService({
  openDb: (onClose) => openLensDB({ onClose }),
  fetchBundle,
  compileJieba: () => compileJieba(),
  warmJieba,
  // an update of the extension changes its version: the installed archive is compared with the new bundle
  bundleId: () => browser.runtime.getManifest().version,
});

/** Archive storage and search, the reader's additions and notes, answered in the background. */
export const archiveHandlers = {
  ...archiveHandlerTable(archiveService),
  ...userArchiveHandlerTable(archiveService),
  ...notesHandlerTable(archiveService),
};

export function startArchiveService(): Promise<void> {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'install' || details.reason === 'update') void archiveService.onInstalled();
  });
  return archiveService.start();
}
