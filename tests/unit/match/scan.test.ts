import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../core/match/matcher';
import { naiveScan, payload, plain } from './reference';

/** A tiny alphabet makes overlaps, shared prefixes and failure chains frequent. */
const LETTERS = ['吕', '梁', '市', '委', '孙', '大', '军'];
const letter = fc.constantFrom(...LETTERS);
const word = (min: number, max: number) =>
  fc.array(letter, { minLength: min, maxLength: max }).map((a) => a.join(''));
const lexicon = fc.array(fc.array(word(1, 5), { minLength: 1, maxLength: 3 }), {
  minLength: 1,
  maxLength: 25,
});
/** Page text also holds characters in no pattern (x) and the traditional 呂. */
const text = fc.array(fc.constantFrom(...LETTERS, 'x', '呂'), { maxLength: 160 }).map((a) => a.join(''));

describe('scan: leftmost-longest, non-overlapping', () => {
  it('agrees with the naive reference on random patterns and texts', () => {
    fc.assert(
      fc.property(lexicon, text, (surfaces, page) => {
        const matcher = createMatcher(payload(surfaces));
        expect(plain(matcher.scan(page))).toEqual(naiveScan(surfaces, page));
      }),
      { numRuns: 1500 },
    );
  });

  it('agrees with the reference when every pattern has at least two characters', () => {
    // Entity surfaces are never shorter, and the scanner takes a shortcut for this case.
    const lexicon2 = fc.array(fc.array(word(2, 5), { minLength: 1, maxLength: 3 }), {
      minLength: 1,
      maxLength: 25,
    });
    fc.assert(
      fc.property(lexicon2, text, (surfaces, page) => {
        const matcher = createMatcher(payload(surfaces, '呂吕'));
        expect(plain(matcher.scan(page))).toEqual(naiveScan(surfaces, page, '呂吕'));
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with the reference when variant characters are folded', () => {
    fc.assert(
      fc.property(lexicon, text, (surfaces, page) => {
        const matcher = createMatcher(payload(surfaces, '呂吕'));
        expect(plain(matcher.scan(page))).toEqual(naiveScan(surfaces, page, '呂吕'));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with the reference when states have many children (wide alphabet)', () => {
    const wide = '吕梁市委孙大军王李张刘陈杨赵黄周吴徐胡朱高林何郭马罗'.split('');
    const wideWord = fc
      .array(fc.constantFrom(...wide), { minLength: 1, maxLength: 4 })
      .map((a) => a.join(''));
    const lexiconWide = fc.array(fc.array(wideWord, { minLength: 1, maxLength: 3 }), {
      minLength: 20,
      maxLength: 80,
    });
    const page = fc
      .array(fc.oneof(fc.constantFrom(...wide, 'x'), fc.constant('孙吕')), { maxLength: 300 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(lexiconWide, page, (surfaces, text) => {
        // Every pattern also appears behind 吕 and 孙吕, so 吕 gets dozens of children and is the failure
        // state of 孙吕: failure links are then computed through wide, sorted edge runs.
        const all = surfaces.map((list) => [...list, ...list.flatMap((w) => ['吕' + w, '孙吕' + w])]);
        const matcher = createMatcher(payload(all));
        expect(plain(matcher.scan(text))).toEqual(naiveScan(all, text));
      }),
      { numRuns: 400 },
    );
  });

  it('prefers the longest of overlapping names: 吕梁 / 吕梁市 / 吕梁市委', () => {
    const matcher = createMatcher(payload([['吕梁'], ['吕梁市'], ['吕梁市委'], ['市委']]));
    const page = '吕梁市委书记，吕梁市政府，吕梁人，市委';
    expect(plain(matcher.scan(page))).toEqual([
      { start: 0, end: 4, entryIndex: 2 },
      { start: 7, end: 10, entryIndex: 1 },
      { start: 13, end: 15, entryIndex: 0 },
      { start: 17, end: 19, entryIndex: 3 },
    ]);
  });

  it('finds a later, longer match when an earlier long candidate dies (abcd / b / bc on "abcx")', () => {
    const matcher = createMatcher(payload([['孙大军委'], ['大'], ['大军']]));
    expect(plain(matcher.scan('孙大军x'))).toEqual([{ start: 1, end: 3, entryIndex: 2 }]);
  });

  it('keeps a match that starts inside the tail of a committed one', () => {
    // 吕梁 wins at 0; 市委 starts where 吕梁市委x would have continued.
    const matcher = createMatcher(payload([['吕梁'], ['吕梁市委书'], ['市委']]));
    expect(plain(matcher.scan('吕梁市委x'))).toEqual([
      { start: 0, end: 2, entryIndex: 0 },
      { start: 2, end: 4, entryIndex: 2 },
    ]);
  });

  it('reports every entry that shares a surface', () => {
    const matcher = createMatcher(payload([['张伟'], ['王五'], ['张伟', '张老师']]));
    const [match] = matcher.scan('局长张伟');
    expect(match).toMatchObject({ start: 2, end: 4, entryIndex: 0, homonyms: [0, 2] });
    expect(matcher.scan('王五')[0]?.homonyms).toBeUndefined();
  });

  it('matches folded traditional and mixed forms', () => {
    const matcher = createMatcher(payload([['吕梁市'], ['孙大军']], '呂吕孫孙軍军'));
    expect(plain(matcher.scan('呂梁市孫大軍，吕梁市孙大軍'))).toEqual([
      { start: 0, end: 3, entryIndex: 0 },
      { start: 3, end: 6, entryIndex: 1 },
      { start: 7, end: 10, entryIndex: 0 },
      { start: 10, end: 13, entryIndex: 1 },
    ]);
  });

  it('handles names with characters outside the BMP', () => {
    const matcher = createMatcher(payload([['王𠅤'], ['𠅤山']]));
    // 𠅤 is two UTF-16 code units; offsets count code units.
    expect(plain(matcher.scan('副县长王𠅤山'))).toEqual([{ start: 3, end: 6, entryIndex: 0 }]);
    expect(plain(matcher.scan('副县长𠅤山'))).toEqual([{ start: 3, end: 6, entryIndex: 1 }]);
  });

  it('limits the scan to [from, to) and keeps offsets in the whole text', () => {
    const matcher = createMatcher(payload([['吕梁'], ['孙大军']]));
    const page = '吕梁孙大军吕梁';
    expect(plain(matcher.scan(page, 2, 5))).toEqual([{ start: 2, end: 5, entryIndex: 1 }]);
    expect(plain(matcher.scan(page, 3))).toEqual([{ start: 5, end: 7, entryIndex: 0 }]);
    expect(matcher.scan(page, 0, 1)).toEqual([]);
  });

  it('gives the characters before each match, folded', () => {
    const matcher = createMatcher(payload([['孙大军'], ['秘书长']], '書书長长'), { context: 4 });
    const [post, name] = matcher.scan('吕梁市政府秘書長孙大军');
    expect(post?.before).toBe('梁市政府');
    expect(name?.before).toBe('府秘书长');
  });

  it('returns nothing for an empty payload or text', () => {
    expect(createMatcher(payload([])).scan('吕梁')).toEqual([]);
    expect(createMatcher(payload([['吕梁']])).scan('')).toEqual([]);
  });
});
