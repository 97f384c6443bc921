import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../core/match/matcher';
import type { Match } from '../../../core/match/types';
import { chunks, naiveScan, payload, plain, read } from './reference';

const LETTERS = ['吕', '梁', '市', '委'];
const letter = fc.constantFrom(...LETTERS);
const word = (min: number, max: number) =>
  fc.array(letter, { minLength: min, maxLength: max }).map((a) => a.join(''));
const lexicon = fc.oneof(
  fc.array(fc.array(word(1, 6), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 12 }),
  fc.array(fc.array(word(2, 6), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 12 }),
);
const text = fc.array(fc.constantFrom(...LETTERS, 'x', '呂'), { maxLength: 200 }).map((a) => a.join(''));

function streamed(matcher: ReturnType<typeof createMatcher>, parts: string[], lazy = false): Match[] {
  const stream = matcher.stream(lazy);
  const found: Match[] = [];
  for (const part of parts) found.push(...stream.feed(part));
  found.push(...stream.end());
  return found;
}

describe('stream: scanning across chunks', () => {
  it('equals the one-shot scan, context included, wherever the text is cut', () => {
    fc.assert(
      fc.property(lexicon, text, fc.array(fc.nat(), { maxLength: 30 }), (surfaces, page, cuts) => {
        const matcher = createMatcher(payload(surfaces, '呂吕'), { context: 5 });
        const whole = matcher.scan(page);
        expect(streamed(matcher, chunks(page, cuts))).toEqual(whole);
        expect(plain(whole)).toEqual(naiveScan(surfaces, page, '呂吕'));
        // Contexts cut only when read are the same contexts.
        expect(streamed(matcher, chunks(page, cuts), true).map(read)).toEqual(whole.map(read));
        expect(matcher.scan(page, 0, page.length, true).map(read)).toEqual(whole.map(read));
      }),
      { numRuns: 1500 },
    );
  });

  it('finds a name split by inline markup: <b>孙</b>大军', () => {
    const matcher = createMatcher(payload([['孙大军'], ['吕梁']]));
    const stream = matcher.stream();
    const found = [...stream.feed('副秘书长'), ...stream.feed('孙'), ...stream.feed('大军'), ...stream.end()];
    expect(found).toEqual([{ start: 4, end: 7, entryIndex: 0, before: '副秘书长' }]);
  });

  it('returns a match once it is settled, possibly a chunk later', () => {
    const matcher = createMatcher(payload([['吕梁'], ['吕梁市委']]));
    const stream = matcher.stream();
    expect(stream.feed('在吕梁')).toEqual([]); // 吕梁市委 may still follow
    expect(plain(stream.feed('市'))).toEqual([]);
    expect(plain(stream.feed('政府'))).toEqual([{ start: 1, end: 3, entryIndex: 0 }]);
    expect(stream.end()).toEqual([]);
    expect(stream.position).toBe(6);
  });

  it('treats a gap in offsets as a boundary nothing matches across', () => {
    const matcher = createMatcher(payload([['孙大军']]));
    const stream = matcher.stream();
    expect(stream.feed('孙', 0)).toEqual([]);
    // The next node starts at 10: the block in between breaks the name.
    expect(stream.feed('大军', 10)).toEqual([]);
    expect(stream.feed('孙大军', 12)).toEqual([]);
    expect(plain(stream.end())).toEqual([{ start: 12, end: 15, entryIndex: 0 }]);
  });

  it('flushes pending matches at a gap and after end()', () => {
    const matcher = createMatcher(payload([['吕梁'], ['吕梁市委']]));
    const stream = matcher.stream();
    expect(stream.feed('吕梁市')).toEqual([]);
    expect(plain(stream.feed('委员会', 20))).toEqual([{ start: 0, end: 2, entryIndex: 0 }]);
    expect(stream.feed('吕梁')).toEqual([]);
    expect(plain(stream.end())).toEqual([{ start: 23, end: 25, entryIndex: 0 }]);
    expect(stream.end()).toEqual([]);
    // end() is a boundary too.
    expect(stream.feed('吕')).toEqual([]);
    expect(stream.end()).toEqual([]);
  });

  it('keeps the context before a match from earlier chunks', () => {
    const matcher = createMatcher(payload([['孙大军']]), { context: 8 });
    const stream = matcher.stream();
    const parts = ['吕梁', '市政府', '副', '秘书长', '孙', '大', '军。'];
    const found = parts.flatMap((p) => stream.feed(p));
    expect(found.map((m) => m.before)).toEqual(['梁市政府副秘书长']);
  });
});
