/**
 * The reader's notes in their own store. No archive install, update, repair or reset of additions touches it;
 * only the reader deletes a note (one at a time, or every note when asked).
 */
import {
  mergeNotes,
  NOTE_LIMITS,
  NoteInputError,
  noteKey,
  type Note,
  type NotesMerge,
  type NoteTarget,
} from '@/core/notes';
import type { LensDatabase } from './db';

export async function getNote(db: LensDatabase, target: NoteTarget): Promise<Note | null> {
  return (await db.get('notes', noteKey(target))) ?? null;
}

export async function allNotes(db: LensDatabase): Promise<Note[]> {
  return db.getAll('notes');
}

/** Writes a note (new or edited), keeping when it was first written. Refuses a new one past the count limit. */
export async function saveNote(
  db: LensDatabase,
  input: { target: NoteTarget; label: string; text: string },
  now = new Date(),
): Promise<Note> {
  const tx = db.transaction('notes', 'readwrite');
  const key = noteKey(input.target);
  const stored = await tx.store.get(key);
  if (!stored && (await tx.store.count()) >= NOTE_LIMITS.count) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new NoteInputError(`There are already ${NOTE_LIMITS.count} notes: delete some first`);
  }
  const at = now.toISOString();
  const note: Note = {
    key,
    target: input.target,
    label: input.label || stored?.label || input.target.id,
    text: input.text,
    createdAt: stored?.createdAt ?? at,
    updatedAt: at,
  };
  await tx.store.put(note);
  await tx.done;
  return note;
}

export async function deleteNote(db: LensDatabase, target: NoteTarget): Promise<boolean> {
  const tx = db.transaction('notes', 'readwrite');
  const key = noteKey(target);
  const found = (await tx.store.getKey(key)) !== undefined;
  if (found) await tx.store.delete(key);
  await tx.done;
  return found;
}

/** Deletes every note in one transaction; the number deleted. Nothing else in the database is touched. */
export async function clearNotes(db: LensDatabase): Promise<number> {
  const tx = db.transaction('notes', 'readwrite');
  const count = await tx.store.count();
  await tx.store.clear();
  await tx.done;
  return count;
}

/** Lays notes read from a file over the store (newer wins per target), in one transaction: all or nothing. */
export async function importNotes(db: LensDatabase, incoming: readonly Note[]): Promise<NotesMerge> {
  const tx = db.transaction('notes', 'readwrite');
  const merge = mergeNotes(await tx.store.getAll(), incoming);
  if ((await tx.store.count()) + merge.added > NOTE_LIMITS.count) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new NoteInputError(
      `The file's ${merge.added} new notes would make more than ${NOTE_LIMITS.count}: nothing was imported`,
    );
  }
  await Promise.all(merge.write.map((note) => tx.store.put(note)));
  await tx.done;
  return merge;
}
