import { useState } from 'preact/hooks';
import { askArchive } from '@/lib/shared/archive-client';
import type { UserAddition } from '@/lib/shared/archive-protocol';
import { EmptyState, ErrorNote, Skeleton } from '../ui/Notes';
import type { AsyncState } from '../ui/useAsync';
import { optionsMessages } from './strings';

/** The reader's own additions (imported pages, saved articles), newest first, each removable. */
export function AdditionsList({
  state,
  onChanged,
}: {
  state: AsyncState<UserAddition[]> & { reload(): void };
  onChanged: () => void;
}) {
  const t = optionsMessages();
  const [removing, setRemoving] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const remove = async (addition: UserAddition) => {
    setRemoving(addition.id);
    setError(null);
    try {
      await askArchive({ type: 'archive/remove-addition', id: addition.id });
      onChanged();
    } catch (e) {
      setError(t.removeFailed(addition.label, e instanceof Error ? e.message : String(e)));
    } finally {
      setRemoving(null);
    }
  };

  return (
    <section aria-labelledby="ll-additions-title" class="ll-additions">
      <h3 id="ll-additions-title">{t.additionsTitle}</h3>
      {state.status === 'loading' && <Skeleton lines={2} />}
      {state.status === 'error' && <ErrorNote message={t.loadFailed(state.message)} onRetry={state.reload} />}
      {state.status === 'ready' &&
        (state.value.length === 0 ? (
          <EmptyState title={t.additionsEmpty} />
        ) : (
          <ul class="ll-additions-list">
            {[...state.value]
              .sort((a, b) => b.addedAt.localeCompare(a.addedAt))
              .map((addition) => (
                <li key={addition.id} data-kind={addition.kind}>
                  <div>
                    <span class="ll-addition-label">
                      {addition.url ? (
                        <a href={addition.url} target="_blank" rel="noreferrer noopener">
                          {addition.label}
                        </a>
                      ) : (
                        addition.label
                      )}
                    </span>
                    <span class="ll-row-meta ll-small">
                      <span class="ll-article-kind">
                        {addition.kind === 'page' ? t.additionPage : t.kindSaved}
                      </span>
                      {addition.date && <span>{addition.date}</span>}
                      <span>{t.articleCount(addition.articles.length)}</span>
                      <span class="ll-muted">{t.additionAdded(addition.addedAt.slice(0, 10))}</span>
                    </span>
                  </div>
                  <button
                    type="button"
                    class="ll-button"
                    aria-label={t.removeAddition(addition.label)}
                    title={t.removeAddition(addition.label)}
                    disabled={removing !== null}
                    aria-busy={removing === addition.id}
                    onClick={() => void remove(addition)}
                  >
                    {removing === addition.id ? t.removing : t.remove}
                  </button>
                </li>
              ))}
          </ul>
        ))}
      {error && <ErrorNote message={error} />}
    </section>
  );
}
