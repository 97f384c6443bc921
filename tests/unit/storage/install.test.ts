import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createMemoryReader, createSearchEngine } from '@/core/search';
import {
  createIdbReader,
  installArchive,
  installedArchive,
  openLensDB,
  stagedLoad,
} from '@/lib/background/storage';
import { ARTICLE_CHUNK } from '@/lib/background/storage/schema';
import { nodeJieba } from '@/scripts/lib/jieba-node';
import { fixtureBundle, freshName } from './helpers';

describe('installing the bundled archive', () => {
  it('writes every store, then the meta record, and reports progress up to 1', async () => {
    const db = await openLensDB({ name: freshName() });
    const bundle = fixtureBundle();
    const progress: number[] = [];
    const phases = new Set<string>();
    const { meta, outcome } = await installArchive(db, bundle, {
      onProgress: (p) => {
        progress.push(p.progress);
        phases.add(p.phase);
      },
    });
    expect(outcome).toBe('installed');
    expect(meta.counts).toEqual({
      editions: bundle.archive.editions.length,
      articles: bundle.archive.articles.length,
      entities: bundle.archive.entities.length,
      terms: bundle.index.stats.termCount,
    });
    expect(await installedArchive(db)).toEqual(meta);
    expect(await stagedLoad(db)).toBeUndefined();
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect([...phases]).toEqual(
      expect.arrayContaining(['editions', 'articles', 'entities', 'postings', 'search-index']),
    );
    const chunks = await db.getAll('articles');
    expect(chunks).toHaveLength(Math.ceil(bundle.archive.articles.length / ARTICLE_CHUNK));
    expect(await db.count('postings')).toBe(bundle.index.stats.bucketCount);
    db.close();
  });

  it('answers searches from IndexedDB exactly as from memory', async () => {
    const db = await openLensDB({ name: freshName() });
    const bundle = fixtureBundle();
    const { meta } = await installArchive(db, bundle);
    const jieba = nodeJieba();
    const fromDb = createSearchEngine(createIdbReader(db, meta.generation), () => jieba);
    const fromMemory = createSearchEngine(createMemoryReader(bundle.archive, bundle.index), () => jieba);
    for (const query of ['文明城市', '政协委员', 'sundajun', '疫苗接种']) {
      const a = await fromDb.search({ query });
      const b = await fromMemory.search({ query });
      expect(a.hits.map((h) => [h.id, h.score, h.snippet])).toEqual(
        b.hits.map((h) => [h.id, h.score, h.snippet]),
      );
      expect(a.total).toBeGreaterThan(0);
    }
    expect((await fromDb.article('a5'))?.article.headline).toBe('孙大军主持召开文明城市创建工作专题汇报会');
    expect((await fromDb.timeline('p-sundajun'))?.articles.map((a) => a.id)).toEqual(['a5', 'a10']);
    db.close();
  });

  it('does nothing when the same archive is installed again', async () => {
    const db = await openLensDB({ name: freshName() });
    const bundle = fixtureBundle();
    const first = await installArchive(db, bundle);
    let batches = 0;
    const second = await installArchive(db, bundle, { afterBatch: () => void batches++ });
    expect(second.outcome).toBe('current');
    expect(second.meta.generation).toBe(first.meta.generation);
    expect(batches).toBe(0);
    db.close();
  });

  it('builds the index itself when the bundle has none that matches', async () => {
    const db = await openLensDB({ name: freshName() });
    const { archive, index } = fixtureBundle();
    const stale = { ...index, stats: { ...index.stats, fingerprint: 'another-archive' } };
    const phases: string[] = [];
    const { meta } = await installArchive(
      db,
      { archive, index: stale },
      { tokenizer: async () => nodeJieba(), onProgress: (p) => phases.push(p.phase), indexSlice: 3 },
    );
    expect(phases.filter((p) => p === 'index').length).toBeGreaterThan(1);
    const engine = createSearchEngine(createIdbReader(db, meta.generation), () => nodeJieba());
    expect((await engine.search({ query: '创建指挥部' })).hits[0]?.id).toBe('a5');
    db.close();
  });

  it('refuses a mismatched index when it has no segmenter to rebuild it', async () => {
    const db = await openLensDB({ name: freshName() });
    const { archive, index } = fixtureBundle();
    const stale = { ...index, stats: { ...index.stats, fingerprint: 'another-archive' } };
    await expect(installArchive(db, { archive, index: stale })).rejects.toThrow(/does not match/);
    expect(await installedArchive(db)).toBeUndefined();
    db.close();
  });
});
