/**
 * Finding notes by what the reader types in the search box: every word of the query (split at spaces) must be
 * in the note's text or in what it is about, compared as search compares (traditional characters and
 * full-width forms read as the simplified, half-width ones). Notes are few and short, so a scan is enough.
 */
import { normalizeInput } from '../search/normalize';
import { markAll } from '../search/snippet';
import type { Segment } from '../search/types';
import { NOTE_LIMITS, type Note, type NoteTarget } from './types';

export interface NoteHit {
  target: NoteTarget;
  label: string;
  labelSegments: Segment[];
  /** A passage of the note around the first match, matches marked. */
  snippet: Segment[];
  updatedAt: string;
}

/** Characters shown around the first match. */
const PASSAGE = 80;

export function queryWords(query: string): string[] {
  return normalizeInput(query.slice(0, NOTE_LIMITS.query))
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

/**
 * Marks the words in `original` where its normalised form has them. Normalising keeps the length almost
 * always (one character for one); when it does not, the words are marked where they are written as typed.
 */
function marked(original: string, words: string[]): Segment[] {
  const normal = normalizeInput(original);
  if (normal.length !== original.length) return markAll(original, words);
  let at = 0;
  return markAll(normal, words).map((s) => {
    const piece = { text: original.slice(at, at + s.text.length), mark: s.mark };
    at += s.text.length;
    return piece;
  });
}

function passage(text: string, words: string[]): Segment[] {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  const normal = normalizeInput(flat);
  const first = Math.min(...words.map((w) => normal.indexOf(w)).filter((i) => i >= 0), flat.length);
  const start = first === flat.length ? 0 : Math.max(0, first - Math.floor(PASSAGE / 4));
  const end = Math.min(flat.length, start + PASSAGE);
  const out = marked(flat.slice(start, end), words);
  if (start > 0) out.unshift({ text: '…', mark: false });
  if (end < flat.length) out.push({ text: '…', mark: false });
  return out;
}

/** Notes matching every word of the query, the most recently edited first. */
export function searchNotes(
  notes: readonly Note[],
  query: string,
  limit: number = NOTE_LIMITS.results,
): NoteHit[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  return notes
    .filter((note) => {
      const haystack = normalizeInput(`${note.label}\n${note.text}`);
      return words.every((w) => haystack.includes(w));
    })
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.key < b.key ? -1 : 1))
    .slice(0, limit)
    .map((note) => ({
      target: note.target,
      label: note.label,
      labelSegments: marked(note.label, words),
      snippet: passage(note.text, words),
      updatedAt: note.updatedAt,
    }));
}
