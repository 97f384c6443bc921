import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../core/match/matcher';
import type { Match } from '../../../core/match/types';
import { payload } from './reference';

const LETTERS = ['吕', '梁', '市', '委', '县'];
const word = fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 5 }).map((a) => a.join(''));
const lexicon = fc.array(fc.array(word, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 10 });
const text = fc
  .array(fc.constantFrom(...LETTERS, 'x', '呂', '縣'), { maxLength: 160 })
  .map((a) => a.join(''));

/** A match as plain data, its context read (for a lazy match, cut only now). */
const read = (m: Match) => ({
  start: m.start,
  end: m.end,
  entryIndex: m.entryIndex,
  before: m.before,
  ...(m.homonyms ? { homonyms: [...m.homonyms] } : {}),
});

describe('lazy context', () => {
  it('gives the same matches and contexts as the eager scan, one-shot or streamed in chunks', () => {
    fc.assert(
      fc.property(lexicon, text, fc.array(fc.nat(), { maxLength: 20 }), (surfaces, page, cuts) => {
        const matcher = createMatcher(payload(surfaces, '呂吕縣县'), { context: 4 });
        const eager = matcher.scan(page);
        expect(matcher.scan(page, 0, page.length, true).map(read)).toEqual(eager.map(read));
        const points = [...new Set(cuts.map((c) => c % (page.length + 1)))].sort((a, b) => a - b);
        const stream = matcher.stream(true);
        const found: Match[] = [];
        let from = 0;
        for (const p of [...points, page.length]) {
          found.push(...stream.feed(page.slice(from, p)));
          from = p;
        }
        found.push(...stream.end());
        expect(found.map(read)).toEqual(eager.map(read));
      }),
      { numRuns: 800 },
    );
  });

  it('folds the context only when read, and reads it from the text it was found in', () => {
    const matcher = createMatcher(payload([['孙大军']], '呂吕'), { context: 6 });
    const [match] = matcher.scan('呂梁市政府秘書長孙大军', 0, undefined, true);
    expect(match).toMatchObject({ start: 8, end: 11, entryIndex: 0 });
    expect(match!.before).toBe('市政府秘書長');
    const [near] = matcher.scan('呂梁孙大军', 0, undefined, true);
    expect(near!.before).toBe('吕梁');
  });
});
