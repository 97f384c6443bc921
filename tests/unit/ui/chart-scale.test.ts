import { describe, expect, it } from 'vitest';
import {
  addMonths,
  barHeight,
  dayNumber,
  linearScale,
  niceCeiling,
  peak,
  periods,
  stackLevels,
  timeDomain,
  yearTicks,
} from '@/components/panel/chart-scale';

describe('time scale of the timeline', () => {
  it('numbers days from 1970 and rejects what is not a date', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2021-08-11') - dayNumber('2021-08-10')).toBe(1);
    expect(dayNumber('2021-8-1')).toBeNaN();
  });

  it('maps the domain onto the range linearly', () => {
    const x = linearScale([0, 100], [10, 350]);
    expect(x(0)).toBe(10);
    expect(x(100)).toBe(350);
    expect(x(50)).toBe(180);
  });

  it('puts everything in the middle when the domain is a single point', () => {
    expect(linearScale([5, 5], [0, 100])(5)).toBe(50);
  });

  it('pads the date span on both sides, and skips dates that are not dates', () => {
    const domain = timeDomain(['2021-08-10', 'nonsense', '2022-03-26'], 10)!;
    expect(domain).toEqual([dayNumber('2021-08-10') - 10, dayNumber('2022-03-26') + 10]);
    expect(timeDomain(['x'])).toBeNull();
    const one = timeDomain(['2020-04-11'], 20)!;
    expect(one[1] - one[0]).toBe(40);
  });

  it('ticks every 1 January inside the domain', () => {
    const ticks = yearTicks([dayNumber('2020-04-01'), dayNumber('2022-03-26')]);
    expect(ticks.map((t) => t.year)).toEqual([2021, 2022]);
    expect(ticks[0]!.day).toBe(dayNumber('2021-01-01'));
  });

  it('stacks marks that would overlap and leaves the others on the base line', () => {
    // left to right: 100 on the base line, 101 above it, 104 above that
    expect(stackLevels([100, 104, 200, 101], 8)).toEqual([0, 2, 0, 1]);
    expect(stackLevels([0, 50, 100], 8)).toEqual([0, 0, 0]);
  });
});

describe('mentions per period', () => {
  it('fills the months without mentions with zero', () => {
    expect(
      periods([
        { month: '2021-08', count: 2 },
        { month: '2021-11', count: 1 },
      ]),
    ).toEqual([
      { label: '2021-08', count: 2 },
      { label: '2021-09', count: 0 },
      { label: '2021-10', count: 0 },
      { label: '2021-11', count: 1 },
    ]);
  });

  it('crosses year ends and sorts what comes unsorted', () => {
    expect(
      periods([
        { month: '2022-01', count: 1 },
        { month: '2021-12', count: 3 },
      ]).map((p) => p.label),
    ).toEqual(['2021-12', '2022-01']);
    expect(addMonths('2021-12', 1)).toBe('2022-01');
    expect(addMonths('2022-01', -1)).toBe('2021-12');
  });

  it('sums per year when there would be too many bars', () => {
    const list = periods(
      [
        { month: '2020-04', count: 2 },
        { month: '2021-08', count: 2 },
        { month: '2022-03', count: 2 },
      ],
      12,
    );
    expect(list).toEqual([
      { label: '2020', count: 2 },
      { label: '2021', count: 2 },
      { label: '2022', count: 2 },
    ]);
  });

  it('is empty without mentions', () => {
    expect(periods([])).toEqual([]);
    expect(peak([])).toBeNull();
  });

  it('finds the busiest period, the earliest among equals', () => {
    expect(
      peak([
        { label: 'a', count: 1 },
        { label: 'b', count: 3 },
        { label: 'c', count: 3 },
      ]),
    ).toEqual({ label: 'b', count: 3 });
  });

  it('rounds the count axis up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 2, 3, 7, 11, 49, 51].map(niceCeiling)).toEqual([1, 1, 2, 5, 10, 20, 50, 100]);
  });

  it('draws bars in proportion, with a visible minimum for any mention', () => {
    expect(barHeight(5, 10, 60)).toBe(30);
    expect(barHeight(1, 1000, 60)).toBe(2);
    expect(barHeight(0, 10, 60)).toBe(0);
    expect(barHeight(20, 10, 60)).toBe(60);
  });
});
