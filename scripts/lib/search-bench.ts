/**
 * Measures the archive at scale: `npx tsx scripts/lib/search-bench.ts [ARTICLES] [INDEX_FILE]` (default
 * 100 000; an index file is reused when it matches, and written otherwise) builds a
 * synthetic archive, its search index (as the build step does), installs both into IndexedDB (fake-indexeddb
 * in Node) and times queries over IndexedDB: cold (first query of a fresh background) and warm, p50/p95, on the
 * quick path and with jieba.
 */
import 'fake-indexeddb/auto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import {
  archiveFingerprint,
  buildSearchIndex,
  createSearchEngine,
  decodeSearchIndex,
  encodeSearchIndex,
  type PackedIndex,
  type SearchEngine,
} from '../../core/search';
import { createIdbReader, installArchive, openLensDB } from '../../lib/storage';
import { nodeJieba } from './jieba-node';
import { BENCH_QUERIES } from '../../bench/queries';
import { percentile } from './bench-stats';
import { syntheticArchive } from './synthetic-archive';

const QUERIES = BENCH_QUERIES.map((q) => q.query);

async function time<T>(work: () => Promise<T> | T): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

async function latencies(engine: SearchEngine, rounds: number): Promise<number[]> {
  const out: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const query of QUERIES) {
      const [, ms] = await time(() => engine.search({ query, limit: 20 }));
      out.push(ms);
    }
  }
  return out;
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 100_000);
  const [archive, genMs] = await time(() => syntheticArchive(n));
  const chars = archive.articles.reduce((sum, a) => sum + a.body.length, 0);
  console.log(
    `archive: ${n} articles, ${archive.entities.length} entities, ${(chars / 1e6).toFixed(1)} M chars (${genMs.toFixed(0)} ms)`,
  );
  const jieba = nodeJieba();
  const cache = process.argv[3];
  let index: PackedIndex | null = null;
  if (cache && existsSync(cache)) {
    const cached = decodeSearchIndex(readFileSync(cache));
    if (cached.stats.fingerprint === archiveFingerprint(archive)) index = cached;
  }
  if (!index) {
    const [built, indexMs] = await time(() => buildSearchIndex(archive, jieba));
    index = built;
    console.log(`index built (build step, jieba-bound): ${(indexMs / 1000).toFixed(1)} s`);
    if (cache) writeFileSync(cache, encodeSearchIndex(index));
  }
  const file = encodeSearchIndex(index);
  console.log(
    `index: ${index.stats.termCount} terms, ${index.stats.bucketCount} buckets, file ${(file.length / 1e6).toFixed(1)} MB`,
  );
  const bucketBytes = index.buckets.map((b) => b.data.length).sort((a, b) => a - b);
  console.log(`bucket bytes: median ${bucketBytes[bucketBytes.length >> 1]}, max ${bucketBytes.at(-1)}`);
  const db = await openLensDB({ name: `bench-${Date.now()}` });
  const [{ meta }, installMs] = await time(() => installArchive(db, { archive, index }));
  console.log(`install into IndexedDB: ${(installMs / 1000).toFixed(1)} s`);

  for (const mode of ['quick', 'jieba'] as const) {
    const engine = createSearchEngine(createIdbReader(db, meta.generation), () =>
      mode === 'jieba' ? jieba : null,
    );
    const [, readyMs] = await time(() => engine.ready());
    const [first, firstMs] = await time(() => engine.search({ query: '党史学习教育', limit: 20 }));
    const warm = await latencies(engine, 3);
    console.log(
      `${mode}: context load ${readyMs.toFixed(0)} ms, first query ${firstMs.toFixed(1)} ms (${first.total} hits), ` +
        `then p50 ${percentile(warm, 50).toFixed(1)} ms, p95 ${percentile(warm, 95).toFixed(1)} ms, max ${Math.max(...warm).toFixed(1)} ms`,
    );
  }
  const cold = createSearchEngine(createIdbReader(db, meta.generation, { buckets: 1 }), () => jieba);
  await cold.ready();
  const uncached = await latencies(cold, 1);
  console.log(
    `jieba, bucket cache off: p50 ${percentile(uncached, 50).toFixed(1)} ms, p95 ${percentile(uncached, 95).toFixed(1)} ms`,
  );
  const engine = createSearchEngine(createIdbReader(db, meta.generation), () => jieba);
  const [, relatedMs] = await time(() => engine.relatedToArticle(archive.articles[42]!.id));
  const [, timelineMs] = await time(() => engine.timeline(archive.entities[0]!.id));
  console.log(
    `related to an article: ${relatedMs.toFixed(1)} ms; timeline of the busiest person: ${timelineMs.toFixed(1)} ms`,
  );
  db.close();
}

void main();
