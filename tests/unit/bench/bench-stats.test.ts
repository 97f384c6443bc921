import { describe, expect, it } from 'vitest';
import {
  cacheKey,
  indexCacheName,
  median,
  percentile,
  phasesFromMarks,
  TARGETS,
  type Figures,
} from '../../../scripts/lib/bench-stats';

const met = (key: string, figures: Figures) => TARGETS.find((t) => t.key === key)!.met(figures);

describe('percentiles', () => {
  it('uses the nearest rank over unsorted values', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 90)).toBe(9);
    expect(percentile(values, 0)).toBe(1);
    expect(median([3, 1, 2])).toBe(2);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('targets', () => {
  it('holds search p95 to 25 ms and to a quarter of MiniSearch', () => {
    const key = 'search.synthetic.p95Ms';
    expect(met(key, { [key]: 20, 'search.minisearch.p95Ms': 80 })).toBe(true);
    expect(met(key, { [key]: 20, 'search.minisearch.p95Ms': 60 })).toBe(false);
    expect(met(key, { [key]: 30, 'search.minisearch.p95Ms': 200 })).toBe(false);
    expect(met(key, { [key]: 20, 'search.minisearch.p95Ms': null })).toBeNull();
  });

  it('holds the index to 0.6 × the text and below MiniSearch', () => {
    const key = 'size.indexBytes';
    const sizes = { 'size.textBytes': 1000, 'size.minisearchIndexBytes': 900 };
    expect(met(key, { ...sizes, [key]: 600 })).toBe(true);
    expect(met(key, { ...sizes, [key]: 700 })).toBe(false);
    expect(met(key, { ...sizes, 'size.minisearchIndexBytes': 500, [key]: 550 })).toBe(false);
    expect(met(key, { ...sizes, 'size.textBytes': null, [key]: 550 })).toBeNull();
  });

  it('holds the scan to 10 ms per 100k chars and three times the floor', () => {
    const base = { 'scan.chars': 1_000_000, 'scan.floorMs': 10 };
    expect(met('scan.ms', { ...base, 'scan.ms': 25 })).toBe(true);
    expect(met('scan.ms', { ...base, 'scan.ms': 35 })).toBe(false);
    expect(met('scan.ms', { ...base, 'scan.floorMs': 50, 'scan.ms': 120 })).toBe(false);
  });

  it('compares start, install, long tasks and size with their limits', () => {
    expect(
      met('search.synthetic.startMs', { 'search.synthetic.startMs': 300, 'search.minisearch.startMs': 900 }),
    ).toBe(true);
    expect(met('install.synthetic.ms', { 'install.synthetic.ms': 10_000 })).toBe(true);
    expect(met('install.synthetic.ms', { 'install.synthetic.ms': 10_001 })).toBe(false);
    // "no task of 50 ms or more"
    expect(met('scan.worstTaskMs', { 'scan.worstTaskMs': 49.9 })).toBe(true);
    expect(met('scan.worstTaskMs', { 'scan.worstTaskMs': 50 })).toBe(false);
    expect(met('scan.firstPaintMs', { 'scan.firstPaintMs': 100 })).toBe(true);
    expect(met('scan.firstPaintMs', { 'scan.firstPaintMs': 101 })).toBe(false);
    expect(met('scan.fullReadMs', { 'scan.fullReadMs': 1001 })).toBe(false);
    expect(met('scan.heapGrowthBytes', { 'scan.heapGrowthBytes': 30 * 2 ** 20 })).toBe(true);
    expect(met('scan.heapGrowthBytes', { 'scan.heapGrowthBytes': 31 * 2 ** 20 })).toBe(false);
    expect(met('size.contentScriptBytes', { 'size.contentScriptBytes': 102_401 })).toBe(false);
    expect(met('size.contentScriptBytes', {})).toBeNull();
  });
});

describe('cache key', () => {
  it('changes with the size, the seed and the seed pages', () => {
    const hash = 'a'.repeat(64);
    expect(cacheKey(100_000, 1, hash)).toBe('n100000-s1-aaaaaaaaaaaaaaaa');
    expect(cacheKey(10_000, 1, hash)).not.toBe(cacheKey(100_000, 1, hash));
    expect(cacheKey(100_000, 2, hash)).not.toBe(cacheKey(100_000, 1, hash));
    expect(cacheKey(100_000, 1, 'b'.repeat(64))).not.toBe(cacheKey(100_000, 1, hash));
  });

  it('keeps one search index per version of its code beside the archive', () => {
    expect(indexCacheName('0123456789abcdef')).toBe('index-0123456789ab');
    expect(indexCacheName('0123456789abcdef')).not.toBe(indexCacheName('fedcba9876543210'));
  });

  it('refuses what cannot name a directory safely', () => {
    expect(() => indexCacheName('../etc')).toThrow();
    expect(() => indexCacheName('')).toThrow();
    expect(() => cacheKey(0, 1, 'a'.repeat(64))).toThrow();
    expect(() => cacheKey(10, 1, '../etc')).toThrow();
  });
});

describe('phases from marks', () => {
  it('names each span after the mark that ends it and adds up to the whole', () => {
    const phases = phasesFromMarks(1000, 1100, [
      { name: 'db-open', at: 1030 },
      { name: 'worker-start', at: 1010 },
      { name: 'card', at: 1090 },
    ]);
    expect(phases).toEqual({ 'worker-start': 10, 'db-open': 20, card: 60, reply: 10 });
    expect(Object.values(phases).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('sums a name marked twice and leaves out marks outside the window', () => {
    const phases = phasesFromMarks(
      0,
      50,
      [
        { name: 'earlier', at: -5 },
        { name: 'index', at: 10 },
        { name: 'write', at: 20 },
        { name: 'index', at: 40 },
        { name: 'later', at: 60 },
      ],
      'done',
    );
    expect(phases).toEqual({ index: 30, write: 10, done: 10 });
  });
});
