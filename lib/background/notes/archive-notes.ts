/**
 * The notes section of an exported archive (docs/archive-format.md, "Notes"): written after the archive's own
 * fields when there are notes, and read back with it.
 */
import { exportedNote, NoteInputError, readNotesSection, type Note } from '@/core/notes';
import type { LensDatabase } from '@/lib/background/storage/db';
import { allNotes, importNotes } from '@/lib/background/storage/notes';
import { MessageError } from '../../shared/messages/router';

/** `{ notes }` when the reader has notes, `{}` otherwise (an export without notes is the archive alone). */
export async function exportNotes(db: LensDatabase): Promise<{ notes?: Omit<Note, 'key'>[] }> {
  const notes = (await allNotes(db)).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return notes.length ? { notes: notes.map(exportedNote) } : {};
}

/**
 * Checks a file's notes section and lays it over the store (newer wins per target), all or nothing. Called
 * before the file's records are imported, so a bad note refuses the file before anything is written.
 */
export async function importNotesOfArchive(
  db: LensDatabase,
  section: unknown,
): Promise<{ added: number; updated: number; kept: number }> {
  try {
    const { added, updated, kept } = await importNotes(db, readNotesSection(section));
    return { added, updated, kept };
  } catch (error) {
    if (error instanceof NoteInputError) throw new MessageError('bad-request', error.message);
    throw error;
  }
}
