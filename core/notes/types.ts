/**
 * The reader's private notes: one note per thing it is about (a person or other entity, a post, an article).
 * Kept in the reader's own store, never in the archive's generations, and exported with the archive.
 */

export const NOTE_TARGET_KINDS = ['entity', 'post', 'article'] as const;
export type NoteTargetKind = (typeof NOTE_TARGET_KINDS)[number];

/** What a note is about. `id` is the archive's id (entity, article) or the post's id, kept as given. */
export interface NoteTarget {
  kind: NoteTargetKind;
  id: string;
}

export interface Note {
  /** `<kind>|<id>`: one note per target. */
  key: string;
  target: NoteTarget;
  /** What the reader saw when writing it (the name, the headline, the post), shown where the target is not. */
  label: string;
  text: string;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
}

/** Sizes a note may have; longer input is refused with a reason, never cut. */
export const NOTE_LIMITS = {
  text: 10_000,
  label: 200,
  id: 200,
  /** Notes in the store (and in an exported file). */
  count: 10_000,
  query: 200,
  results: 50,
} as const;

export function noteKey(target: NoteTarget): string {
  return `${target.kind}|${target.id}`;
}
