import { describe, expect, it } from 'vitest';
import { archiveVersion, contentDigest, overlaidVersion } from '@/core/archive-version';
import { pageFingerprint, savedFingerprint } from '@/core/additions/fingerprint';
import { archiveFingerprint } from '@/core/search';
import type { Archive } from '@/core/types';

const archive = {
  editions: [{ id: 'e1', file: 'a.txt', date: '2021-08-11', page: 1 }],
  articles: [
    {
      id: 'a1',
      edition: 'e1',
      kind: 'news',
      headline: null,
      title: '孙大军调研',
      body: '吕梁市委书记孙大军到离石区调研。',
    },
  ],
  entities: [{ id: 'p1', kind: 'person', name: '孙大军', aliases: ['孫大軍'], articles: ['a1'] }],
} as unknown as Archive;

describe('the archive version', () => {
  it('keeps the values installed archives and stored additions carry', () => {
    // Computed by the code that wrote them: a changed value would reinstall every archive and duplicate
    // every addition.
    expect(archiveVersion(archive)).toBe('08089caa2c60b8a7');
    expect(pageFingerprint({ date: '2021-08-11', page: 1, text: '吕梁 日报\r\n' } as never)).toBe(
      '44672cf3ba231d3e',
    );
    expect(savedFingerprint({ url: 'https://example.com/a', text: '正文' } as never)).toBe(
      '86585bdb22ba0898',
    );
  });

  it('is the one the search index is stamped with', () => {
    expect(archiveFingerprint(archive)).toBe(archiveVersion(archive));
  });

  it('changes with any text the archive holds, and with the additions laid over it', () => {
    const edited = {
      ...archive,
      articles: [{ ...archive.articles[0]!, body: '吕梁市委书记孙大军到离石区调研！' }],
    } as Archive;
    expect(archiveVersion(edited)).not.toBe(archiveVersion(archive));
    const base = archiveVersion(archive);
    expect(overlaidVersion(base, [])).toMatch(/^[0-9a-f]{16}$/);
    expect(overlaidVersion(base, ['a'])).not.toBe(overlaidVersion(base, []));
    expect(overlaidVersion(base, ['a', 'b'])).not.toBe(overlaidVersion(base, ['b', 'a']));
    expect(overlaidVersion(base, ['a', 'b'])).toBe(contentDigest(`${base}|a|b`));
  });
});
