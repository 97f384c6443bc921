/**
 * The search index beyond the benchmark's size, in Node alone (no browser, no IndexedDB):
 *
 *   NODE_OPTIONS=--max-old-space-size=20000 npx tsx scripts/lib/bench-search-scale.ts --articles 300000 [--corpus zipf|recombined]
 *
 * Builds (or reuses from artifacts/bench-cache/) the synthetic archive, our index and MiniSearch's, then times the
 * benchmark's queries on both in this process (one untimed round, five timed) and prints every figure as JSON:
 * sizes, distinct words, p50/p95 of each, how long each step took and the peak memory. Figures are comparable with
 * each other, not with the browser benchmark's (no IndexedDB reads, no message passing).
 */
import { readFileSync } from 'node:fs';
import MiniSearch from 'minisearch';
import { createMemoryReader, createSearchEngine, decodeSearchIndex } from '../../core/search';
import type { Archive } from '../../core/types';
import { BENCH_QUERIES } from '../../bench/queries';
import { DEFAULT_SEED, ensureSynthetic } from './bench-cache';
import { indexSizeKeys } from './bench-search-index';
import { percentile } from './bench-stats';
import { nodeJieba } from './jieba-node';
import { corpusArg } from './synthetic-archive';
import { fitsOneString, readLargeJson } from './large-json';

const ROUNDS = 5;
const log = (message: string) => process.stderr.write(`[scale] ${message}\n`);

async function timed(
  rounds: number,
  queries: readonly string[],
  run: (q: string) => unknown,
): Promise<number[]> {
  const times: number[] = [];
  for (let r = 0; r <= rounds; r++) {
    for (const q of queries) {
      const t = performance.now();
      await run(q);
      if (r > 0) times.push(performance.now() - t);
    }
  }
  return times;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--articles');
  const articles = at >= 0 ? Number(argv[at + 1]) : 300_000;
  if (!Number.isInteger(articles) || articles < 100) throw new Error('--articles needs a whole number ≥ 100');
  const corpus = corpusArg(argv);
  const started = performance.now();
  const phases: Record<string, number> = {};
  const phase = async <T>(name: string, work: () => T | Promise<T>): Promise<T> => {
    const t = performance.now();
    log(`${name}…`);
    const out = await work();
    phases[name] = Math.round(performance.now() - t);
    return out;
  };
  const files = await phase('build', () => ensureSynthetic(articles, DEFAULT_SEED, corpus));
  // in a scope of its own, so that the archive and our index can be collected before MiniSearch's is loaded
  const ours = await (async () => {
    const archive = await phase('loadArchive', () => readLargeJson<Archive>(files.archiveFile));
    const index = await phase('loadIndex', () => decodeSearchIndex(readFileSync(files.indexFile)));
    const jieba = nodeJieba();
    const engine = createSearchEngine(createMemoryReader(archive, index), () => jieba);
    await phase('engineReady', () => engine.ready());
    const queries = BENCH_QUERIES.map((q) => q.query);
    return phase('searchOurs', () => timed(ROUNDS, queries, (q) => engine.search({ query: q, limit: 20 })));
  })();
  const options = {
    fields: ['title', 'body'],
    tokenize: (s: string) => s.split(' '),
    processTerm: (t: string) => (t ? t.toLowerCase() : null),
  };
  // V8 refuses strings over about 512 MB: a larger index is read a line at a time and loaded as an object
  const whole = fitsOneString(files.miniSearchFile);
  const peer = await phase('loadMiniSearch', () =>
    whole
      ? MiniSearch.loadJSON(readFileSync(files.miniSearchFile, 'utf8'), options)
      : MiniSearch.loadJS(readLargeJson(files.miniSearchFile) as never, options),
  );
  const tokens = files.queryTokens.map((t) => t.join(' '));
  const mini = await phase('searchMiniSearch', () =>
    timed(ROUNDS, tokens, (q) => peer.search(q).slice(0, 20)),
  );
  const figures = {
    articles,
    ...indexSizeKeys(files.figures, corpus),
    'corpus.chars': files.chars,
    'search.node.p50Ms': percentile(ours, 50),
    'search.node.p95Ms': percentile(ours, 95),
    'search.minisearchNode.p50Ms': percentile(mini, 50),
    'search.minisearchNode.p95Ms': percentile(mini, 95),
    'search.minisearchNode.loadedAs': whole ? 'JSON' : 'lines',
    phasesMs: phases,
    totalMs: Math.round(performance.now() - started),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
