import { describe, expect, it, vi } from 'vitest';
import { createMatcher, decideHighlights } from '@/core/match';
import type { Archive } from '@/core/types';
import { createRouter, type Reply } from '@/lib/shared/messages/router';
import { memoryOverlayData, type OverlayData } from '@/lib/background/overlay/overlay-data';
import { createOverlayHandlers, type OverlayEnv } from '@/lib/background/overlay/overlay-handlers';
import type { CardData, MatcherReply } from '@/lib/shared/overlay-protocol';
import { fixtureArchive } from './fixture';

function fakeEnv(): OverlayEnv & { opened: [number, string][] } {
  const opened: [number, string][] = [];
  return {
    opened,
    // Enough of a traditional ⇄ simplified table for the fixture's names.
    converters: () => ({
      toTraditional: (s) => s.replace(/吕/g, '呂').replace(/孙/g, '孫').replace(/军/g, '軍'),
      toSimplified: (s) => s.replace(/呂/g, '吕').replace(/孫/g, '孙').replace(/軍/g, '军'),
    }),
    openPanel: async (tabId, path) => {
      opened.push([tabId, path]);
    },
  };
}

function setup(archive: Archive = fixtureArchive()) {
  const data = memoryOverlayData(archive);
  const env = fakeEnv();
  const route = createRouter(createOverlayHandlers(data, env));
  return { data, env, route };
}

function ok<T>(reply: Reply<unknown>): T {
  if (!reply.ok) throw new Error(`expected ok, got ${reply.error.code}: ${reply.error.message}`);
  return reply.data as T;
}

