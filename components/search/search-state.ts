/**
 * The search's state as plain data: the query and filters a reader set, the request they make, what to suggest
 * when nothing matches, and the guard that drops replies to superseded requests. No DOM, no browser: tested
 * as it is.
 */
import { PRINTED_KINDS } from '@/core/article-kinds';
import { isHan } from '@/core/han';
import type { SortOrder } from '@/core/search/types';
import type { ArticleKind } from '@/core/types';
import { LIMITS, type SearchRequest } from '@/lib/shared/archive-protocol';

export const SORT_ORDERS: readonly SortOrder[] = ['relevance', 'date', 'oldest'];

/** An entity every result must name, with the name the reader chose it by. */
export interface NamedEntity {
  id: string;
  name: string;
}

export interface Filters {
  /** Publication dates, YYYY-MM-DD, inclusive; null leaves that end open. */
  from: string | null;
  to: string | null;
  kind: ArticleKind | null;
  /** "Articles naming both X and Y": every one of them, and the words typed. */
  entities: NamedEntity[];
  sort: SortOrder;
}

export const NO_FILTERS: Filters = { from: null, to: null, kind: null, entities: [], sort: 'relevance' };

/** Entities the results may be required to name at once. */
export const MAX_NAMED = 4;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Results asked for per search: a popup shows a screenful, the side panel a little more. */
export const RESULT_LIMIT = 20;

/** Whether anything narrows the results (the order alone does not). */
export function hasFilters(filters: Filters): boolean {
  return filters.from !== null || filters.to !== null || filters.kind !== null || filters.entities.length > 0;
}

/** Whether anything differs from the defaults: what "reset filters" would undo. */
export function changedFilters(filters: Filters): boolean {
  return hasFilters(filters) || filters.sort !== NO_FILTERS.sort;
}

/** A day as typed into a date field: YYYY-MM-DD of a real date, or null. */
export function dayOrNull(value: unknown): string | null {
  if (typeof value !== 'string' || !DAY.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? value : null;
}

/** Adds an entity to those every result must name (once, and at most MAX_NAMED). */
export function withEntity(filters: Filters, entity: NamedEntity): Filters {
  if (filters.entities.some((e) => e.id === entity.id) || filters.entities.length >= MAX_NAMED)
    return filters;
  return { ...filters, entities: [...filters.entities, entity] };
}

/**
 * Filters read back from extension storage, where anything may have been left (an older release, another
 * shape): every field that is not what it should be falls back to its default, one by one.
 */
export function readStoredFilters(value: unknown): Filters {
  if (typeof value !== 'object' || value === null) return NO_FILTERS;
  const raw = value as Record<string, unknown>;
  const entities = Array.isArray(raw.entities)
    ? raw.entities.filter(
        (e): e is NamedEntity =>
          typeof e === 'object' &&
          e !== null &&
          typeof (e as NamedEntity).id === 'string' &&
          typeof (e as NamedEntity).name === 'string' &&
          (e as NamedEntity).id.length > 0 &&
          (e as NamedEntity).id.length <= LIMITS.id &&
          (e as NamedEntity).name.length <= LIMITS.name,
      )
    : [];
  return {
    from: dayOrNull(raw.from),
    to: dayOrNull(raw.to),
    kind: PRINTED_KINDS.includes(raw.kind as ArticleKind) ? (raw.kind as ArticleKind) : null,
    entities: entities.slice(0, MAX_NAMED).map(({ id, name }) => ({ id, name })),
    sort: SORT_ORDERS.includes(raw.sort as SortOrder) ? (raw.sort as SortOrder) : NO_FILTERS.sort,
  };
}

/** What is sent for what was typed: outer spaces trimmed, inner runs collapsed, within the message limit. */
export function cleanQuery(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, LIMITS.query);
}

/** The request for a query and filters; a reversed date range is read the way it was meant. */
export function toSearchRequest(query: string, filters: Filters, limit = RESULT_LIMIT): SearchRequest {
  const request: SearchRequest = { query: cleanQuery(query), limit };
  let { from, to } = filters;
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  if (from !== null) request.from = from;
  if (to !== null) request.to = to;
  if (filters.kind) request.kinds = [filters.kind];
  if (filters.entities.length) request.entities = filters.entities.map((e) => e.id);
  if (filters.sort !== 'relevance') request.sort = filters.sort;
  return request;
}

/** A stable key for a request: equal requests are not sent twice in a row. */
export function requestKey(request: SearchRequest): string {
  return JSON.stringify([
    request.query,
    request.from ?? '',
    request.to ?? '',
    request.kinds ?? [],
    request.entities ?? [],
    request.sort ?? '',
    request.limit,
  ]);
}

/**
 * A shorter query to suggest when nothing matched: without the last word, or the first two characters of a
 * single Chinese word (most Chinese words are two characters long). Null when there is nothing shorter.
 */
export function shorterQuery(query: string): string | null {
  const clean = cleanQuery(query);
  const words = clean.split(' ');
  if (words.length > 1) return words.slice(0, -1).join(' ');
  const chars = [...clean];
  if (chars.length <= 2) return null;
  if (isHan(chars[0])) return chars.slice(0, 2).join('');
  return chars.slice(0, Math.ceil(chars.length / 2)).join('');
}

export type Suggestion = { kind: 'shorter'; query: string } | { kind: 'clear-filters' } | { kind: 'names' };

/** What to offer under "no results": the filters first (the likeliest cause), then a shorter query, then names. */
export function emptySuggestions(query: string, filters: Filters): Suggestion[] {
  const out: Suggestion[] = [];
  if (hasFilters(filters)) out.push({ kind: 'clear-filters' });
  const shorter = shorterQuery(query);
  if (shorter) out.push({ kind: 'shorter', query: shorter });
  out.push({ kind: 'names' });
  return out;
}

/**
 * Numbers requests so that only the latest one's reply is used: a reply to an older request that arrives
 * late (a slow first search while jieba warms up, say) must not replace newer results.
 */
export class Latest {
  private current = 0;

  begin(): number {
    return ++this.current;
  }

  isCurrent(token: number): boolean {
    return token === this.current;
  }

  /** Makes every request begun so far stale (the component went away, or the query was cleared). */
  cancel(): void {
    this.current++;
  }
}
