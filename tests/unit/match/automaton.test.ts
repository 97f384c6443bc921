import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../core/match/automaton';
import { createMatcher } from '../../../core/match/matcher';
import { naiveScan, payload, plain } from './reference';

/** Simplified characters of names and posts, each with its traditional form where it has one. */
const PAIRS: readonly [string, string][] = [
  ['吕', '呂'],
  ['县', '縣'],
  ['长', '長'],
  ['书', '書'],
  ['记', '記'],
  ['区', '區'],
  ['门', '門'],
  ['军', '軍'],
  ['孙', '孫'],
];
const PLAIN = '梁市委大中阳交口石楼兴临柳林方山文水城'.split('');
const SIMPLIFIED = [...PAIRS.map(([s]) => s), ...PLAIN];
const FOLD = PAIRS.map(([s, t]) => t + s).join('');
const TO_TRADITIONAL = new Map(PAIRS);

const name = fc.array(fc.constantFrom(...SIMPLIFIED), { minLength: 1, maxLength: 5 }).map((a) => a.join(''));
/** Enough patterns over a small alphabet that states get wide rows, long failure chains and miss links. */
const lexicon = fc.array(fc.array(name, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 120 });

/** A page built from the lexicon's names and other characters, some of it printed in traditional characters. */
function page(surfaces: readonly (readonly string[])[]) {
  const words = surfaces.flat();
  return fc
    .array(
      fc.oneof(
        fc.constantFrom(...words),
        fc.constantFrom(...SIMPLIFIED, 'x', '，'),
        fc.constantFrom(...words).map((w) => [...w].map((c) => TO_TRADITIONAL.get(c) ?? c).join('')),
      ),
      { maxLength: 120 },
    )
    .map((parts) => parts.join(''));
}

describe('automaton: flat tables agree with a naive scan', () => {
  it('finds exactly what a naive leftmost-longest scan finds, in simplified, traditional and mixed text', () => {
    fc.assert(
      fc.property(
        lexicon.chain((surfaces) => fc.tuple(fc.constant(surfaces), page(surfaces))),
        ([surfaces, text]) => {
          const matcher = createMatcher(payload(surfaces, FOLD));
          expect(plain(matcher.scan(text))).toEqual(naiveScan(surfaces, text, FOLD));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('gives traditional text the symbols of its simplified form, and nothing to characters in no name', () => {
    const a = compile(payload([['吕梁市'], ['孙大军']], FOLD));
    for (const [s, t] of PAIRS) expect(a.symTab[t.charCodeAt(0)]).toBe(a.symTab[s.charCodeAt(0)]);
    expect(a.symTab['吕'.charCodeAt(0)]).not.toBe(0);
    expect(a.symTab['x'.charCodeAt(0)]).toBe(0);
    expect(a.rootTab['呂'.charCodeAt(0)]).toBe(a.rootTab['吕'.charCodeAt(0)]);
  });

  it('keeps every row inside its table, whatever the state and symbol', () => {
    fc.assert(
      fc.property(lexicon, (surfaces) => {
        const a = compile(payload(surfaces, FOLD));
        let symbols = 0;
        for (const sym of a.symTab) symbols = Math.max(symbols, sym);
        for (let s = 0; s < a.states; s++) expect(a.base[s]! + 2 * symbols + 1).toBeLessThan(a.cells.length);
      }),
      { numRuns: 100 },
    );
  });
});
