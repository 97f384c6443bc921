import { useEffect, useState } from 'preact/hooks';
import type { OpenTarget } from '../panel/routes';
import { articleKindName, entityKindName, postSummary, type PostLike } from '../format';
import { messages } from '../i18n';
import { searchMessages } from './strings';
import { ArchiveGate } from '../archive/ArchiveGate';
import { useArchiveReady } from '../archive/ArchiveStatus';
import { ErrorNote, Skeleton } from '../ui/Notes';
import { noteOpenTarget } from '../notes/note-target';
import { NoteRow, noteRowLabel } from '../notes/NoteRow';
import { useNoteSearch } from '../notes/useNoteSearch';
import { enterTarget, keepActive, moveActive, type ListKey } from './listbox';
import { Filters } from './Filters';
import { SearchBox } from './SearchBox';
import { ResultList, type ResultGroup } from './ResultList';
import { ArticleRow, EntityRow } from './ResultRows';
import { SearchEmpty } from './SearchEmpty';
import { SearchExports } from '../cite/SearchExports';
import { CoverageLine } from '../posts/CoverageLine';
import { PostAnswer } from '../posts/PostAnswer';
import { cleanQuery, NO_FILTERS } from './search-state';
import { useArchiveSpan } from './useArchiveSpan';
import { useLatestPosts } from './useLatestPosts';
import { useRememberedFilters } from './useRememberedFilters';
import { useSearch, type SearchResults } from './useSearch';
import type { NoteHit } from '@/lib/shared/archive-protocol';

interface Props {
  /** Distinguishes the ids of two search views' lists (popup, side panel). */
  idPrefix: string;
  initialQuery?: string;
  hint: string;
  autoFocus?: boolean;
  onOpen(target: OpenTarget): void;
  onQueryChange?(query: string): void;
}

type Messages = ReturnType<typeof messages>;

/** A result option and what opening it shows. */
type Option = ResultGroup['options'][number] & { target: OpenTarget };

/** Names, the reader's notes, then articles: the groups of the list, in the order ↑/↓ walks them. */
function resultGroups(
  results: SearchResults | null,
  notes: readonly NoteHit[],
  posts: ReadonlyMap<string, PostLike | null>,
  t: Messages,
  ts: ReturnType<typeof searchMessages>,
): (ResultGroup & { options: Option[] })[] {
  if (!results) return [];
  return [
    {
      id: 'entities',
      label: t.resultsEntities,
      options: results.entities.map((e) => {
        const post = posts.get(e.id);
        return {
          key: `e:${e.id}`,
          target: { kind: 'entity', entity: e.id } as const,
          label: [
            e.name,
            entityKindName(e.kind, t),
            post ? postSummary(post) : '',
            t.articleCount(e.articles),
          ]
            .filter(Boolean)
            .join(', '),
          content: <EntityRow entity={e} post={post} />,
        };
      }),
    },
    {
      id: 'notes',
      label: ts.resultsNotes,
      options: notes.map((n) => ({
        key: `n:${n.target.kind}|${n.target.id}`,
        target: noteOpenTarget(n.target),
        label: noteRowLabel(n),
        content: <NoteRow hit={n} />,
      })),
    },
    {
      id: 'articles',
      label: t.resultsArticles(results.articles.hits.length, results.articles.total),
      options: results.articles.hits.map((h) => ({
        key: `a:${h.id}`,
        target: { kind: 'article', id: h.id } as const,
        label: `${h.title}, ${h.date}, ${articleKindName(h.kind, t)}`,
        content: <ArticleRow hit={h} />,
      })),
    },
  ];
}

/**
 * The active option: the same item stays active when new results still hold it. The index is derived from the
 * key on every render, not set by an effect: an effect queued by the results' render runs after paint and would
 * undo a key the reader pressed in between.
 */
function useActiveOption(options: readonly Option[]) {
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const active = keepActive(
    activeKey,
    options.map((o) => o.key),
  );
  // An item gone from the results stays gone: it does not come back as active if a later search shows it again.
  // The functional update leaves a key chosen since this render alone.
  const lost = activeKey !== null && active < 0 ? activeKey : null;
  useEffect(() => {
    if (lost !== null) setActiveKey((key) => (key === lost ? null : key));
  }, [lost]);
  const select = (i: number) => setActiveKey(options[i]?.key ?? null);
  return { active, select };
}

