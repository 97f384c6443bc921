/** The IndexedDB reader's article cache: what a call asks for comes back whole, and asked again, from memory. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createIdbReader, installArchive, openLensDB } from '@/lib/background/storage';
import { ARTICLE_CHUNK } from '@/lib/background/storage/schema';
import { fixtureBundle, freshName } from './helpers';

async function installed() {
  const db = await openLensDB({ name: freshName() });
  const bundle = fixtureBundle();
  const { meta } = await installArchive(db, bundle);
  // counts the transactions that read articles
  let reads = 0;
  const transaction = db.transaction.bind(db);
  db.transaction = ((...args: Parameters<typeof transaction>) => {
    if (args[0] === 'articles') reads++;
    return transaction(...args);
  }) as typeof db.transaction;
  return { db, bundle, generation: meta.generation, reads: () => reads };
}

const ids = (found: Map<number, { id: string }>) => [...found].map(([d, a]) => [d, a.id]);

describe('articles read from IndexedDB', () => {
  it('come back in the order asked, from several chunks, even when the cache holds fewer', async () => {
    const { db, bundle, generation } = await installed();
    const reader = createIdbReader(db, generation, { articles: 2 });
    const last = bundle.archive.articles.length - 1;
    expect(last).toBeGreaterThanOrEqual(ARTICLE_CHUNK); // the fixture spans more than one chunk
    const expected = [last, 0, 1, last - 1].map((d) => [d, bundle.archive.articles[d]!.id]);
    expect(ids(await reader.articles([last, 0, 1, last - 1, 0]))).toEqual(expected);
    expect(ids(await reader.articles([last, 0, 1, last - 1]))).toEqual(expected);
    expect((await reader.articles([last + 5])).size).toBe(0);
    db.close();
  });

  it('asked again, come from memory', async () => {
    const { db, bundle, generation, reads } = await installed();
    const reader = createIdbReader(db, generation);
    const docs = [3, 9, 0];
    const first = ids(await reader.articles(docs));
    expect(reads()).toBe(1);
    expect(ids(await reader.articles(docs))).toEqual(first);
    expect(ids(await reader.articles([9]))).toEqual([[9, bundle.archive.articles[9]!.id]]);
    expect(reads()).toBe(1);
    // a neighbour of a kept article, in the same chunk, is read
    await reader.articles([1]);
    expect(reads()).toBe(2);
    db.close();
  });
});
