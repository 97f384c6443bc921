/**
 * The background's answers about the reader's notes (`NoteRequests` in lib/archive/protocol.ts). Every message
 * is checked against NOTE_LIMITS before it reaches the store; a content script may only read, write or delete
 * the one note it names, never search or list the reader's notes.
 */
import {
  NOTE_LIMITS,
  NoteInputError,
  readLabel,
  readNoteText,
  readTarget,
  searchNotes,
  type NoteTarget,
} from '@/core/notes';
import type { NoteRequests } from '@/lib/archive/protocol';
import type { LensDatabase } from '@/lib/storage/db';
import { allNotes, deleteNote, getNote, saveNote } from '@/lib/storage/notes';
import { MessageError, type Handler, type HandlerTable, type MessageOrigin } from '../messages/router';
import { int, str, validating, InvalidField } from '../messages/validate';

export interface NotesBackend {
  /** The extension's database (the notes store needs no installed archive). */
  database(): Promise<LensDatabase>;
}

type Handlers = {
  [K in keyof NoteRequests]: Handler<NoteRequests[K]['request'], NoteRequests[K]['reply']>;
};

/** Runs a note check, giving its reason to the router as a refused request. */
function checked<T>(body: () => T): T | string {
  return validating(() => {
    try {
      return body();
    } catch (error) {
      if (error instanceof NoteInputError) throw new InvalidField(error.message);
      throw error;
    }
  });
}

const targetOnly = (raw: Record<string, unknown>): { target: NoteTarget } | string =>
  checked(() => ({ target: readTarget(raw['target']) }));

function fromExtensionPage(origin: MessageOrigin): void {
  if (!origin.extensionPage)
    throw new MessageError('bad-request', 'Notes are searched from the extension’s own pages only.');
}

export function notesHandlerTable(backend: NotesBackend): Handlers & HandlerTable {
  return {
    'notes/get': {
      validate: targetOnly,
      handle: async (req) => ({ note: await getNote(await backend.database(), req.target) }),
    },
    'notes/save': {
      validate: (raw) =>
        checked(() => ({
          target: readTarget(raw['target']),
          label: readLabel(raw),
          text: readNoteText(raw),
        })),
      handle: async (req) => {
        try {
          return { note: await saveNote(await backend.database(), req) };
        } catch (error) {
          if (error instanceof NoteInputError) throw new MessageError('bad-request', error.message);
          throw error;
        }
      },
    },
    'notes/delete': {
      validate: targetOnly,
      handle: async (req) => ({ deleted: await deleteNote(await backend.database(), req.target) }),
    },
    'notes/search': {
      validate: (raw) =>
        validating(() => ({
          query: str(raw, 'query', { max: NOTE_LIMITS.query }),
          limit: int(raw, 'limit', { min: 1, max: NOTE_LIMITS.results, optional: true }),
        })),
      handle: async (req, origin) => {
        fromExtensionPage(origin);
        const hits = searchNotes(await allNotes(await backend.database()), req.query, NOTE_LIMITS.count);
        return { hits: hits.slice(0, req.limit ?? NOTE_LIMITS.results), total: hits.length };
      },
    },
  };
}
