import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '@/core/search';
import type { ArchiveStatus, SearchResult } from '@/lib/shared/archive-protocol';
import { installArchive, installedArchive, openLensDB, stagedLoad } from '@/lib/background/storage';
import { nodeJieba } from '@/scripts/lib/jieba-node';
import { fixtureBundle, freshName, revisedArchive } from './helpers';
import { harness, until } from './service-helpers';

async function search(h: ReturnType<typeof harness>, query: string): Promise<SearchResult> {
  const reply = await h.route({ type: 'archive/search', query });
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.data as SearchResult;
}

describe('the archive service', () => {
  it('installs the bundle on first start, reporting progress, then answers', async () => {
    const h = harness();
    expect(h.service.status()).toMatchObject({ state: 'empty', ready: false, progress: 0 });
    const seen: ArchiveStatus[] = [];
    await h.service.start();
    const early = await h.route({ type: 'archive/search', query: '孙大军' });
    expect(early.ok ? null : early.error.code).toBe('not-ready');
    await until(() => {
      seen.push(h.service.status());
      return h.service.status().ready;
    });
    expect(seen.some((s) => s.state === 'loading')).toBe(true);
    const progress = seen.map((s) => s.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(h.service.status()).toMatchObject({
      state: 'ready',
      progress: 1,
      phase: null,
      archive: { version: 'fixture-1', counts: { articles: 10, entities: 10 } },
      error: null,
    });
    expect((await search(h, '孙大军')).hits.map((x) => x.id)).toEqual(['a5', 'a10']);
  });

  it('answers on the quick path until jieba is warm, then with jieba', async () => {
    const h = harness();
    await h.service.start();
    await until(() => h.service.status().ready);
    const quick = await search(h, '创建指挥部');
    expect(quick.tokenizer).toBe('quick');
    expect(quick.hits[0]?.id).toBe('a5');
    expect(h.service.status().search).toMatchObject({ tokenizer: 'quick', jiebaWarmMs: null });
    h.releaseJieba();
    await until(() => h.service.status().search.tokenizer === 'jieba');
    const refined = await search(h, '创建指挥部');
    expect(refined.tokenizer).toBe('jieba');
    expect(refined.hits[0]?.id).toBe('a5');
    expect(h.service.status().search.jiebaWarmMs).toBe(2);
  });

  it('resumes a load the browser interrupted, on the next start', async () => {
    const name = freshName();
    const db = await openLensDB({ name });
    await installArchive(db, fixtureBundle(), {
      afterBatch: (step) => {
        if (step === 2) throw new Error('closed');
      },
    }).catch(() => undefined);
    const staging = await stagedLoad(db);
    db.close();
    const h = harness({ name });
    await h.service.start();
    await until(() => h.service.status().ready);
    expect(h.fetches()).toBe(1);
    const check = await openLensDB({ name });
    expect((await installedArchive(check))?.generation).toBe(staging!.generation);
    check.close();
  });

  it('does not read the bundle on an ordinary start when an archive is installed', async () => {
    const name = freshName();
    const first = harness({ name });
    await first.service.start();
    await until(() => first.service.status().ready);
    const again = harness({ name });
    await again.service.start();
    expect(again.service.status().ready).toBe(true);
    expect(again.fetches()).toBe(0);
    await again.service.onInstalled(); // an update of the extension: now the bundle is read
    expect(again.fetches()).toBe(1);
  });

  it('installs an updated bundle after an update while the old archive keeps answering', async () => {
    const name = freshName();
    const first = harness({ name });
    await first.service.start();
    await until(() => first.service.status().ready);
    const revised = revisedArchive();
    const updated = harness({
      name,
      bundle: { archive: revised, index: buildSearchIndex(revised, nodeJieba()), version: 'fixture-2' },
    });
    await updated.service.start();
    expect((await search(updated, '超过百万剂次')).total).toBe(0);
    const release = updated.holdFetch();
    const done = updated.service.onInstalled();
    await until(() => updated.service.status().state === 'updating');
    expect(updated.service.status()).toMatchObject({
      ready: true,
      phase: 'fetch',
      archive: { version: 'fixture-1' },
    });
    expect((await search(updated, '超过百万剂次')).total).toBe(0);
    release();
    await done;
    expect(updated.service.status()).toMatchObject({ state: 'ready', archive: { version: 'fixture-2' } });
    expect((await search(updated, '超过百万剂次')).hits[0]?.id).toBe('a2');
  });

  it('reports a failed load and answers not-ready with the reason', async () => {
    const h = harness({ bundle: new Error('archive.json is missing') });
    await h.service.start();
    await until(() => h.service.status().state === 'error');
    expect(h.service.status()).toMatchObject({ ready: false, error: 'archive.json is missing' });
    const reply = await h.route({ type: 'archive/search', query: '孙大军' });
    expect(reply.ok ? null : reply.error).toEqual({
      code: 'not-ready',
      message: 'The archive could not be loaded: archive.json is missing',
    });
    h.setBundle(fixtureBundle());
    await h.service.load();
    expect(h.service.status()).toMatchObject({ state: 'ready', error: null });
  });
});
