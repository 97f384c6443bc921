/**
 * The background's post messages and the card's post facts, over the bundled archive in memory: the same
 * handlers the extension registers, through the router (validation included).
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Archive } from '@/core/types';
import { createRouter, type Reply } from '@/lib/shared/messages/router';
import { memoryOverlayData } from '@/lib/background/overlay/overlay-data';
import { createOverlayHandlers, panelQuery } from '@/lib/background/overlay/overlay-handlers';
import type { CardData } from '@/lib/shared/overlay-protocol';
import type { ReplyOf } from '@/lib/shared/messages/to-background';
import { createPostCache } from '@/lib/background/posts/cache';
import { postHandlerTable } from '@/lib/background/posts/post-handlers';
import { memoryPostSource, type PostSource } from '@/lib/background/posts/source';
import { printedBefore } from '@/lib/content/overlay/printed-before';
import { SEED_BUILD_MS, seedArchive } from './seeds';

let archive: Archive;
beforeAll(() => {
  archive = seedArchive();
}, SEED_BUILD_MS);

function ok<T>(reply: Reply<unknown>): T {
  if (!reply.ok) throw new Error(`expected ok, got ${reply.error.code}: ${reply.error.message}`);
  return reply.data as T;
}

type Reply_<K extends 'posts/post' | 'posts/ask' | 'posts/person'> = ReplyOf<K>;

function setup(source: PostSource = memoryPostSource(archive)) {
  const cache = createPostCache(source);
  const env = { converters: () => ({}), openPanel: async () => undefined };
  const route = createRouter({
    ...postHandlerTable(cache),
    ...createOverlayHandlers(memoryOverlayData(archive), env, cache),
  });
  return { route, cache };
}

describe('post messages', () => {
  it('answers a post by id or title, with who was printed on a day', async () => {
    const { route } = setup();
    const reply = ok<Reply_<'posts/post'>>(
      await route({ type: 'posts/post', id: '市长', date: '2020-05-01' }),
    );
    expect(reply.post?.id).toBe('post:市长');
    expect(reply.post?.holders.map((h) => h.name)).toEqual(['王立伟', '张广勇']);
    expect(reply.on?.during.map((h) => h.name)).toEqual(['王立伟']);
    expect(reply.coverage.pages).toBe(5);
    const missing = ok<Reply_<'posts/post'>>(await route({ type: 'posts/post', id: 'post:柳林县委书记' }));
    expect([missing.post, missing.coverage.pages]).toEqual([null, 5]);
    const bad = await route({ type: 'posts/post', id: 'post:市长', date: '2020年' });
    expect(bad.ok ? null : bad.error.code).toBe('bad-request');
  });

  it('reads search text as a post question, and says null to anything else', async () => {
    const { route } = setup();
    const asked = ok<Reply_<'posts/ask'>>(
      await route({ type: 'posts/ask', query: 'who held 市长 on 2020-09-01' }),
    );
    expect(asked.answer).toMatchObject({ title: '市长', date: '2020-09-01' });
    expect([asked.answer?.on?.before?.name, asked.answer?.on?.after?.name]).toEqual(['王立伟', '张广勇']);
    const none = ok<Reply_<'posts/ask'>>(await route({ type: 'posts/ask', query: '孙大军' }));
    expect(none.answer).toBeNull();
  });

  it('gives a person’s posts with who came before and after', async () => {
    const { route } = setup();
    const reply = ok<Reply_<'posts/person'>>(
      await route({ type: 'posts/person', entityId: 'person:孙大军' }),
    );
    expect(reply.posts.map((p) => [p.title, p.before?.name ?? null, p.after?.name ?? null])).toEqual([
      ['市委书记', '李正印', null],
    ]);
    const span = reply.posts[0]!.spans[0]!;
    expect(span.articleCount).toBe(span.articles.length);
  });

  it('builds the index once per archive version, and again when the version moves', async () => {
    let version = 'v1';
    const inner = memoryPostSource(archive);
    const build = vi.fn(inner.build);
    const { route } = setup({ version: async () => version, build });
    await Promise.all([
      route({ type: 'posts/coverage' }),
      route({ type: 'posts/person', entityId: 'person:林武' }),
    ]);
    await route({ type: 'posts/ask', query: '市委书记' });
    expect(build).toHaveBeenCalledTimes(1);
    version = 'v2';
    await route({ type: 'posts/coverage' });
    expect(build).toHaveBeenCalledTimes(2);
  });

  it('forgets a failed build so the next question tries again', async () => {
    const inner = memoryPostSource(archive);
    let fail = true;
    const { route } = setup({
      version: async () => 'v',
      build: (v) => (fail ? Promise.reject(new Error('storage hiccup')) : inner.build(v)),
    });
    expect((await route({ type: 'posts/coverage' })).ok).toBe(false);
    fail = false;
    expect((await route({ type: 'posts/coverage' })).ok).toBe(true);
  });
});

describe('the card', () => {
  it('carries the person’s spans and the disagreement with the page', async () => {
    const { route } = setup();
    const card = ok<CardData>(
      await route({ type: 'overlay/card', id: 'person:张广勇', date: '2020-05-01', printed: ['会议由市长'] }),
    );
    expect(card.postFacts?.posts.map((p) => p.title)).toEqual(['市委副书记', '市长']);
    // English readers get the glossary's rendering of each post beside it.
    expect(card.postFacts?.posts.map((p) => p.english)).toEqual([
      'Deputy Party Secretary of the Municipal Committee',
      'Mayor',
    ]);
    expect(card.postFacts?.disagreement).toMatchObject({ printed: '市长', holders: [{ name: '王立伟' }] });
    const agreeing = ok<CardData>(
      await route({ type: 'overlay/card', id: 'person:张广勇', date: '2021-08-11', printed: ['会议由市长'] }),
    );
    expect(agreeing.postFacts?.disagreement).toBeNull();
  });

  it('stays a card without post facts for places, and for people without posts', async () => {
    const { route } = setup();
    const place = ok<CardData>(await route({ type: 'overlay/card', id: 'place:柳林县' }));
    expect(place.postFacts).toBeUndefined();
  });

  it('takes what the page prints before the entity’s own mentions only', () => {
    const entries = [{ id: 'person:张广勇' }, { id: 'person:王立伟' }];
    const mentions = [
      { entry: 0, before: '会议由市委副书记、市长' },
      { entry: 1, before: '。市长' },
      { entry: 0, before: '会议由市委副书记、市长' },
      { entry: -1, before: '副市长' },
    ];
    expect(printedBefore(mentions, entries, 'person:张广勇')).toEqual(['会议由市委副书记、市长']);
  });

  it('lets the card open the post view in the side panel', () => {
    expect(panelQuery('?post=post:市长')).toBe('?post=post%3A%E5%B8%82%E9%95%BF');
  });
});
