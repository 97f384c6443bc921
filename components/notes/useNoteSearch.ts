import { useEffect, useState } from 'preact/hooks';
import { NOTE_LIMITS } from '@/core/notes/types';
import type { NoteHit } from '@/lib/shared/archive-protocol';
import { askArchive } from '@/lib/shared/archive-client';

/** Notes shown among the results: a few, the most recently edited first. */
const NOTE_RESULTS = 5;
const DEBOUNCE_MS = 120;

/**
 * The reader's notes matching what is typed, beside the archive's results. Notes are the reader's own and need
 * no installed archive; a failure leaves them out (the archive's results still show).
 */
export function useNoteSearch(query: string): NoteHit[] {
  const [hits, setHits] = useState<NoteHit[]>([]);
  useEffect(() => {
    const q = query.trim().slice(0, NOTE_LIMITS.query);
    if (!q) {
      setHits([]);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      askArchive({ type: 'notes/search', query: q, limit: NOTE_RESULTS }).then(
        (reply) => current && setHits(reply.hits),
        () => current && setHits([]),
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);
  return hits;
}
