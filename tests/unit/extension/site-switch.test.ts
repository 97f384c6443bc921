import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRouter } from '@/lib/shared/messages/router';
import { pageHandlers } from '@/lib/background/page/page-report-handlers';
import { offForTab, siteSwitchHandlers } from '@/lib/background/page/site-switch';
import { DEFAULT_SETTINGS, setSiteDisabled, updateSettings } from '@/lib/shared/settings';

const route = createRouter({ ...pageHandlers, ...siteSwitchHandlers });
const off = (sites: string[], highlights = true) => ({
  ...DEFAULT_SETTINGS,
  highlights,
  disabledSites: sites,
});

describe('the per-site switch for a whole tab', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    Object.assign(fakeBrowser, {
      action: { setBadgeText: async () => {}, setBadgeBackgroundColor: async () => {} },
    });
  });

  it("decides by the tab's top page, not by the frame asking", () => {
    const settings = off(['news.example.cn']);
    expect(offForTab(settings, 'https://www.news.example.cn/a.html', undefined)).toBe(true);
    expect(offForTab(settings, 'https://other.example.org/', undefined)).toBe(false);
    // The tab's own address wins over an older report from a page the tab showed before.
    expect(offForTab(settings, 'https://other.example.org/', 'https://news.example.cn/a')).toBe(false);
    expect(offForTab(settings, undefined, 'https://news.example.cn/a')).toBe(true);
    expect(offForTab(settings, '', 'https://news.example.cn/a')).toBe(true);
  });

  it('is off everywhere with the global switch, and off while the top page is unknown', () => {
    expect(offForTab(off([], false), 'https://other.example.org/', undefined)).toBe(true);
    expect(offForTab(off([]), undefined, undefined)).toBe(true);
  });

  it("answers a cross-origin frame from the tab's address, or else from the top frame's report", async () => {
    await setSiteDisabled('https://news.example.cn/', true);
    const ad = { tabId: 4, frameId: 9, url: 'https://ads.example.net/slot.html' };
    expect(await route({ type: 'page/off' }, { ...ad, tabUrl: 'https://news.example.cn/a.html' })).toEqual({
      ok: true,
      data: { off: true },
    });
    expect(await route({ type: 'page/off' }, { ...ad, tabUrl: 'https://elsewhere.example.org/' })).toEqual({
      ok: true,
      data: { off: false },
    });
    // No tab address disclosed: the top frame's report says which page the tab shows.
    expect(await route({ type: 'page/off' }, ad)).toEqual({ ok: true, data: { off: true } });
    await route(
      { type: 'page/report', ids: [], mentions: 0, document: 1, top: 1 },
      { tabId: 4, frameId: 0, url: 'https://elsewhere.example.org/b.html?q=1' },
    );
    expect(await route({ type: 'page/off' }, ad)).toEqual({ ok: true, data: { off: false } });
    await updateSettings({ highlights: false });
    expect(await route({ type: 'page/off' }, ad)).toEqual({ ok: true, data: { off: true } });
  });
});