/**
 * Search as you type, shared by the popup and the side panel: the box, the filters, then names and articles
 * in one keyboard-driven list. What opening a result does is the caller's (`onOpen`).
 */
export function SearchView({ idPrefix, initialQuery = '', hint, autoFocus, onOpen, onQueryChange }: Props) {
  const t = messages();
  const ts = searchMessages();
  const ready = useArchiveReady();
  const [query, setQuery] = useState(initialQuery);
  const { filters, setFilters, restored } = useRememberedFilters();
  const span = useArchiveSpan(ready);
  const { status, retry } = useSearch(query, filters, ready && restored);
  const notes = useNoteSearch(cleanQuery(query));

  // The URL (back, forward, a new deep link) may change the query under a mounted view.
  useEffect(() => setQuery(initialQuery), [initialQuery]);

  const results =
    status.state === 'ready' ? status.results : status.state === 'loading' ? status.previous : null;
  // the reader's notes show with the archive's results they were typed beside
  const shownNotes = results?.request.query ? notes : [];
  const posts = useLatestPosts(results?.entities ?? []);
  const groups = resultGroups(results, shownNotes, posts, t, ts);
  const options = groups.flatMap((group) => group.options);
  const { active, select } = useActiveOption(options);

  const listId = `${idPrefix}-results`;
  const boxId = `${idPrefix}-q`;
  // Buttons that change the search (a suggestion, "clear filters") disappear when used: focus goes back to the box.
  const focusBox = () => document.getElementById(boxId)?.focus();
  const optionId = (i: number) => `${idPrefix}-opt-${i}`;
  const open = (i: number) => {
    const option = options[i];
    if (option) onOpen(option.target);
  };
  const changeQuery = (next: string) => {
    setQuery(next);
    onQueryChange?.(next);
  };

  const shownQuery = cleanQuery(query);
  const nothing = results !== null && options.length === 0 && status.state === 'ready';
  const noArticles = results !== null && results.articles.total === 0 && status.state === 'ready';
  const announcement =
    status.state === 'ready' ? (nothing ? t.noResults(shownQuery) : t.resultsCount(options.length)) : '';

  return (
    <div class="ll-search" data-filters={restored ? 'restored' : 'pending'}>
      <SearchBox
        id={boxId}
        query={query}
        onQuery={changeQuery}
        listId={listId}
        activeId={active >= 0 ? optionId(active) : null}
        expanded={options.length > 0}
        onMove={(key: ListKey) => select(moveActive(active, options.length, key))}
        onEnter={() => open(enterTarget(active, options.length))}
        autoFocus={autoFocus}
      />
      <Filters
        filters={filters}
        span={span}
        ready={ready}
        onChange={(next) => {
          setFilters(next);
          if (next === NO_FILTERS) focusBox();
        }}
      />
      <p class="ll-visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {/* data-* say which query is on screen and whether it is final: tests and the demo wait on them. */}
      <div class="ll-search-body" data-state={status.state} data-query={results?.request.query}>
        {status.state === 'idle' && <p class="ll-muted ll-hint">{hint}</p>}
        {status.state !== 'idle' && (
          <ArchiveGate waiting={t.archiveWaiting}>
            {status.state === 'error' && (
              <ErrorNote message={t.searchFailed(status.message)} onRetry={retry} />
            )}
            <PostAnswer query={shownQuery} onOpen={onOpen} />
            {status.state === 'loading' && !results && <Skeleton lines={4} label={t.searching} />}
            {results && options.length > 0 && (
              <>
                {status.state === 'ready' && status.refining && (
                  <p class="ll-muted ll-small ll-refining">{t.refining}</p>
                )}
                <ResultList
                  id={listId}
                  label={t.popupTitle}
                  groups={groups}
                  active={active}
                  optionId={optionId}
                  onOpen={open}
                  busy={status.state === 'loading'}
                />
                <SearchExports results={results} activeKey={options[active]?.key ?? null} />
              </>
            )}
            {noArticles && (
              <SearchEmpty
                query={shownQuery}
                filters={filters}
                namesFound={!nothing}
                onQuery={(q) => {
                  changeQuery(q);
                  focusBox();
                }}
                onClearFilters={() => {
                  setFilters(NO_FILTERS);
                  focusBox();
                }}
              />
            )}
            <CoverageLine />
          </ArchiveGate>
        )}
      </div>
    </div>
  );
}
