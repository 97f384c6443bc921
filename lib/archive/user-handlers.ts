/** Handlers of the messages about the reader's additions (see `UserArchiveRequests` in protocol.ts). */
import { readArchiveJson } from '@/core/additions/archive-json';
import { exportArchive } from '@/lib/storage/export';
import { exportNotes, importNotesOfArchive } from '@/lib/notes/archive-notes';
import type { LensDatabase } from '@/lib/storage/db';
import type { ArchiveMeta } from '@/lib/storage/schema';
import { MessageError, type Handler, type HandlerTable } from '../messages/router';
import type { AdditionsService } from './additions';
import type { UserArchiveRequests } from './protocol';
import {
  validateImport,
  validateImportJson,
  validateNothing,
  validateRemoveAddition,
  validateSaveArticle,
} from './user-validate';

export interface AdditionsBackend {
  additions: AdditionsService;
  /** Waits for the installed archive (rejects with 'not-ready' while there is none). */
  installedArchive(): Promise<{ db: LensDatabase; meta: ArchiveMeta }>;
}

type Handlers = {
  [K in keyof UserArchiveRequests]: Handler<
    UserArchiveRequests[K]['request'],
    UserArchiveRequests[K]['reply']
  >;
};

export function userArchiveHandlerTable(backend: AdditionsBackend): Handlers & HandlerTable {
  const { additions } = backend;
  return {
    'archive/import': {
      validate: validateImport,
      handle: async (req) => {
        await backend.installedArchive();
        return additions.importPages(req.pages);
      },
    },
    'archive/import-prepare': {
      validate: validateNothing,
      handle: async () => {
        await additions.prepare();
        return { ready: true as const };
      },
    },
    'archive/import-cancel': {
      validate: validateNothing,
      handle: () => ({ cancelled: additions.cancelRunning() }),
    },
    'archive/save-article': {
      validate: validateSaveArticle,
      handle: async (req) => {
        await backend.installedArchive();
        return additions.saveArticle(req.article);
      },
    },
    'archive/additions': {
      validate: validateNothing,
      handle: async () => ({ additions: await additions.list() }),
    },
    'archive/remove-addition': {
      validate: validateRemoveAddition,
      handle: async (req) => {
        await backend.installedArchive();
        return additions.remove(req.id);
      },
    },
    'archive/export': {
      validate: validateNothing,
      handle: async () => {
        const { db, meta } = await backend.installedArchive();
        const archive = { ...(await exportArchive(db, meta)), ...(await exportNotes(db)) };
        const day = new Date().toISOString().slice(0, 10);
        return { json: JSON.stringify(archive), fileName: `lvliang-archive-${day}.json` };
      },
    },
    'archive/import-json': {
      validate: validateImportJson,
      handle: async (req) => {
        const { db } = await backend.installedArchive();
        const read = readArchiveJson(req.json);
        if (!read.ok) throw new MessageError('bad-request', read.message);
        const notes = await importNotesOfArchive(db, read.notes);
        return { ...(await additions.importRecords(read.editions, read.articles)), notes };
      },
    },
    'archive/reset': {
      validate: validateNothing,
      handle: async () => {
        await backend.installedArchive();
        return additions.reset();
      },
    },
  };
}
