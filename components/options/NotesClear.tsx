import { useState } from 'preact/hooks';
import { askArchive } from '@/lib/shared/archive-client';
import { ErrorNote } from '../ui/Notes';
import { useAsync } from '../ui/useAsync';
import { ConfirmedAction } from './ConfirmedAction';
import { optionsMessages } from './strings';

type Outcome =
  | { kind: 'none' }
  | { kind: 'busy' }
  | { kind: 'cleared'; removed: number }
  | { kind: 'error'; message: string };

/**
 * Deletes every private note at once, after a confirmation that says how many and that an export keeps a copy.
 * The archive and the reader's additions are untouched; a single note is deleted where it is written.
 */
export function NotesClear() {
  const t = optionsMessages();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const count = useAsync(() => askArchive({ type: 'notes/count' }), [outcome.kind === 'cleared']);
  const notes = count.status === 'ready' ? count.value.count : null;

  const clear = async () => {
    setOutcome({ kind: 'busy' });
    try {
      const { removed } = await askArchive({ type: 'notes/clear' });
      setOutcome({ kind: 'cleared', removed });
    } catch (error) {
      setOutcome({
        kind: 'error',
        message: t.notesClearFailed(error instanceof Error ? error.message : String(error)),
      });
    }
  };

  return (
    <div class="ll-notes-clear">
      <ConfirmedAction
        id="ll-notes-clear"
        label={t.notesClearButton}
        question={t.notesClearQuestion(notes ?? 0)}
        yes={t.notesClearYes}
        cancel={t.importCancel}
        disabled={outcome.kind === 'busy' || !notes}
        nothing={notes === 0 && outcome.kind !== 'cleared' ? t.notesClearNone : undefined}
        onConfirm={() => void clear()}
      />
      <div aria-live="polite">
        {outcome.kind === 'busy' && (
          <p role="status" aria-busy="true">
            {t.notesClearing}
          </p>
        )}
        {outcome.kind === 'cleared' && <p role="status">{t.notesClearDone(outcome.removed)}</p>}
        {outcome.kind === 'error' && <ErrorNote message={outcome.message} />}
      </div>
    </div>
  );
}
