/**
 * The background's record of what each frame of a tab found: a page's frames summed, reports of replaced
 * documents and of pages the tab has left dropped, closed tabs forgotten. Through the router too, as the
 * content scripts reach it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter } from '@/lib/shared/messages/router';
import { FrameStore, type FrameReport, type KeyValueStore } from '@/lib/background/overlay/frame-reports';
import { forgetTab, pageHandlers } from '@/lib/background/page/page-report-handlers';

function memoryStorage(): KeyValueStore & { items: Map<string, unknown> } {
  const items = new Map<string, unknown>();
  return {
    items,
    get: async (key) => (items.has(key) ? { [key]: structuredClone(items.get(key)) } : {}),
    set: async (entries) => {
      for (const [key, value] of Object.entries(entries)) items.set(key, structuredClone(value));
    },
    remove: async (key) => void items.delete(key),
  };
}

const URL_A = 'https://news.example.cn/a.html';
const URL_B = 'https://news.example.cn/b.html';

/** A report from a document that started at `document`, in the page whose top document started at `top`. */
const found = (ids: string[], mentions: number, document: number, top = document): FrameReport => ({
  ids,
  mentions,
  document,
  top,
});

describe('the frame store', () => {
  it('sums the top frame and its same-page frames, counting an entity once', async () => {
    const store = new FrameStore(memoryStorage());
    // A child frame may report before the top frame: nothing is published until the page's own report.
    expect(await store.report(1, 4, found(['place:柳林县'], 1, 520, 500), null)).toBeNull();
    expect(await store.report(1, 0, found(['person:孙大军', 'place:柳林县'], 3, 500), URL_A)).toEqual({
      url: URL_A,
      entities: 2,
      mentions: 4,
    });
    expect(await store.report(1, 5, found(['place:离石区'], 2, 530, 500), null)).toEqual({
      url: URL_A,
      entities: 3,
      mentions: 6,
    });
    // A frame whose findings change replaces its report; it is not added twice.
    expect(await store.report(1, 5, found([], 0, 530, 500), null)).toEqual({
      url: URL_A,
      entities: 2,
      mentions: 4,
    });
  });

  it('drops a late report from a replaced document', async () => {
    const store = new FrameStore(memoryStorage());
    await store.report(1, 0, found(['person:孙大军'], 1, 500), URL_A);
    // Frame 4 navigated: its new document (started at 700) reported, then the old one's last report arrives.
    await store.report(1, 4, found(['place:离石区'], 1, 700, 500), null);
    expect(await store.report(1, 4, found(['place:柳林县', 'place:交城县'], 9, 600, 500), null)).toBeNull();
    expect(await store.report(1, 0, found(['person:孙大军'], 1, 500), URL_A)).toEqual({
      url: URL_A,
      entities: 2,
      mentions: 2,
    });
  });

  it('forgets the frames of a page the tab has left', async () => {
    const store = new FrameStore(memoryStorage());
    await store.report(1, 0, found(['person:孙大军'], 1, 500), URL_A);
    await store.report(1, 4, found(['place:柳林县'], 1, 520, 500), null);
    // The tab opens page B (its top document starts at 900); one of its frames reports first.
    expect(await store.report(1, 6, found(['place:离石区'], 2, 950, 900), null)).toEqual({
      url: URL_A,
      entities: 2,
      mentions: 2,
    });
    expect(await store.report(1, 0, found([], 0, 900), URL_B)).toEqual({
      url: URL_B,
      entities: 1,
      mentions: 2,
    });
    // Page A's frame, late: its page is gone.
    expect(await store.report(1, 4, found(['place:柳林县', 'place:交城县'], 2, 530, 500), null)).toBeNull();
    // And page A's top document, late too.
    expect(await store.report(1, 0, found(['person:孙大军'], 5, 500), URL_A)).toBeNull();
  });

  it('keeps tabs apart and forgets a closed one', async () => {
    const storage = memoryStorage();
    const store = new FrameStore(storage);
    await store.report(1, 0, found(['person:孙大军'], 1, 500), URL_A);
    await store.report(2, 0, found(['place:离石区', 'place:柳林县'], 4, 400), URL_B);
    await store.forget(1);
    expect([...storage.items.keys()]).toEqual(['frames:2']);
    // A report of the closed tab's page that was on its way starts a new record; the other tab is untouched.
    expect(await store.report(2, 3, found(['person:孙大军'], 1, 450, 400), null)).toEqual({
      url: URL_B,
      entities: 3,
      mentions: 5,
    });
  });

  it('applies reports one at a time, so concurrent frames all count', async () => {
    const store = new FrameStore(memoryStorage());
    await store.report(1, 0, found([], 0, 500), URL_A);
    const all = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        store.report(1, i + 1, found([`place:${i}`], 1, 510 + i, 500), null),
      ),
    );
    expect(all.at(-1)).toEqual({ url: URL_A, entities: 8, mentions: 8 });
  });
});

describe('page/report through the router', () => {
  const route = createRouter(pageHandlers);
  const badge: { tabId: number; text: string }[] = [];

  beforeEach(() => {
    fakeBrowser.reset();
    badge.length = 0;
    Object.assign(fakeBrowser, {
      action: {
        setBadgeText: async (details: { tabId: number; text: string }) => void badge.push(details),
        setBadgeBackgroundColor: async () => {},
      },
    });
  });

  const report = (frameId: number, ids: string[], mentions: number, document: number, top = document) =>
    route({ type: 'page/report', ids, mentions, document, top }, { tabId: 3, frameId, url: `${URL_A}?q=1` });

  it('publishes the sum of the page’s frames to the badge and session storage', async () => {
    expect(await report(4, ['place:柳林县'], 1, 510, 500)).toEqual({ ok: true, data: { stored: false } });
    expect(await report(0, ['person:孙大军'], 2, 500)).toEqual({ ok: true, data: { stored: true } });
    expect(badge.at(-1)).toEqual({ tabId: 3, text: '2' });
    const stored = await fakeBrowser.storage.session.get('page:3');
    expect(stored['page:3']).toMatchObject({ url: URL_A, entities: 2, mentions: 3 });
    await forgetTab(3);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('rejects malformed reports', async () => {
    for (const bad of [
      { type: 'page/report', ids: 'x', mentions: 0, document: 1, top: 1 },
      { type: 'page/report', ids: [], mentions: -1, document: 1, top: 1 },
      { type: 'page/report', ids: [], mentions: 0, document: Number.NaN, top: 1 },
      { type: 'page/report', ids: [7], mentions: 0, document: 1, top: 1 },
      { type: 'page/report', ids: [], mentions: 0, document: 1 },
    ]) {
      expect(await route(bad, { tabId: 1, frameId: 2 })).toMatchObject({
        ok: false,
        error: { code: 'bad-request' },
      });
    }
  });
});
