/**
 * Notes read back from an exported archive meet the notes in the store: per target, the more recently edited
 * note is kept, so importing an export of this browser changes nothing and importing an older export never
 * overwrites newer writing.
 */
import type { Note } from './types';

export interface NotesMerge {
  /** Notes to write (new targets, and notes newer than the stored ones). */
  write: Note[];
  added: number;
  updated: number;
  /** Incoming notes the store already has as they are, or in a newer version. */
  kept: number;
}

export function mergeNotes(stored: readonly Note[], incoming: readonly Note[]): NotesMerge {
  const byKey = new Map(stored.map((n) => [n.key, n]));
  const merge: NotesMerge = { write: [], added: 0, updated: 0, kept: 0 };
  for (const note of incoming) {
    const own = byKey.get(note.key);
    if (!own) {
      merge.write.push(note);
      merge.added++;
    } else if (note.updatedAt > own.updatedAt) {
      merge.write.push({
        ...note,
        createdAt: own.createdAt < note.createdAt ? own.createdAt : note.createdAt,
      });
      merge.updated++;
    } else merge.kept++;
  }
  return merge;
}
