import { useEffect, useRef, useState } from 'preact/hooks';
import { NOTE_LIMITS, noteKey, type NoteTarget } from '@/core/notes/types';
import { cardMessages } from '../card/strings';
import { useNote } from './useNote';

/** Unsaved writing per target, so a card closed by a stray pointer (or a view left) gives it back. */
const drafts = new Map<string, string>();

type Mode = 'view' | 'edit' | 'confirm-delete';

/**
 * The reader's private note on one entity, post or article: shown, written, edited and deleted in place. Used
 * in the side panel and in the hover card, where it lives in the page's document: it acts only on the reader's
 * own (trusted) clicks and keys, never on events a page script made up. Ctrl/⌘+Enter saves, Escape cancels.
 */
export function NoteEditor({
  target,
  label,
  compact = false,
}: {
  target: NoteTarget;
  label: string;
  /** The hover card: no heading and no loading line until there is a note to show. */
  compact?: boolean;
}) {
  const t = cardMessages();
  const key = noteKey(target);
  const { state, save, remove, reload } = useNote(target);
  const [mode, setMode] = useState<Mode>(drafts.has(key) ? 'edit' : 'view');
  const [text, setText] = useState(drafts.get(key) ?? '');
  const [said, setSaid] = useState('');
  const [busy, setBusy] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const opener = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    setMode(drafts.has(key) ? 'edit' : 'view');
    setText(drafts.get(key) ?? '');
    setSaid('');
  }, [key]);
  useEffect(() => {
    if (mode === 'edit') area.current?.focus();
  }, [mode]);

  const note = state.status === 'ready' ? state.note : null;
  const trusted = (event: Event) => event.isTrusted;
  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await work();
      drafts.delete(key);
      setMode('view');
      setSaid(done);
      setTimeout(() => opener.current?.focus(), 0);
    } catch (error) {
      setSaid(t.noteFailed(error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: Event) => {
    if (!trusted(event) || busy || !text.trim()) return;
    void run(() => save(text, label), t.noteSaved);
  };
  const cancel = (event: Event) => {
    if (!trusted(event)) return;
    drafts.delete(key);
    setMode('view');
    setSaid('');
    setTimeout(() => opener.current?.focus(), 0);
  };

  return (
    <section class="ll-note" aria-label={t.noteOn(label)} data-note-state={state.status}>
      {(!compact || note || mode === 'edit') && <h3 class="ll-note-heading">{t.noteTitle}</h3>}
      {state.status === 'loading' && !compact && <p class="ll-note-muted">{t.cardLoading}</p>}
      {state.status === 'error' && (
        <p class="ll-note-muted">
          {t.loadFailed(state.message)}{' '}
          <button type="button" class="ll-note-link" onClick={(e) => trusted(e) && reload()}>
            {t.retry}
          </button>
        </p>
      )}
      {state.status === 'ready' && mode !== 'edit' && (
        <>
          {note && <p class="ll-note-text">{note.text}</p>}
          {note && <p class="ll-note-muted">{t.noteEdited(note.updatedAt.slice(0, 10))}</p>}
          <div class="ll-note-actions">
            {mode === 'confirm-delete' ? (
              <>
                <span>{t.noteDeleteAsk}</span>
                <button
                  type="button"
                  class="ll-note-button ll-note-danger"
                  disabled={busy}
                  onClick={(e) => trusted(e) && void run(remove, t.noteDeleted)}
                >
                  {t.noteDeleteYes}
                </button>
                <button type="button" class="ll-note-button" onClick={cancel}>
                  {t.noteCancel}
                </button>
              </>
            ) : (
              <>
                <button
                  ref={opener}
                  type="button"
                  class="ll-note-button"
                  onClick={(e) => {
                    if (!trusted(e)) return;
                    setText(drafts.get(key) ?? note?.text ?? '');
                    setSaid('');
                    setMode('edit');
                  }}
                >
                  {note ? t.noteEdit : t.noteAdd}
                </button>
                {note && (
                  <button
                    type="button"
                    class="ll-note-button"
                    onClick={(e) => trusted(e) && setMode('confirm-delete')}
                  >
                    {t.noteDelete}
                  </button>
                )}
              </>
            )}
          </div>
        </>
      )}
      {state.status === 'ready' && mode === 'edit' && (
        <div class="ll-note-form">
          <textarea
            ref={area}
            class="ll-note-area"
            aria-label={t.noteOn(label)}
            rows={4}
            maxLength={NOTE_LIMITS.text}
            value={text}
            onInput={(e) => {
              if (!trusted(e)) return;
              setText(e.currentTarget.value);
              drafts.set(key, e.currentTarget.value);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                submit(e);
              } else if (e.key === 'Escape') {
                e.preventDefault();
                cancel(e);
              }
            }}
          />
          <p class="ll-note-muted">
            {t.notePrivate} · {text.length} / {NOTE_LIMITS.text}
          </p>
          <div class="ll-note-actions">
            <button
              type="button"
              class="ll-note-button ll-note-primary"
              disabled={busy || !text.trim()}
              onClick={submit}
            >
              {t.noteSave}
            </button>
            <button type="button" class="ll-note-button" onClick={cancel}>
              {t.noteCancel}
            </button>
          </div>
        </div>
      )}
      <p class="ll-note-muted ll-note-said" role="status">
        {said}
      </p>
    </section>
  );
}
