import { PRINTED_KINDS } from '@/core/article-kinds';
import type { SortOrder } from '@/core/search/types';
import type { ArticleKind } from '@/core/types';
import { articleKindName } from '../format';
import { messages } from '../i18n';
import { searchMessages } from './strings';
import { NamingFilter } from './NamingFilter';
import {
  changedFilters,
  dayOrNull,
  NO_FILTERS,
  SORT_ORDERS,
  type Filters as FilterState,
} from './search-state';
import type { ArchiveSpan } from './useArchiveSpan';
import './filters.css';

/**
 * Publication dates by day, article kind, entities every result names, and the order. Native date fields and
 * selects: keyboard and screen readers handle them as they are.
 */
export function Filters({
  filters,
  span,
  ready,
  onChange,
}: {
  filters: FilterState;
  span: ArchiveSpan | null;
  /** The archive answers (names can be looked up). */
  ready: boolean;
  onChange(filters: FilterState): void;
}) {
  const t = messages();
  const ts = searchMessages();
  const sortName: Record<SortOrder, string> = {
    relevance: ts.sortRelevance,
    date: t.sortNewest,
    oldest: t.sortOldest,
  };
  return (
    <fieldset class="ll-filters">
      <legend class="ll-visually-hidden">{t.filtersLabel}</legend>
      <label>
        <span class="ll-filter-label">{ts.filterFromDate}</span>
        <input
          type="date"
          name="from"
          min={span?.first}
          max={span?.last}
          value={filters.from ?? ''}
          onChange={(e) => onChange({ ...filters, from: dayOrNull(e.currentTarget.value) })}
        />
      </label>
      <label>
        <span class="ll-filter-label">{ts.filterToDate}</span>
        <input
          type="date"
          name="to"
          min={span?.first}
          max={span?.last}
          value={filters.to ?? ''}
          onChange={(e) => onChange({ ...filters, to: dayOrNull(e.currentTarget.value) })}
        />
      </label>
      <label>
        <span class="ll-filter-label">{t.filterKind}</span>
        <select
          name="kind"
          value={filters.kind ?? ''}
          onChange={(e) =>
            onChange({ ...filters, kind: (e.currentTarget.value || null) as ArticleKind | null })
          }
        >
          <option value="">{t.filterAnyKind}</option>
          {PRINTED_KINDS.map((k) => (
            <option key={k} value={k}>
              {articleKindName(k, t)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span class="ll-filter-label">{t.sortLabel}</span>
        <select
          name="sort"
          value={filters.sort}
          onChange={(e) => onChange({ ...filters, sort: e.currentTarget.value as SortOrder })}
        >
          {SORT_ORDERS.map((s) => (
            <option key={s} value={s}>
              {sortName[s]}
            </option>
          ))}
        </select>
      </label>
      <NamingFilter filters={filters} ready={ready} onChange={onChange} />
      {changedFilters(filters) && (
        <button type="button" class="ll-link-button ll-clear-filters" onClick={() => onChange(NO_FILTERS)}>
          {ts.resetFilters}
        </button>
      )}
    </fieldset>
  );
}
