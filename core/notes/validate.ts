/**
 * Checks of notes as they arrive: from a message (the card, the side panel) or from an exported file. Every
 * problem is a sentence naming the field, so a refused note or file says why.
 */
import { NOTE_LIMITS, NOTE_TARGET_KINDS, noteKey, type Note, type NoteTarget } from './types';

export class NoteInputError extends Error {}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

function text(raw: Record<string, unknown>, key: string, max: number, what: string): string {
  const value = raw[key];
  if (typeof value !== 'string') throw new NoteInputError(`${what}: "${key}" must be a string`);
  if (value.length > max) throw new NoteInputError(`${what}: "${key}" is longer than ${max} characters`);
  return value;
}

function object(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new NoteInputError(`${what} must be an object`);
  return value as Record<string, unknown>;
}

export function readTarget(value: unknown, what = 'The note'): NoteTarget {
  const raw = object(value, `${what}'s "target"`);
  const kind = raw['kind'];
  if (typeof kind !== 'string' || !(NOTE_TARGET_KINDS as readonly string[]).includes(kind))
    throw new NoteInputError(`${what}: "target.kind" must be one of ${NOTE_TARGET_KINDS.join(', ')}`);
  const id = text(raw, 'id', NOTE_LIMITS.id, `${what}'s target`).trim();
  if (!id) throw new NoteInputError(`${what}: "target.id" is empty`);
  return { kind: kind as NoteTarget['kind'], id };
}

/** The text of a note to save: not blank, within the limit (a blank note is a deletion, asked for as one). */
export function readNoteText(raw: Record<string, unknown>, what = 'The note'): string {
  const value = text(raw, 'text', NOTE_LIMITS.text, what);
  if (!value.trim()) throw new NoteInputError(`${what} is empty`);
  return value;
}

export function readLabel(raw: Record<string, unknown>, what = 'The note'): string {
  return text(raw, 'label', NOTE_LIMITS.label, what).trim();
}

function time(raw: Record<string, unknown>, key: string, what: string): string {
  const value = text(raw, key, 30, what);
  if (!ISO_TIME.test(value) || Number.isNaN(Date.parse(value)))
    throw new NoteInputError(`${what}: "${key}" must be an ISO time (2024-05-01T08:00:00.000Z)`);
  return value;
}

/** One note as exported (docs/archive-format.md, "Notes"). */
export function readNote(value: unknown, what: string): Note {
  const raw = object(value, what);
  const target = readTarget(raw['target'], what);
  const createdAt = time(raw, 'createdAt', what);
  const updatedAt = time(raw, 'updatedAt', what);
  if (updatedAt < createdAt) throw new NoteInputError(`${what}: "updatedAt" is before "createdAt"`);
  return {
    key: noteKey(target),
    target,
    label: readLabel(raw, what),
    text: readNoteText(raw, what),
    createdAt,
    updatedAt,
  };
}

/**
 * The `notes` section of an exported archive: absent is no notes; anything else must be a list of at most
 * NOTE_LIMITS.count valid notes, at most one per target. Throws NoteInputError naming the first bad note.
 */
export function readNotesSection(value: unknown): Note[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new NoteInputError('The file\'s "notes" must be a list');
  if (value.length > NOTE_LIMITS.count)
    throw new NoteInputError(`The file has ${value.length} notes; at most ${NOTE_LIMITS.count} are read`);
  const seen = new Set<string>();
  return value.map((item, i) => {
    const note = readNote(item, `Note ${i + 1}`);
    if (seen.has(note.key))
      throw new NoteInputError(`Note ${i + 1} is a second note on ${note.target.kind} "${note.target.id}"`);
    seen.add(note.key);
    return note;
  });
}

/** A note as written into an export: its fields in a fixed order, without the store's key. */
export function exportedNote(note: Note): Omit<Note, 'key'> {
  const { target, label, text: body, createdAt, updatedAt } = note;
  return { target: { kind: target.kind, id: target.id }, label, text: body, createdAt, updatedAt };
}
