import { describe, expect, it } from 'vitest';
import { detectLang, messages } from '@/components/i18n';
import { archiveMessages } from '@/components/options/strings';
import { searchMessages } from '@/components/search/strings';

/** Both tables have the same keys, of the same types, and no string left untranslated. */
function expectTranslated<T extends object>(zh: T, en: T): void {
  expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  for (const key of Object.keys(en) as (keyof T)[]) {
    expect(typeof zh[key]).toBe(typeof en[key]);
    if (typeof zh[key] === 'string') expect(zh[key]).not.toBe(en[key]);
  }
}

describe('UI language', () => {
  it('follows the browser: any zh-* reads Chinese, anything else English', () => {
    expect(detectLang('zh-CN')).toBe('zh');
    expect(detectLang('zh-TW')).toBe('zh');
    expect(detectLang('en-US')).toBe('en');
    expect(detectLang('fr')).toBe('en');
    expect(detectLang(undefined)).toBe('en');
  });

  it('has every string in both languages', () => {
    const zh = messages('zh');
    expectTranslated(zh, messages('en'));
    expect(zh.pageMentions(3)).toContain('3');
  });

  it('has every string of the options page’s Archive section in both languages, named apart from the shared ones', () => {
    const zh = archiveMessages('zh');
    const en = archiveMessages('en');
    expectTranslated(zh, en);
    const shared = new Set(Object.keys(messages('en')));
    expect(Object.keys(en).filter((key) => shared.has(key))).toEqual([]);
    expect(zh.importDone(2, 1, 5)).toMatch(/2.*5.*1/u);
    expect(en.importPhase('import-index', 2)).not.toBe(en.importPhase('unknown', 2));
  });

  it('has every string of the search filters and note results in both languages, named apart from the shared ones', () => {
    expectTranslated(searchMessages('zh'), searchMessages('en'));
    const shared = new Set(Object.keys(messages('en')));
    expect(Object.keys(searchMessages('en')).filter((key) => shared.has(key))).toEqual([]);
    expect(searchMessages('zh').filterRemoveName('孙大军')).toContain('孙大军');
  });
});
