import { describe, expect, it } from 'vitest';
import { ARTICLE_KINDS, isArticleKind, PRINTED_KINDS } from '@/core/article-kinds';
import { kindCode } from '@/core/search/docs';
import { parseSearchArgs, UsageError } from '@/scripts/lib/search-args';
import { readStoredFilters } from '@/components/search/search-state';

describe('article kinds', () => {
  it('keeps the index codes stored tables were written with', () => {
    // A document table stores the position: reordering would relabel every stored article.
    expect(ARTICLE_KINDS.map((kind) => kindCode(kind))).toEqual([0, 1, 2, 3, 4]);
    expect(kindCode('news')).toBe(0);
    expect(kindCode('saved')).toBe(4);
  });

  it('offers printed kinds in the filter and on the command line, not saved articles', () => {
    expect(PRINTED_KINDS).toEqual(['news', 'feature', 'commentary', 'photo']);
    expect(parseSearchArgs(['--kind', 'photo', '吕梁']).kinds).toEqual(['photo']);
    expect(() => parseSearchArgs(['--kind', 'saved', '吕梁'])).toThrow(UsageError);
    expect(readStoredFilters({ kind: 'commentary' }).kind).toBe('commentary');
    expect(readStoredFilters({ kind: 'saved' }).kind).toBeNull();
  });

  it('tells a kind from anything else', () => {
    for (const kind of ARTICLE_KINDS) expect(isArticleKind(kind)).toBe(true);
    for (const value of ['News', 'editorial', '', null, undefined, 3, ['news']])
      expect(isArticleKind(value)).toBe(false);
  });
});
