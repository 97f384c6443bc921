import { useEffect, useState } from 'preact/hooks';
import type { Note, NoteTarget } from '@/core/notes/types';
import { askArchive } from '@/lib/shared/archive-client';

export type NoteState =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; note: Note | null };

/**
 * The reader's note on one target, read from the background (the card's content script never opens the
 * database itself), with save and delete that update what is shown once the background has stored it.
 */
export function useNote(target: NoteTarget) {
  const [state, setState] = useState<NoteState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    askArchive({ type: 'notes/get', target }).then(
      ({ note }) => current && setState({ status: 'ready', note }),
      (error: unknown) =>
        current &&
        setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the target's kind and id are the note's identity; a new object with the same ones must not reload it
  }, [target.kind, target.id, attempt]);
  return {
    state,
    reload: () => setAttempt((n) => n + 1),
    async save(text: string, label: string): Promise<Note> {
      const { note } = await askArchive({ type: 'notes/save', target, label, text });
      setState({ status: 'ready', note });
      return note;
    },
    async remove(): Promise<void> {
      await askArchive({ type: 'notes/delete', target });
      setState({ status: 'ready', note: null });
    },
  };
}
