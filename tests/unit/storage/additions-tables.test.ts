import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { bucketTerms } from '@/core/search/buckets';
import { postTables } from '@/core/install/tables';
import { installedArchive, openLensDB } from '@/lib/background/storage';
import { createIdbReader } from '@/lib/background/storage/idb-reader';
import { archiveVersion } from '@/lib/background/storage/meta';
import type { StoredPosts } from '@/lib/background/storage/schema';
import { readSeedPages } from '@/scripts/lib/seed-pages';
import { importPage, LATER, startedService } from './additions-helpers';
import { until } from './service-helpers';

/** Distinct terms of the archive with its additions, read from every bucket of both layers. */
async function distinctTerms(name: string): Promise<{ all: number; bundled: number; overlaid: number }> {
  const db = await openLensDB({ name });
  const meta = (await installedArchive(db))!;
  const layer = async (g: number) => {
    const range = IDBKeyRange.bound([g], [g, []]);
    return (await db.getAll('postings', range)).map(bucketTerms);
  };
  const bundled = await layer(meta.generation);
  const overlaid = await layer(meta.overlay!.generation);
  const all = new Set<string>();
  for (const terms of [...bundled, ...overlaid]) for (const t of terms) all.add(t);
  db.close();
  const count = (layers: string[][]) => layers.reduce((n, t) => n + t.length, 0);
  return { all: all.size, bundled: count(bundled), overlaid: count(overlaid) };
}

describe('the tables an import stores with its generation', () => {
  it('counts a term the bundled archive already has once, however many imports carry it', async () => {
    const h = await startedService();
    await h.ask({ type: 'archive/import', pages: [importPage()] });
    const first = await distinctTerms(h.name);
    // the page shares words with the bundled pages: a sum of both layers would count them twice
    expect(first.all).toBeLessThan(first.bundled + first.overlaid);
    const terms = async () => {
      const db = await openLensDB({ name: h.name });
      const meta = (await installedArchive(db))!;
      db.close();
      return meta.counts.terms;
    };
    expect(await terms()).toBe(first.all);
    // a bundled page again, under another date: laid over the first import, every word already known
    const again = readSeedPages()[0]!;
    expect(
      await h.ask({ type: 'archive/import', pages: [importPage({ ...again, date: '2099-01-02' })] }),
    ).toMatchObject({ added: 1 });
    const second = await distinctTerms(h.name);
    expect(second.all).toBe(first.all);
    expect(await terms()).toBe(second.all);
    // the first import's page again, under another date: its words new to the bundled archive are in the earlier
    // additions' buckets, and counted there already
    expect(
      await h.ask({ type: 'archive/import', pages: [importPage({ ...LATER, date: '2099-01-03' })] }),
    ).toMatchObject({ added: 1 });
    const third = await distinctTerms(h.name);
    expect(third.all).toBe(first.all);
    expect(await terms()).toBe(third.all);
  }, 120_000);

  it('stores the post index of the archive with its additions, as a first card would build it', async () => {
    const h = await startedService();
    await h.ask({ type: 'archive/import', pages: [importPage()] });
    const db = await openLensDB({ name: h.name });
    const meta = (await installedArchive(db))!;
    // stored after the reply, once the background is idle
    const key: [number, string] = [meta.overlay!.generation, 'posts'];
    await until(async () => (await db.get('searchIndex', key)) !== undefined);
    const stored = (await db.get('searchIndex', key)) as StoredPosts;
    expect(stored.version).toBe(archiveVersion(meta));
    // built independently: every person of both layers (the additions' profiles replacing the bundled ones)
    const people = new Map();
    for (const g of [meta.generation, meta.overlay!.generation])
      for (const e of await db.getAll('entities', IDBKeyRange.bound([g], [g, []])))
        if (e.kind === 'person') people.set(e.id, e);
    const editions = (await db.getAll('editions')).flat();
    const docs = await createIdbReader(db, meta.generation, { overlay: meta.overlay }).docs();
    expect(stored.index).toEqual(postTables(people.values(), docs, editions).index);
    expect(stored.index.issueDates).toContain('2022-03-26');
    db.close();
  }, 120_000);
});
