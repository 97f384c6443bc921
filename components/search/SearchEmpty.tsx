import { messages } from '../i18n';
import { EmptyState } from '../ui/Notes';
import { emptySuggestions, hasFilters, type Filters } from './search-state';

/**
 * "No results for …" with what to try, each a button that does it. `namesFound`: people or places matched
 * (they are listed above), only articles are missing.
 */
export function SearchEmpty({
  query,
  filters,
  namesFound,
  onQuery,
  onClearFilters,
}: {
  query: string;
  filters: Filters;
  namesFound: boolean;
  onQuery(query: string): void;
  onClearFilters(): void;
}) {
  const t = messages();
  const filtered = hasFilters(filters);
  const title = namesFound
    ? filtered
      ? t.noArticlesFiltered(query)
      : t.noArticles(query)
    : filtered
      ? t.noResultsFiltered(query)
      : t.noResults(query);
  return (
    <EmptyState title={title}>
      <p class="ll-muted">{t.tryLabel}</p>
      <ul class="ll-suggestions">
        {emptySuggestions(query, filters).map((s) => (
          <li key={s.kind}>
            {s.kind === 'clear-filters' && (
              <button type="button" class="ll-link-button" onClick={onClearFilters}>
                {t.tryWithoutFilters}
              </button>
            )}
            {s.kind === 'shorter' && (
              <button type="button" class="ll-link-button" onClick={() => onQuery(s.query)}>
                {t.tryShorter(s.query)}
              </button>
            )}
            {s.kind === 'names' && <span>{t.tryNames}</span>}
          </li>
        ))}
      </ul>
    </EmptyState>
  );
}