describe('overlay/matcher', () => {
  it('returns a payload that finds the archive names, traditional forms included', async () => {
    const { route } = setup();
    const reply = ok<MatcherReply>(await route({ type: 'overlay/matcher' }));
    const matcher = createMatcher(reply.data);
    const page = '呂梁市委書記孫大軍到柳林县穆村镇调研。';
    const ids = matcher.scan(page).map((m) => matcher.entries[m.entryIndex]!.id);
    expect(ids).toEqual(['organization:市委', 'person:孙大军', 'place:柳林县', 'place:穆村镇']);
    const decision = decideHighlights(matcher.entries, matcher.scan(page));
    // 呂梁市委 spelled out names Lüliang's own 市委: highlighted, and itself proof the page is about Lüliang.
    expect(decision.reason).toBe('anchor');
    expect(decision.entities.map((e) => e.id)).toEqual([
      'organization:市委',
      'person:孙大军',
      'place:柳林县',
      'place:穆村镇',
    ]);
  });

  it('builds the payload once per archive version and again when the version moves', async () => {
    const archive = fixtureArchive();
    let version = 'v1';
    const base = memoryOverlayData(archive);
    const entities = vi.fn(() => base.entities());
    const data: OverlayData = { ...base, version: async () => version, entities };
    const route = createRouter(createOverlayHandlers(data, fakeEnv()));
    const [a, b] = await Promise.all([
      route({ type: 'overlay/matcher' }),
      route({ type: 'overlay/matcher' }),
    ]);
    await route({ type: 'overlay/matcher' });
    expect(entities).toHaveBeenCalledTimes(1);
    expect(ok<MatcherReply>(a)).toBe(ok<MatcherReply>(b));
    version = 'v2';
    const c = ok<MatcherReply>(await route({ type: 'overlay/matcher' }));
    expect(entities).toHaveBeenCalledTimes(2);
    expect(c.version).toMatch(/^v2#edges-/);
  });

  it('keeps the stored payload for the same archive and word edges, and builds again for new word edges', async () => {
    const base = memoryOverlayData(fixtureArchive());
    const stored = new Map<string, MatcherReply>();
    const entities = vi.fn(() => base.entities());
    const data: OverlayData = {
      ...base,
      entities,
      storedMatcher: async (version) => stored.get(version),
      storeMatcher: async (reply, archive) => {
        expect(archive).toBe(await base.version());
        stored.set(reply.version, reply);
      },
    };
    // each call is a background start: a fresh cache over the same stored records
    const start = (blocks: string[], shortForms: Record<string, string> = {}) =>
      createRouter(
        createOverlayHandlers(data, { ...fakeEnv(), wordEdges: async () => ({ blocks, shortForms }) }),
      );
    const first = ok<MatcherReply>(await start(['柳林县城'])({ type: 'overlay/matcher' }));
    await vi.waitFor(() => expect(stored.size).toBe(1));
    const again = ok<MatcherReply>(await start(['柳林县城'])({ type: 'overlay/matcher' }));
    expect(again.version).toBe(first.version);
    expect(entities).toHaveBeenCalledTimes(1);
    const updated = ok<MatcherReply>(
      await start(['柳林县城'], { 穆村镇: '穆村' })({ type: 'overlay/matcher' }),
    );
    expect(updated.version).not.toBe(first.version);
    expect(entities).toHaveBeenCalledTimes(2);
    expect(updated.data).not.toEqual(first.data);
  });

  it('tries again after a failed build instead of caching the failure', async () => {
    const base = memoryOverlayData(fixtureArchive());
    let fail = true;
    const data: OverlayData = {
      ...base,
      entities: async () => {
        if (fail) throw new Error('store not open');
        return base.entities();
      },
    };
    const route = createRouter(createOverlayHandlers(data, fakeEnv()));
    const first = await route({ type: 'overlay/matcher' });
    expect(first).toMatchObject({ ok: false, error: { code: 'internal', message: 'store not open' } });
    fail = false;
    expect((await route({ type: 'overlay/matcher' })).ok).toBe(true);
  });
});

describe('overlay/card', () => {
  it('lists every post with its span, earliest first, and the one held on the page date', async () => {
    const { route } = setup();
    const card = ok<CardData>(await route({ type: 'overlay/card', id: 'person:张广勇', date: '2020-06-01' }));
    expect(card.name).toBe('张广勇');
    expect(card.kind).toBe('person');
    expect(card.posts.map((p) => [p.label, p.first, p.last])).toEqual([
      ['市委副书记', '2020-04-10', '2022-03-25'],
      ['市长', '2021-08-10', '2022-03-26'],
    ]);
    expect(card.atDate).toEqual({ date: '2020-06-01', held: true, posts: [card.posts[0]] });
    const later = ok<CardData>(
      await route({ type: 'overlay/card', id: 'person:张广勇', date: '2023-01-01' }),
    );
    // After every span: the post(s) held last, marked as not known to be held that day.
    expect(later.atDate?.held).toBe(false);
    expect(later.atDate?.posts.map((p) => p.label)).toEqual(['市长']);
  });

  it('gives last seen, a gap-free monthly timeline and the article count', async () => {
    const { route } = setup();
    const card = ok<CardData>(await route({ type: 'overlay/card', id: 'person:孙大军' }));
    expect(card.atDate).toBeNull();
    expect(card.lastSeen).toBe('2022-03-26');
    expect(card.timeline?.from).toBe('2021-08');
    expect(card.timeline?.counts).toEqual([2, 0, 0, 0, 0, 0, 0, 1]);
    expect(card.articleCount).toBe(3);
  });

  it('completes a hand-made archive’s profiles (timeline, last seen) from its articles', async () => {
    const { route } = setup();
    const card = ok<CardData>(await route({ type: 'overlay/card', id: 'person:张广勇' }));
    expect(card.lastSeen).toBe('2022-03-26');
    expect(card.firstSeen).toBe('2020-04-11');
    expect(card.timeline?.from).toBe('2020-04');
    expect(card.timeline?.counts.length).toBe(24);
    expect(card.timeline?.counts.reduce((a, b) => a + b)).toBe(4);
  });

  it('ranks related articles by the page’s other entities, then by title, then newest', async () => {
    const { route } = setup();
    const plain = ok<CardData>(await route({ type: 'overlay/card', id: 'person:张广勇' }));
    // a5's title names him; then newest first.
    expect(plain.related.map((a) => a.id)).toEqual(['a5', 'a4', 'a2']);
    const withContext = ok<CardData>(
      await route({ type: 'overlay/card', id: 'person:张广勇', context: ['person:孙大军', 'place:吕梁市'] }),
    );
    // a2 and a4 also name both 孙大军 and 吕梁市; a2 is older but ties are broken by date.
    expect(withContext.related.map((a) => a.id)).toEqual(['a4', 'a2', 'a1']);
    expect(withContext.related[0]).toEqual({ id: 'a4', title: '市委常委会召开会议', date: '2022-03-26' });
  });

  it('names the county of a place', async () => {
    const { route } = setup();
    const card = ok<CardData>(await route({ type: 'overlay/card', id: 'place:穆村镇' }));
    expect(card.county).toBe('柳林县');
    expect(card.posts).toEqual([]);
  });

  it.each([
    [{ type: 'overlay/card' }, 'bad-request'],
    [{ type: 'overlay/card', id: 7 }, 'bad-request'],
    [{ type: 'overlay/card', id: 'person:孙大军', date: '10 Aug 2021' }, 'bad-request'],
    [{ type: 'overlay/card', id: 'person:孙大军', context: 'place:吕梁市' }, 'bad-request'],
    [{ type: 'overlay/card', id: 'person:孙大军', context: [1] }, 'bad-request'],
    [{ type: 'overlay/card', id: 'person:孙大军', context: Array(51).fill('x') }, 'bad-request'],
    [{ type: 'overlay/card', id: 'x'.repeat(301) }, 'bad-request'],
    [{ type: 'overlay/card', id: 'person:nobody' }, 'not-found'],
  ])('answers %j with %s', async (message, code) => {
    const { route } = setup();
    const reply = await route(message);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.code).toBe(code);
  });
});

describe('overlay/open-panel', () => {
  it('opens the sender tab’s side panel before awaiting anything (the click’s user gesture)', async () => {
    const { env, route } = setup();
    const pending = route({ type: 'overlay/open-panel', query: '?article=a4' }, { tabId: 7, frameId: 0 });
    // Called synchronously within route(): no await ran before the browser call.
    expect(env.opened).toEqual([[7, '/sidepanel.html?article=a4']]);
    expect(ok(await pending)).toEqual({ opened: true });
    await route({ type: 'overlay/open-panel', query: '?entity=孙大军' }, { tabId: 7 });
    expect(env.opened[1]).toEqual([7, `/sidepanel.html?entity=${encodeURIComponent('孙大军')}`]);
  });

  it.each([
    { type: 'overlay/open-panel' },
    { type: 'overlay/open-panel', query: 'article=a1' },
    { type: 'overlay/open-panel', query: '?article=' },
    { type: 'overlay/open-panel', query: '?foo=1' },
    { type: 'overlay/open-panel', query: '?article=a1&entity=x' },
    { type: 'overlay/open-panel', query: 5 },
  ])('rejects %j', async (message) => {
    const { env, route } = setup();
    const reply = await route(message, { tabId: 1 });
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(env.opened).toEqual([]);
  });

  it('refuses a sender that is not a tab', async () => {
    const { env, route } = setup();
    expect(await route({ type: 'overlay/open-panel', query: '?article=a1' })).toMatchObject({ ok: false });
    expect(env.opened).toEqual([]);
  });
});
