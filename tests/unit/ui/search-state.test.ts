import { describe, expect, it } from 'vitest';
import {
  cleanQuery,
  emptySuggestions,
  hasFilters,
  Latest,
  NO_FILTERS,
  requestKey,
  shorterQuery,
  changedFilters,
  dayOrNull,
  MAX_NAMED,
  readStoredFilters,
  toSearchRequest,
  withEntity,
} from '@/components/search/search-state';

describe('search requests from what the reader set', () => {
  it('trims and collapses the query, and keeps it within the message limit', () => {
    expect(cleanQuery('  孙大军 \n  文明城市 ')).toBe('孙大军 文明城市');
    expect(cleanQuery('x'.repeat(600))).toHaveLength(500);
  });

  it('sends no filter fields when none are set', () => {
    expect(toSearchRequest(' 李克强 ', NO_FILTERS, 20)).toEqual({ query: '李克强', limit: 20 });
  });

  it('sends a day range, a kind, the entities to name and the order', () => {
    const request = toSearchRequest('会议', {
      from: '2021-08-11',
      to: '2022-03-25',
      kind: 'feature',
      entities: [
        { id: 'person:孙大军', name: '孙大军' },
        { id: 'person:张广勇', name: '张广勇' },
      ],
      sort: 'oldest',
    });
    expect(request).toMatchObject({
      from: '2021-08-11',
      to: '2022-03-25',
      kinds: ['feature'],
      entities: ['person:孙大军', 'person:张广勇'],
      sort: 'oldest',
    });
    // relevance is the engine's default: not sent
    expect(toSearchRequest('会议', { ...NO_FILTERS, sort: 'relevance' })).not.toHaveProperty('sort');
  });

  it('reads a reversed day range the way it was meant', () => {
    const request = toSearchRequest('q', { ...NO_FILTERS, from: '2022-03-26', to: '2020-04-11' });
    expect([request.from, request.to]).toEqual(['2020-04-11', '2022-03-26']);
  });

  it('keeps an open-ended range open', () => {
    const request = toSearchRequest('q', { ...NO_FILTERS, to: '2021-12-31' });
    expect(request.from).toBeUndefined();
    expect(request.to).toBe('2021-12-31');
  });

  it('takes only real days from a date field', () => {
    expect(dayOrNull('2021-08-11')).toBe('2021-08-11');
    expect(dayOrNull('2021-02-29')).toBeNull();
    expect(dayOrNull('2021-8-11')).toBeNull();
    expect(dayOrNull('')).toBeNull();
    expect(dayOrNull(20210811)).toBeNull();
  });

  it('names an entity once, and no more than the limit', () => {
    const sun = { id: 'person:孙大军', name: '孙大军' };
    const once = withEntity(NO_FILTERS, sun);
    expect(withEntity(once, { ...sun, name: '孫大軍' }).entities).toEqual([sun]);
    let full = NO_FILTERS;
    for (let i = 0; i < MAX_NAMED + 2; i++) full = withEntity(full, { id: `e${i}`, name: `e${i}` });
    expect(full.entities).toHaveLength(MAX_NAMED);
  });

  it('gives equal requests equal keys, and different filters different keys', () => {
    const a = toSearchRequest('孙大军', NO_FILTERS);
    expect(requestKey(a)).toBe(requestKey(toSearchRequest(' 孙大军', NO_FILTERS)));
    expect(requestKey(a)).not.toBe(requestKey(toSearchRequest('孙大军', { ...NO_FILTERS, kind: 'news' })));
    expect(requestKey(a)).not.toBe(requestKey(toSearchRequest('孙大军', { ...NO_FILTERS, sort: 'oldest' })));
    expect(requestKey(a)).not.toBe(
      requestKey(toSearchRequest('孙大军', withEntity(NO_FILTERS, { id: 'place:离石区', name: '离石区' }))),
    );
  });

  it('knows when a filter is set', () => {
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, to: '2020-12-31' })).toBe(true);
    expect(hasFilters({ ...NO_FILTERS, entities: [{ id: 'x', name: 'x' }] })).toBe(true);
    // an order narrows nothing, but resetting the filters undoes it
    expect(hasFilters({ ...NO_FILTERS, sort: 'date' })).toBe(false);
    expect(changedFilters({ ...NO_FILTERS, sort: 'date' })).toBe(true);
    expect(changedFilters(NO_FILTERS)).toBe(false);
  });
});

describe('what to suggest when nothing matches', () => {
  it('drops the last word of several, or keeps the first two characters of one Chinese word', () => {
    expect(shorterQuery('孙大军 文明城市 汇报')).toBe('孙大军 文明城市');
    expect(shorterQuery('创建指挥部工作')).toBe('创建');
    expect(shorterQuery('civilization')).toBe('civili');
  });

  it('has nothing shorter for two characters or fewer', () => {
    expect(shorterQuery('吕梁')).toBeNull();
    expect(shorterQuery('')).toBeNull();
  });

  it('offers removing the filters first, then a shorter query, then names', () => {
    expect(emptySuggestions('创建指挥部', { ...NO_FILTERS, kind: 'photo' })).toEqual([
      { kind: 'clear-filters' },
      { kind: 'shorter', query: '创建' },
      { kind: 'names' },
    ]);
    expect(emptySuggestions('吕梁', NO_FILTERS)).toEqual([{ kind: 'names' }]);
  });
});

describe('filters remembered in extension storage', () => {
  it('reads back what was stored', () => {
    const stored = {
      from: '2021-01-01',
      to: null,
      kind: 'news',
      entities: [{ id: 'person:孙大军', name: '孙大军' }],
      sort: 'date',
    };
    expect(readStoredFilters(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
  });

  it('falls back field by field when what is stored is not a filter', () => {
    expect(readStoredFilters(null)).toEqual(NO_FILTERS);
    expect(readStoredFilters('2021')).toEqual(NO_FILTERS);
    // an older release's year filters, a bad day, an unknown kind and order, entities of the wrong shape
    expect(
      readStoredFilters({
        fromYear: 2020,
        from: '2021-13-01',
        to: '2022-03-26',
        kind: 'gossip',
        sort: 'random',
        entities: [{ id: 'person:孙大军', name: '孙大军', extra: 1 }, { id: 5 }, 'x', { id: '', name: '' }],
      }),
    ).toEqual({ ...NO_FILTERS, to: '2022-03-26', entities: [{ id: 'person:孙大军', name: '孙大军' }] });
    const many = Array.from({ length: 9 }, (_, i) => ({ id: `e${i}`, name: `e${i}` }));
    expect(readStoredFilters({ entities: many }).entities).toHaveLength(MAX_NAMED);
  });
});

describe('stale replies', () => {
  it('accepts only the reply to the latest request', () => {
    const latest = new Latest();
    const first = latest.begin();
    const second = latest.begin();
    expect(latest.isCurrent(first)).toBe(false);
    expect(latest.isCurrent(second)).toBe(true);
  });

  it('accepts none after a cancel', () => {
    const latest = new Latest();
    const token = latest.begin();
    latest.cancel();
    expect(latest.isCurrent(token)).toBe(false);
  });
});
