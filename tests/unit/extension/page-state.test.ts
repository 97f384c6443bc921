import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter } from '@/lib/shared/messages/router';
import {
  forgetTab,
  MAX_REPORT_URL,
  pageHandlers,
  storedUrl,
} from '@/lib/background/page/page-report-handlers';

const route = createRouter(pageHandlers);
const tab = (tabId: number, url = `https://news.example.cn/a/${tabId}.html?token=s3cret#frag`) => ({
  tabId,
  frameId: 0,
  url,
});
const popup = { url: 'chrome-extension://abc/popup.html', extensionPage: true };

async function report(tabId: number, url?: string) {
  const reply = await route(
    {
      type: 'page/report',
      ids: ['person:孙大军', 'place:离石区', 'place:柳林县'],
      mentions: 2,
      document: 5,
      top: 5,
    },
    tab(tabId, url),
  );
  expect(reply).toEqual({ ok: true, data: { stored: true } });
}

describe('page state', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The fake has no badge; the handler sets it after storing, which is what these tests look at.
    Object.assign(fakeBrowser, {
      action: { setBadgeText: async () => {}, setBadgeBackgroundColor: async () => {} },
    });
  });

  it('answers an extension page about any tab', async () => {
    await report(7);
    const reply = await route({ type: 'page/state', tabId: 7 }, popup);
    expect(reply.ok && reply.data).toMatchObject({ mentions: 2, entities: 3 });
  });

  it('answers a content script about its own tab only', async () => {
    await report(7);
    await report(8);
    const own = await route({ type: 'page/state', tabId: 8 }, tab(8));
    expect(own.ok && own.data).toMatchObject({ entities: 3 });
    for (const guess of [7, 9, 0, 1]) {
      expect(await route({ type: 'page/state', tabId: guess }, tab(8))).toEqual({ ok: true, data: null });
    }
  });

  it('stores no query string or fragment, and a bounded address', async () => {
    await report(7);
    const reply = await route({ type: 'page/state', tabId: 7 }, popup);
    expect(reply.ok && (reply.data as { url: string }).url).toBe('https://news.example.cn/a/7.html');
    expect(storedUrl(`https://x.cn/${'a'.repeat(10_000)}`).length).toBe(MAX_REPORT_URL);
    expect(storedUrl(`https://x.cn/p#${'f'.repeat(2_000_000)}`)).toBe('https://x.cn/p');
  });

  it('forgets a closed tab', async () => {
    await report(7);
    await forgetTab(7);
    expect(await route({ type: 'page/state', tabId: 7 }, popup)).toEqual({ ok: true, data: null });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('publishes nothing from a child frame until the top frame reports', async () => {
    const reply = await route(
      { type: 'page/report', ids: ['place:离石区'], mentions: 1, document: 9, top: 5 },
      { ...tab(7), frameId: 3 },
    );
    expect(reply).toEqual({ ok: true, data: { stored: false } });
  });
});
