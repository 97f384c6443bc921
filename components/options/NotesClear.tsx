import { useState } from 'preact/hooks';
import { askArchive } from '@/lib/shared/archive-client';
import { ErrorNote } from '../ui/Notes';
import { useAsync } from '../ui/useAsync';
import { FocusedButton } from './ExportReset';
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
  const [confirming, setConfirming] = useState(false);
  const count = useAsync(() => askArchive({ type: 'notes/count' }), [outcome.kind === 'cleared']);
  const notes = count.status === 'ready' ? count.value.count : null;

  const clear = async () => {
    setConfirming(false);
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
    <div class="ll-row ll-wrap ll-notes-clear">
      {!confirming ? (
        <button
          type="button"
          class="ll-button ll-danger"
          disabled={outcome.kind === 'busy' || !notes}
          onClick={() => setConfirming(true)}
        >
          {t.notesClearButton}
        </button>
      ) : (
        <div class="ll-confirm" role="alertdialog" aria-labelledby="ll-notes-clear-question">
          <p id="ll-notes-clear-question">{t.notesClearQuestion(notes ?? 0)}</p>
          <div class="ll-row">
            <FocusedButton class="ll-button ll-danger" onClick={() => void clear()}>
              {t.notesClearYes}
            </FocusedButton>
            <button type="button" class="ll-button" onClick={() => setConfirming(false)}>
              {t.importCancel}
            </button>
          </div>
        </div>
      )}
      {notes === 0 && !confirming && outcome.kind !== 'cleared' && (
        <span class="ll-muted ll-small">{t.notesClearNone}</span>
      )}
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
