/**
 * The search's state as plain data: the query and filters a reader set, the request they make, what to suggest
 * when nothing matches, and the guard that drops replies to superseded requests. No DOM, no browser: tested
 * as it is.
 */
import type { ArticleKind } from '@/core/types';
import { LIMITS, type SearchRequest } from '@/lib/archive/protocol';

export const ARTICLE_KINDS: readonly ArticleKind[] = ['news', 'feature', 'commentary', 'photo'];

export interface Filters {
  fromYear: number | null;
  toYear: number | null;
  kind: ArticleKind | null;
}

export const NO_FILTERS: Filters = { fromYear: null, toYear: null, kind: null };

/** Results asked for per search: a popup shows a screenful, the side panel a little more. */
export const RESULT_LIMIT = 20;

export function hasFilters(filters: Filters): boolean {
  return filters.fromYear !== null || filters.toYear !== null || filters.kind !== null;
}

/** What is sent for what was typed: outer spaces trimmed, inner runs collapsed, within the message limit. */
export function cleanQuery(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, LIMITS.query);
}

/** The request for a query and filters; a reversed year range is read the way it was meant. */
export function toSearchRequest(query: string, filters: Filters, limit = RESULT_LIMIT): SearchRequest {
  const request: SearchRequest = { query: cleanQuery(query), limit };
  let { fromYear, toYear } = filters;
  if (fromYear !== null && toYear !== null && fromYear > toYear) [fromYear, toYear] = [toYear, fromYear];
  if (fromYear !== null) request.from = `${String(fromYear).padStart(4, '0')}-01-01`;
  if (toYear !== null) request.to = `${String(toYear).padStart(4, '0')}-12-31`;
  if (filters.kind) request.kinds = [filters.kind];
  return request;
}

/** A stable key for a request: equal requests are not sent twice in a row. */
export function requestKey(request: SearchRequest): string {
  return JSON.stringify([
    request.query,
    request.from ?? '',
    request.to ?? '',
    request.kinds ?? [],
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
  if (/\p{Script=Han}/u.test(chars[0] ?? '')) return chars.slice(0, 2).join('');
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

/** Every year from the first to the last (YYYY-MM-DD or YYYY), newest first: the year filter's choices. */
export function yearsBetween(first: string | null, last: string | null): number[] {
  const a = Number(first?.slice(0, 4));
  const b = Number(last?.slice(0, 4));
  if (!Number.isInteger(a) || !Number.isInteger(b) || a <= 0 || b <= 0) return [];
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  const years: number[] = [];
  for (let y = hi; y >= lo; y--) years.push(y);
  return years;
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
