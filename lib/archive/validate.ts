/**
 * Validators of archive requests. Every field is checked for type and size; anything else in a message is
 * ignored. Each returns the typed request or a reason (the router answers 'bad-request' with it).
 */
import type { SearchRequest, SortOrder } from '@/core/search';
import { ARTICLE_KINDS } from '@/core/article-kinds';
import type { ArticleKind } from '@/core/types';
import { InvalidField, int, str, validating } from '../messages/validate';
import { LIMITS, type RelatedRequest } from './protocol';

const KINDS: readonly ArticleKind[] = ARTICLE_KINDS;
const SORTS: readonly SortOrder[] = ['relevance', 'date', 'oldest'];

function date(raw: Record<string, unknown>, key: string): string | undefined {
  const value = str(raw, key, { max: 10, optional: true });
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InvalidField(`"${key}" must be a date YYYY-MM-DD`);
  return value;
}

function list<T extends string>(
  raw: Record<string, unknown>,
  key: string,
  opts: { maxItems: number; maxLength: number; allowed?: readonly T[] },
): T[] | undefined {
  const value = raw[key];
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new InvalidField(`"${key}" must be a list of strings`);
  if (value.length > opts.maxItems) throw new InvalidField(`"${key}" has more than ${opts.maxItems} items`);
  for (const item of value) {
    if (typeof item !== 'string' || item.length === 0)
      throw new InvalidField(`"${key}" must be a list of strings`);
    if (item.length > opts.maxLength)
      throw new InvalidField(`"${key}" has an item longer than ${opts.maxLength}`);
    if (opts.allowed && !opts.allowed.includes(item as T)) {
      throw new InvalidField(`"${key}" items must be one of ${opts.allowed.join(', ')}`);
    }
  }
  return value as T[];
}

export function validateStatus(): Record<never, never> {
  return {};
}

export function validateSearch(raw: Record<string, unknown>): SearchRequest | string {
  return validating(() => {
    const sort = str(raw, 'sort', { max: 10, optional: true });
    if (sort !== undefined && !(SORTS as readonly string[]).includes(sort)) {
      throw new InvalidField(`"sort" must be one of ${SORTS.join(', ')}`);
    }
    const from = date(raw, 'from');
    const to = date(raw, 'to');
    if (from && to && from > to) throw new InvalidField('"from" is after "to"');
    return {
      query: str(raw, 'query', { max: LIMITS.query }),
      limit: int(raw, 'limit', { min: 1, max: LIMITS.results, optional: true }),
      offset: int(raw, 'offset', { min: 0, max: LIMITS.offset, optional: true }),
      from,
      to,
      entities: list(raw, 'entities', { maxItems: LIMITS.entities, maxLength: LIMITS.id }),
      kinds: list(raw, 'kinds', { maxItems: KINDS.length, maxLength: 12, allowed: KINDS }),
      sort: sort as SortOrder | undefined,
    };
  });
}

export function validateEntity(raw: Record<string, unknown>): { name: string; limit?: number } | string {
  return validating(() => ({
    name: str(raw, 'name', { max: LIMITS.name }),
    limit: int(raw, 'limit', { min: 1, max: LIMITS.results, optional: true }),
  }));
}

export function validateRelated(raw: Record<string, unknown>): RelatedRequest | string {
  return validating(() => {
    const text = str(raw, 'text', { max: LIMITS.text, optional: true });
    const articleId = str(raw, 'articleId', { max: LIMITS.id, optional: true });
    if ((text === undefined) === (articleId === undefined))
      throw new InvalidField('give exactly one of "text" and "articleId"');
    return { text, articleId, limit: int(raw, 'limit', { min: 1, max: LIMITS.related, optional: true }) };
  });
}

function id(raw: Record<string, unknown>, key: string): string {
  const value = str(raw, key, { max: LIMITS.id });
  if (!value) throw new InvalidField(`"${key}" must not be empty`);
  return value;
}

export function validateTimeline(raw: Record<string, unknown>): { entityId: string } | string {
  return validating(() => ({ entityId: id(raw, 'entityId') }));
}

export function validateArticle(raw: Record<string, unknown>): { id: string } | string {
  return validating(() => ({ id: id(raw, 'id') }));
}
