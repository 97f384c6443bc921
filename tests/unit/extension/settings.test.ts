import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getSettings, isSiteDisabled, setSiteDisabled, siteOf, updateSettings } from '@/lib/shared/settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts from the defaults and keeps changes', async () => {
    expect((await getSettings()).highlights).toBe(true);
    await updateSettings({ highlights: false });
    expect((await getSettings()).highlights).toBe(false);
    expect((await getSettings()).disabledSites).toEqual([]);
  });

  it('normalises sites from URLs and typed host names', () => {
    expect(siteOf('https://www.Example.com/news/1.html')).toBe('example.com');
    expect(siteOf('news.sina.com.cn')).toBe('news.sina.com.cn');
    expect(siteOf('   ')).toBeNull();
    expect(siteOf('http://')).toBeNull();
    expect(siteOf('not a site')).toBeNull();
    expect(siteOf('localhost:8080')).toBe('localhost');
  });

  it('disables a site and its subdomains, and enables it again', async () => {
    await setSiteDisabled('https://example.com/a', true);
    let settings = await getSettings();
    expect(isSiteDisabled(settings, 'https://example.com/b')).toBe(true);
    expect(isSiteDisabled(settings, 'https://news.example.com/b')).toBe(true);
    expect(isSiteDisabled(settings, 'https://notexample.com/')).toBe(false);
    await setSiteDisabled('example.com', false);
    settings = await getSettings();
    expect(isSiteDisabled(settings, 'https://example.com/b')).toBe(false);
  });
});
