/**
 * The background's answers about the reader's notes (declared in lib/shared/messages/to-background.ts).
 * Every message is checked against NOTE_LIMITS before it reaches the store; a content script may only read, write or delete
 * the one note it names, never search or list the reader's notes.
 */
import { NOTE_LIMITS, NoteInputError, searchNotes } from '@/core/notes';
import type { LensDatabase } from '@/lib/background/storage/db';
import { allNotes, clearNotes, deleteNote, getNote, saveNote } from '@/lib/background/storage/notes';
import { MessageError, type BackgroundHandlers, type MessageOrigin } from '../../shared/messages/router';

export interface NotesBackend {
  /** The extension's database (the notes store needs no installed archive). */
  database(): Promise<LensDatabase>;
}

type Handlers = BackgroundHandlers<
  'notes/get' | 'notes/save' | 'notes/delete' | 'notes/search' | 'notes/count' | 'notes/clear'
>;

function fromExtensionPage(origin: MessageOrigin): void {
  if (!origin.extensionPage)
    throw new MessageError(
      'bad-request',
      'Notes are searched, counted and cleared from the extension’s own pages only.',
    );
}

export function notesHandlerTable(backend: NotesBackend): Handlers {
  return {
    'notes/get': {
      handle: async (req) => ({ note: await getNote(await backend.database(), req.target) }),
    },
    'notes/save': {
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
      handle: async (req) => ({ deleted: await deleteNote(await backend.database(), req.target) }),
    },
    'notes/search': {
      handle: async (req, origin) => {
        fromExtensionPage(origin);
        const hits = searchNotes(await allNotes(await backend.database()), req.query, NOTE_LIMITS.count);
        return { hits: hits.slice(0, req.limit ?? NOTE_LIMITS.results), total: hits.length };
      },
    },
    'notes/count': {
      handle: async (_req, origin) => {
        fromExtensionPage(origin);
        return { count: await (await backend.database()).count('notes') };
      },
    },
    'notes/clear': {
      handle: async (_req, origin) => {
        fromExtensionPage(origin);
        return { removed: await clearNotes(await backend.database()) };
      },
    },
  };
}
