import { describe, expect, it } from 'vitest';
import { articleWithSnippet, articlesOf, comparable, goldArticles } from './helpers';

describe('gold articles of pages 001 and 003', () => {
  const gold = goldArticles();

  it('has the eleven hand-checked articles', () => {
    expect(gold).toHaveLength(11);
  });

  for (const expected of gold) {
    describe(`${expected.id} (${expected.snippet})`, () => {
      const article = () => articleWithSnippet(articlesOf(expected.file.slice(0, 3)), expected.snippet);

      it('has the printed headline, or none', () => {
        const { headline } = article();
        if (expected.headline === null) expect(headline).toBeNull();
        else expect(comparable(headline ?? '')).toContain(comparable(expected.headline));
      });

      it('has every bylined name and no other', () => {
        expect(new Set(article().reporters)).toEqual(new Set(expected.reporters));
      });

      it('has the dateline date and the kind', () => {
        expect(article().date).toBe(expected.date);
        expect(article().kind).toBe(expected.kind);
      });

      if (expected.also !== undefined) {
        const also = expected.also;
        it('keeps the text after the photo caption in the same article', () => {
          expect(comparable(article().body)).toContain(comparable(also));
        });
      }
    });
  }
});
