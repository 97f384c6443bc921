import { describe, expect, it } from 'vitest';
import { addMonthCounts, addMonths, countByMonth, monthList, monthOf, monthSeries } from '@/core/months';

describe('articles per month', () => {
  it('counts article dates by month, in month order, skipping unknown dates', () => {
    const counts = countByMonth([
      '2021-03-02',
      '2020-12-31',
      null,
      '2021-03-30',
      '',
      undefined,
      '2021-01-01',
    ]);
    expect(counts).toEqual({ '2020-12': 1, '2021-01': 1, '2021-03': 2 });
    expect(Object.keys(counts)).toEqual(['2020-12', '2021-01', '2021-03']);
    expect(countByMonth([])).toEqual({});
  });

  it('sums the archive’s counts and its additions’', () => {
    expect(addMonthCounts({ '2021-03': 2, '2021-01': 1 }, { '2020-11': 4, '2021-03': 1 })).toEqual({
      '2020-11': 4,
      '2021-01': 1,
      '2021-03': 3,
    });
    expect(Object.keys(addMonthCounts({ '2021-03': 2 }, { '2020-11': 4 })!)).toEqual(['2020-11', '2021-03']);
    expect(addMonthCounts(undefined, { '2021-01': 1 })).toEqual({ '2021-01': 1 });
    expect(addMonthCounts(undefined, undefined)).toBeUndefined();
  });

  it('lays months out with the gaps filled, across a year end', () => {
    expect(monthSeries({ '2021-02': 1, '2020-11': 3 })).toEqual([
      { month: '2020-11', count: 3 },
      { month: '2020-12', count: 0 },
      { month: '2021-01', count: 0 },
      { month: '2021-02', count: 1 },
    ]);
    // Keys that are not months are no months: a corrupt table draws nothing rather than a year of zeros.
    expect(monthSeries({ '2021-2': 5, unknown: 1 })).toEqual([]);
    expect(monthSeries({})).toEqual([]);
  });

  it('lists a table in month order and steps months both ways', () => {
    expect(monthList({ '2021-03': 2, '2020-12': 1 })).toEqual([
      { month: '2020-12', count: 1 },
      { month: '2021-03', count: 2 },
    ]);
    expect(monthOf('2021-08-11')).toBe('2021-08');
    expect(addMonths('2021-12', 1)).toBe('2022-01');
    expect(addMonths('2021-01', -1)).toBe('2020-12');
    expect(addMonths('2021-05', 24)).toBe('2023-05');
  });
});
