import type { ArticleKind } from '@/core/types';
import { articleKindName } from '../format';
import { messages } from '../i18n';
import { ARTICLE_KINDS, hasFilters, NO_FILTERS, type Filters as FilterState } from './search-state';

/** Year range and article kind. Plain selects: keyboard and screen readers handle them as they are. */
export function Filters({
  filters,
  years,
  onChange,
}: {
  filters: FilterState;
  years: readonly number[];
  onChange(filters: FilterState): void;
}) {
  const t = messages();
  const year = (value: string): number | null => (value ? Number(value) : null);
  const yearOptions = (
    <>
      <option value="">{t.filterAnyYear}</option>
      {years.map((y) => (
        <option key={y} value={String(y)}>
          {y}
        </option>
      ))}
    </>
  );
  return (
    <fieldset class="ll-filters">
      <legend class="ll-visually-hidden">{t.filtersLabel}</legend>
      <label>
        <span class="ll-filter-label">{t.filterFrom}</span>
        <select
          name="from"
          value={filters.fromYear === null ? '' : String(filters.fromYear)}
          onChange={(e) => onChange({ ...filters, fromYear: year(e.currentTarget.value) })}
        >
          {yearOptions}
        </select>
      </label>
      <label>
        <span class="ll-filter-label">{t.filterTo}</span>
        <select
          name="to"
          value={filters.toYear === null ? '' : String(filters.toYear)}
          onChange={(e) => onChange({ ...filters, toYear: year(e.currentTarget.value) })}
        >
          {yearOptions}
        </select>
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
          {ARTICLE_KINDS.map((k) => (
            <option key={k} value={k}>
              {articleKindName(k, t)}
            </option>
          ))}
        </select>
      </label>
      {hasFilters(filters) && (
        <button type="button" class="ll-link-button ll-clear-filters" onClick={() => onChange(NO_FILTERS)}>
          {t.clearFilters}
        </button>
      )}
    </fieldset>
  );
}
