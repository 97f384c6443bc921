import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveStatus, SearchResult } from '@/lib/shared/archive-protocol';
import type { Reply } from '@/lib/shared/messages/router';
import { harness, until, type Harness } from './service-helpers';

function error(reply: Reply<unknown>): { code: string; message: string } {
  if (reply.ok) throw new Error(`expected an error, got ${JSON.stringify(reply.data).slice(0, 200)}`);
  return reply.error;
}

describe('archive messages', () => {
  let h: Harness;
  beforeAll(async () => {
    h = harness();
    await h.service.start();
    await until(() => h.service.status().ready);
  });

  it('rejects messages that are not objects with a type', async () => {
    for (const raw of [null, undefined, 'archive/search', 42, [], { type: 7 }, {}]) {
      expect(error(await h.route(raw)).code).toBe('bad-request');
    }
  });

  it('rejects unknown types, including inherited property names', async () => {
    for (const type of ['archive/nope', 'toString', '__proto__', 'constructor', 'hasOwnProperty']) {
      expect(error(await h.route({ type })).code).toBe('unknown-type');
    }
  });

  it('rejects missing fields and fields of the wrong type', async () => {
    const bad: Record<string, unknown>[] = [
      { type: 'archive/search' },
      { type: 'archive/search', query: 5 },
      { type: 'archive/search', query: 'x', limit: '3' },
      { type: 'archive/search', query: 'x', limit: 0 },
      { type: 'archive/search', query: 'x', limit: 1.5 },
      { type: 'archive/search', query: 'x', limit: 1000 },
      { type: 'archive/search', query: 'x', offset: -1 },
      { type: 'archive/search', query: 'x', kinds: ['gossip'] },
      { type: 'archive/search', query: 'x', kinds: 'news' },
      { type: 'archive/search', query: 'x', entities: 'p-sundajun' },
      { type: 'archive/search', query: 'x', entities: [1] },
      { type: 'archive/search', query: 'x', from: '2021/01/01' },
      { type: 'archive/search', query: 'x', from: '2022-01-01', to: '2021-01-01' },
      { type: 'archive/search', query: 'x', sort: 'random' },
      { type: 'archive/entity' },
      { type: 'archive/entity', name: ['孙大军'] },
      { type: 'archive/related' },
      { type: 'archive/related', text: '孙大军', articleId: 'a5' },
      { type: 'archive/related', text: 12 },
      { type: 'archive/related', articleId: 'a5', limit: 500 },
      { type: 'archive/timeline' },
      { type: 'archive/timeline', entityId: '' },
      { type: 'archive/timeline', entityId: { id: 'x' } },
      { type: 'archive/article' },
      { type: 'archive/article', id: null },
    ];
    for (const message of bad) {
      const e = error(await h.route(message));
      expect(e.code, JSON.stringify(message)).toBe('bad-request');
      expect(e.message).toContain(String(message.type));
    }
  });

  it('rejects huge strings instead of working on them', async () => {
    const huge = '吕'.repeat(200_001);
    for (const message of [
      { type: 'archive/search', query: huge },
      { type: 'archive/search', query: '孙'.repeat(501) },
      { type: 'archive/entity', name: huge },
      { type: 'archive/related', text: huge },
      { type: 'archive/timeline', entityId: huge },
      { type: 'archive/article', id: huge },
      { type: 'archive/search', query: 'x', entities: Array.from({ length: 11 }, (_, i) => `e${i}`) },
    ]) {
      expect(error(await h.route(message)).code).toBe('bad-request');
    }
  });

  it('answers well-formed messages', async () => {
    const search = await h.route({
      type: 'archive/search',
      query: '孙大军',
      limit: 5,
      sort: 'relevance',
      extra: 'ignored',
    });
    expect(search.ok && (search.data as SearchResult).hits.map((hit) => hit.id)).toEqual(['a5', 'a10']);
    const page = await h.route({ type: 'archive/related', text: '孙大军调研文明城市创建工作'.repeat(5000) });
    expect(page.ok).toBe(true);
    const entity = await h.route({ type: 'archive/entity', name: 'sdj' });
    expect(entity).toMatchObject({ ok: true, data: { entities: [{ id: 'p-sundajun' }] } });
    const timeline = await h.route({ type: 'archive/timeline', entityId: 'p-sundajun' });
    expect(timeline).toMatchObject({ ok: true, data: { entity: { name: '孙大军' } } });
    const article = await h.route({ type: 'archive/article', id: 'a1' });
    expect(article).toMatchObject({ ok: true, data: { article: { id: 'a1' }, date: '2020-04-11' } });
    const related = await h.route({ type: 'archive/related', articleId: 'a5', limit: 2 });
    expect(related.ok && (related.data as { items: unknown[] }).items).toHaveLength(2);
  });

  it('answers not-found for ids that are not in the archive', async () => {
    expect(error(await h.route({ type: 'archive/timeline', entityId: 'nobody' })).code).toBe('not-found');
    expect(error(await h.route({ type: 'archive/article', id: 'nothing' })).code).toBe('not-found');
    expect(error(await h.route({ type: 'archive/related', articleId: 'nothing' })).code).toBe('not-found');
  });

  it('reports status without any fields', async () => {
    const reply = await h.route({ type: 'archive/status' });
    expect(reply.ok && (reply.data as ArchiveStatus).ready).toBe(true);
  });
});
