/** The parser's throughput on the seed pages, in Node: median of repeated passes after a warm-up. */
import { parsePage } from '../../core/parse';
import { median } from './bench-stats';
import { readSeedPages } from './seed-pages';

export function measureParse(runs = 20, warmup = 3): { charsPerSec: number; chars: number } {
  const pages = readSeedPages();
  const chars = pages.reduce((sum, p) => sum + p.text.length, 0);
  const times: number[] = [];
  for (let r = 0; r < warmup + runs; r++) {
    const t = performance.now();
    for (const page of pages) parsePage(page);
    if (r >= warmup) times.push(performance.now() - t);
  }
  return { charsPerSec: chars / (median(times) / 1000), chars };
}
