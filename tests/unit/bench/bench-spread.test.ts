import { describe, expect, it } from 'vitest';
import { metIn, range, spreadTable } from '../../../scripts/lib/bench-spread';
import type { Figures } from '../../../scripts/lib/bench-stats';

const run = (p95: number | null, mini: number | null, extra: Figures = {}): Figures => ({
  'search.synthetic.p95Ms': p95,
  'search.minisearch.p95Ms': mini,
  ...extra,
});

describe('spread over runs', () => {
  it('gives the range, or one value when the runs agree', () => {
    expect(range([12.34, 9.5, 20])).toBe('9.5–20');
    expect(range([4096, 4096])).toBe('4,096');
    expect(range([])).toBe('not measured');
  });

  it('counts the runs that met a target, leaving out runs that could not tell', () => {
    const runs = [run(20, 100), run(30, 200), run(20, null)];
    expect(metIn(runs, 'search.synthetic.p95Ms')).toBe('**1 of 2**');
    expect(metIn([run(20, 100), run(10, 100)], 'search.synthetic.p95Ms')).toBe('2 of 2');
    expect(metIn([run(null, null)], 'search.synthetic.p95Ms')).toBe('–');
    expect(metIn(runs, 'search.synthetic.p50Ms')).toBe('');
  });

  it('tabulates the median and range of each figure, with each run’s install phases', () => {
    const runs = [
      run(10, 100, { 'install.phases': 'fetch 10 · write 20' }),
      run(40, 100, { 'install.phases': 'fetch 12 · write 25' }),
      run(20, 100),
    ];
    const table = spreadTable(runs);
    const row = table.split('\n').find((line) => line.includes('`search.synthetic.p95Ms`'))!;
    expect(row).toContain('| 20 | 10–40 | ms |');
    expect(row).toContain('**2 of 3**');
    expect(table).toContain('| figure | median of 3 |');
    expect(table).toContain('- fetch 12 · write 25');
    expect(table.split('\n').find((line) => line.includes('`scan.ms`'))).toContain('not measured');
  });
});
