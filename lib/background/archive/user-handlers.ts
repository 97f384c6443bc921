/** Handlers of the messages about the reader's additions (declared in lib/shared/messages/to-background.ts). */
import { readArchiveJson } from '@/core/additions/archive-json';
import { exportArchive } from '@/lib/background/storage/export';
import { exportNotes, importNotesOfArchive } from '@/lib/background/notes/archive-notes';
import type { LensDatabase } from '@/lib/background/storage/db';
import type { ArchiveMeta } from '@/lib/background/storage/schema';
import { MessageError, type BackgroundHandlers } from '../../shared/messages/router';
import type { AdditionsService } from './additions';

export interface AdditionsBackend {
  additions: AdditionsService;
  /** Waits for the installed archive (rejects with 'not-ready' while there is none). */
  installedArchive(): Promise<{ db: LensDatabase; meta: ArchiveMeta }>;
}

type Handlers = BackgroundHandlers<
  | 'archive/import'
  | 'archive/import-prepare'
  | 'archive/import-cancel'
  | 'archive/save-article'
  | 'archive/additions'
  | 'archive/remove-addition'
  | 'archive/export'
  | 'archive/import-json'
  | 'archive/reset'
>;

export function userArchiveHandlerTable(backend: AdditionsBackend): Handlers {
  const { additions } = backend;
  return {
    'archive/import': {
      handle: async (req) => {
        await backend.installedArchive();
        return additions.importPages(req.pages);
      },
    },
    'archive/import-prepare': {
      handle: async () => {
        await additions.prepare();
        return { ready: true as const };
      },
    },
    'archive/import-cancel': {
      handle: () => ({ cancelled: additions.cancelRunning() }),
    },
    'archive/save-article': {
      handle: async (req) => {
        await backend.installedArchive();
        return additions.saveArticle(req.article);
      },
    },
    'archive/additions': {
      handle: async () => ({ additions: await additions.list() }),
    },
    'archive/remove-addition': {
      handle: async (req) => {
        await backend.installedArchive();
        return additions.remove(req.id);
      },
    },
    'archive/export': {
      handle: async () => {
        const { db, meta } = await backend.installedArchive();
        const archive = { ...(await exportArchive(db, meta)), ...(await exportNotes(db)) };
        const day = new Date().toISOString().slice(0, 10);
        return { json: JSON.stringify(archive), fileName: `lvliang-archive-${day}.json` };
      },
    },
    'archive/import-json': {
      handle: async (req) => {
        const { db } = await backend.installedArchive();
        const read = readArchiveJson(req.json);
        if (!read.ok) throw new MessageError('bad-request', read.message);
        const notes = await importNotesOfArchive(db, read.notes);
        return { ...(await additions.importRecords(read.editions, read.articles)), notes };
      },
    },
    'archive/reset': {
      handle: async () => {
        await backend.installedArchive();
        return additions.reset();
      },
    },
  };
}
