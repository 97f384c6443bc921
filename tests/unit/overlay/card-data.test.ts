import { describe, expect, it } from 'vitest';
import { postLabel, timeline } from '@/lib/background/overlay/card-data';
import { addMonths, monthSpan, postLine } from '@/components/card/format';
import { sparkPoints } from '@/components/card/Sparkline';

describe('card text', () => {
  it('prints a post the way the paper does', () => {
    expect(postLabel({ title: '市长', org: '市政府' })).toBe('市长');
    expect(postLabel({ title: '副市长', org: '市政府' })).toBe('副市长');
    expect(postLabel({ title: '市委书记', org: '市委' })).toBe('市委书记');
    expect(postLabel({ title: '秘书长', org: '市政府' })).toBe('市政府秘书长');
    expect(postLabel({ title: '局长' })).toBe('局长');
  });

  it('shows post spans by month', () => {
    expect(postLine({ label: '市委书记', first: '2021-08-10', last: '2022-03-26' })).toBe(
      '市委书记 · 2021-08 – 2022-03',
    );
    expect(monthSpan('2021-08-10', '2021-08-30')).toBe('2021-08');
    expect(addMonths('2021-11', 3)).toBe('2022-02');
    expect(addMonths('2021-01', 0)).toBe('2021-01');
  });
});

describe('timeline', () => {
  it('fills empty months and keeps only the latest ones', () => {
    expect(timeline({ '2021-11': 1, '2022-02': 3 }, 60)).toEqual({ from: '2021-11', counts: [1, 0, 0, 3] });
    expect(timeline({ '2021-11': 1, '2022-02': 3 }, 2)).toEqual({ from: '2022-01', counts: [0, 3] });
    expect(timeline({}, 60)).toBeNull();
    expect(timeline({ bad: 1 }, 60)).toBeNull();
  });

  it('scales the sparkline into its box, highest month at the top', () => {
    const points = sparkPoints([0, 2, 1], 100, 20, 0)
      .split(' ')
      .map((p) => p.split(',').map(Number));
    expect(points).toEqual([
      [0, 20],
      [50, 0],
      [100, 10],
    ]);
    expect(sparkPoints([5], 100, 20, 0)).toBe('50.0,0.0');
  });
});
