import { useEffect, useRef, useState } from 'preact/hooks';
import { askArchive } from '@/lib/shared/archive-client';
import {
  LIMITS,
  type EntitySummary,
  type SearchRequest,
  type SearchResult,
} from '@/lib/shared/archive-protocol';
import { hasFilters, Latest, requestKey, toSearchRequest, type Filters } from './search-state';

/**
 * Typing pauses shorter than this do not search: one request per burst of keys. Short, because an input method
 * commits a whole word at once and the reader waits from then on; a reply to a superseded request is dropped.
 */
export const DEBOUNCE_MS = 60;
/** While the background's word segmenter warms up, answers are rougher: ask again this often, a few times. */
const REFINE_MS = 700;
const MAX_REFINES = 6;
const ENTITY_LIMIT = 5;

export interface SearchResults {
  request: SearchRequest;
  entities: EntitySummary[];
  articles: SearchResult;
  /** performance.now() when the results arrived. */
  at: number;
}

export type SearchStatus =
  | { state: 'idle' }
  | { state: 'loading'; previous: SearchResults | null }
  | { state: 'ready'; results: SearchResults; refining: boolean }
  | { state: 'error'; message: string };

function previousOf(status: SearchStatus): SearchResults | null {
  if (status.state === 'ready') return status.results;
  if (status.state === 'loading') return status.previous;
  return null;
}

/**
 * Searches as the reader types: articles (archive/search) and entities by name (archive/entity) together,
 * after a short pause in the typing. Replies to superseded requests are dropped. Waits for `ready` (the
 * archive installed) and runs the pending search as soon as it is.
 */
export function useSearch(query: string, filters: Filters, ready: boolean, limit?: number) {
  const latest = useRef(new Latest());
  const [status, setStatus] = useState<SearchStatus>({ state: 'idle' });
  const [attempt, setAttempt] = useState(0);
  const request = toSearchRequest(query, filters, limit);
  const key = requestKey(request);

  useEffect(() => {
    const token = latest.current.begin();
    if (!request.query && !hasFilters(filters)) {
      setStatus({ state: 'idle' });
      return;
    }
    setStatus((s) => ({ state: 'loading', previous: previousOf(s) }));
    if (!ready) return;
    let refine: ReturnType<typeof setTimeout> | undefined;
    const run = async (round: number) => {
      try {
        const [articles, entities] = await Promise.all([
          askArchive({ type: 'archive/search', ...request }),
          request.query
            ? askArchive({
                type: 'archive/entity',
                name: request.query.slice(0, LIMITS.name),
                limit: ENTITY_LIMIT,
              })
                .then((r) => r.entities)
                .catch((): EntitySummary[] => []) // names are a bonus: articles still show without them
            : Promise.resolve([]),
        ]);
        if (!latest.current.isCurrent(token)) return;
        const refining = articles.tokenizer === 'quick' && round < MAX_REFINES;
        setStatus({
          state: 'ready',
          results: { request, entities, articles, at: performance.now() },
          refining,
        });
        if (refining) refine = setTimeout(() => void run(round + 1), REFINE_MS);
      } catch (error) {
        if (!latest.current.isCurrent(token)) return;
        setStatus({ state: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    };
    const debounce = setTimeout(() => void run(0), DEBOUNCE_MS);
    return () => {
      clearTimeout(debounce);
      clearTimeout(refine);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `request` and `filters` (new objects each render, same search)
  }, [key, ready, attempt]);

  useEffect(() => () => latest.current.cancel(), []);

  return { status, retry: () => setAttempt((n) => n + 1) };
}
