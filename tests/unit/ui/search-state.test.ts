import { describe, expect, it } from 'vitest';
import {
  cleanQuery,
  emptySuggestions,
  hasFilters,
  Latest,
  NO_FILTERS,
  requestKey,
  shorterQuery,
  toSearchRequest,
  yearsBetween,
} from '@/components/search/search-state';

describe('search requests from what the reader set', () => {
  it('trims and collapses the query, and keeps it within the message limit', () => {
    expect(cleanQuery('  孙大军 \n  文明城市 ')).toBe('孙大军 文明城市');
    expect(cleanQuery('x'.repeat(600))).toHaveLength(500);
  });

  it('sends no filter fields when none are set', () => {
    expect(toSearchRequest(' 李克强 ', NO_FILTERS, 20)).toEqual({ query: '李克强', limit: 20 });
  });

  it('turns a year range into whole-year dates and a kind into a list', () => {
    expect(toSearchRequest('q', { fromYear: 2020, toYear: 2021, kind: 'feature' })).toMatchObject({
      from: '2020-01-01',
      to: '2021-12-31',
      kinds: ['feature'],
    });
  });

  it('reads a reversed year range the way it was meant', () => {
    const request = toSearchRequest('q', { fromYear: 2022, toYear: 2020, kind: null });
    expect([request.from, request.to]).toEqual(['2020-01-01', '2022-12-31']);
  });

  it('keeps an open-ended range open', () => {
    const request = toSearchRequest('q', { fromYear: null, toYear: 2021, kind: null });
    expect(request.from).toBeUndefined();
    expect(request.to).toBe('2021-12-31');
  });

  it('gives equal requests equal keys, and different filters different keys', () => {
    const a = toSearchRequest('孙大军', NO_FILTERS);
    expect(requestKey(a)).toBe(requestKey(toSearchRequest(' 孙大军', NO_FILTERS)));
    expect(requestKey(a)).not.toBe(requestKey(toSearchRequest('孙大军', { ...NO_FILTERS, kind: 'news' })));
  });

  it('knows when a filter is set', () => {
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, toYear: 2020 })).toBe(true);
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

describe('year choices', () => {
  it('lists every year of the span, newest first, whichever way it is given', () => {
    expect(yearsBetween('2020-04-11', '2022-03-26')).toEqual([2022, 2021, 2020]);
    expect(yearsBetween('2022', '2020')).toEqual([2022, 2021, 2020]);
  });

  it('is empty without a span', () => {
    expect(yearsBetween(null, '2021-01-01')).toEqual([]);
    expect(yearsBetween('', '')).toEqual([]);
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
