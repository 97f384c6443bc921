import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BitReader, BitWriter } from '@/core/search/bits';
import { renumberBucket } from '@/core/additions/backout';
import {
  appendBucket,
  bucketDf,
  bucketOf,
  bucketPostings,
  bucketTerms,
  packBuckets,
} from '@/core/search/buckets';
import { decodePostings, encodePostings, PostingsWriter, riceParameter } from '@/core/search/postings';

type Code =
  | { kind: 'bits'; value: number; n: number }
  | { kind: 'rice'; value: number; k: number }
  | { kind: 'gamma'; value: number };

const code: fc.Arbitrary<Code> = fc.oneof(
  fc
    .integer({ min: 0, max: 24 })
    .chain((n) => fc.nat({ max: 2 ** n - 1 }).map((value) => ({ kind: 'bits' as const, value, n }))),
  fc.record({
    kind: fc.constant('rice' as const),
    value: fc.nat({ max: 2 ** 22 }),
    k: fc.integer({ min: 0, max: 20 }),
  }),
  fc.record({ kind: fc.constant('gamma' as const), value: fc.integer({ min: 1, max: 2 ** 24 - 1 }) }),
);

/** Postings as (doc, headline tf, body tf), docs ascending and distinct. */
const postingsList = fc
  .uniqueArray(
    fc.tuple(
      fc.nat({ max: 300_000 }),
      fc.oneof(fc.constant(0), fc.constant(0), fc.nat({ max: 70_000 })),
      fc.oneof(fc.constant(1), fc.nat({ max: 3 }), fc.nat({ max: 70_000 })),
    ),
    { minLength: 1, maxLength: 200, selector: ([d]) => d },
  )
  .map((list) => [...list].sort((a, b) => a[0] - b[0]));

function writerOf(list: [number, number, number][]): PostingsWriter {
  const w = new PostingsWriter();
  for (const [d, t, b] of list) w.add(d, t, b);
  return w;
}

describe('postings encoding', () => {
  it('round-trips any sequence of bit fields, Rice and gamma codes', () => {
    fc.assert(
      fc.property(fc.array(code, { maxLength: 60 }), (codes) => {
        const w = new BitWriter(1);
        for (const c of codes) {
          if (c.kind === 'bits') w.bits(c.value, c.n);
          else if (c.kind === 'rice') w.rice(c.value, c.k);
          else w.gamma(c.value);
        }
        const bytes = w.finish();
        const r = new BitReader(bytes, 0, bytes.length);
        const back = codes.map((c) =>
          c.kind === 'bits' ? r.bits(c.n) : c.kind === 'rice' ? r.rice(c.k) : r.gamma(),
        );
        expect(back).toEqual(codes.map((c) => c.value));
        r.check();
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips postings, headline and body frequencies included (capped at 65 535)', () => {
    fc.assert(
      fc.property(postingsList, (list) => {
        const { bytes, k } = encodePostings(writerOf(list));
        const p = decodePostings(bytes, 0, bytes.length, list.length, k);
        expect([...p.docs]).toEqual(list.map(([d]) => d));
        expect([...p.title]).toEqual(list.map(([, t]) => Math.min(t, 0xffff)));
        expect([...p.body]).toEqual(list.map(([, , b]) => Math.min(b, 0xffff)));
      }),
      { numRuns: 300 },
    );
  });

  it('spends well under two bytes a document on a common term', () => {
    // a term in every third document of 100 000, once in the body, twice in one headline in fifty
    const w = new PostingsWriter();
    for (let d = 0; d < 100_000; d += 3) w.add(d, d % 150 === 0 ? 2 : 0, 1);
    const { bytes } = encodePostings(w);
    expect(bytes.length / w.df).toBeLessThan(0.6);
    // and a rare one: five documents spread over the archive
    const rare = writerOf([10, 20_000, 40_000, 60_000, 99_999].map((d) => [d, 0, 1]));
    expect(encodePostings(rare).bytes.length).toBeLessThanOrEqual(13);
  });

  it('picks the Rice parameter from the mean gap', () => {
    expect(riceParameter(50_000, 99_999)).toBe(0);
    expect(riceParameter(10, 99_999)).toBe(12);
    expect(riceParameter(1, 0)).toBe(0);
  });

  it('rejects postings cut short', () => {
    const list: [number, number, number][] = Array.from({ length: 50 }, (_, i) => [i * 1000 + 7, i % 7, 3]);
    const { bytes, k } = encodePostings(writerOf(list));
    expect(() => decodePostings(bytes, 0, bytes.length - 4, 50, k)).toThrow(RangeError);
  });
});

describe('bucket term tables', () => {
  it('round-trips bigrams of any two UTF-16 units and terms of one document, whatever the bucket count', () => {
    const unit = fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u));
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.tuple(
            fc.oneof(
              fc.tuple(unit, unit).map(([a, b]) => `~${a}${b}`),
              fc.stringMatching(/^[a-z0-9\u4e00-\u4e20]{1,5}$/),
            ),
            fc.array(fc.tuple(fc.nat({ max: 200_000 }), fc.nat({ max: 3 }), fc.nat({ max: 60_000 })), {
              minLength: 1,
              maxLength: 3,
            }),
          ),
          { selector: ([t]) => t, maxLength: 40 },
        ),
        fc.constantFrom(1, 2, 16, 256, 4096),
        (entries, count) => {
          const writers = new Map<string, PostingsWriter>();
          const expected = new Map<string, [number, number, number][]>();
          for (const [term, list] of entries) {
            const sorted = [...new Map(list.map((e) => [e[0], e])).values()].sort((a, b) => a[0] - b[0]);
            writers.set(term, writerOf(sorted));
            expected.set(term, sorted);
          }
          const buckets = packBuckets(writers, count);
          const terms = buckets.flatMap((b) => bucketTerms(b));
          expect(terms.sort()).toEqual([...expected.keys()].sort());
          for (const [term, list] of expected) {
            const bucket = buckets[bucketOf(term, count)]!;
            // a bucket appended to itself later on holds each posting twice, the second copy after the first
            const later = renumberBucket(bucket, (d) => d + 200_001)!;
            const both = appendBucket(bucket, later);
            for (const [b, docs] of [
              [bucket, list.map((e) => e[0])],
              [both, [...list.map((e) => e[0]), ...list.map((e) => e[0] + 200_001)]],
            ] as const) {
              const p = bucketPostings(b, term)!;
              expect(bucketDf(b, term)).toBe(docs.length);
              expect([...p.docs]).toEqual(docs);
              expect([...p.title].slice(0, list.length)).toEqual(list.map((e) => e[1]));
              expect([...p.body].slice(0, list.length)).toEqual(list.map((e) => e[2]));
            }
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it('finds bigrams in the largest bucket count, where a bigram keeps only its first character', () => {
    const pairs = ['~吕梁', '~吕镜', '~梁吕', '~a\u4e00', '~\ud840\udc00'];
    const writers = new Map(pairs.map((t, i) => [t, writerOf([[i, 0, 1]])]));
    const buckets = packBuckets(writers, 65536);
    pairs.forEach((t, i) => expect([...bucketPostings(buckets[bucketOf(t, 65536)]!, t)!.docs]).toEqual([i]));
    expect(bucketPostings(buckets[bucketOf('~梁镜', 65536)]!, '~梁镜')).toBeNull();
  });

  it('keeps words, entity terms and bigrams apart and finds each, absent ones not at all', () => {
    const terms = ['文明城市', '@person:孙大军', '~城市', '~明城', 'gdp', '~a', '~abc', '煤'];
    const writers = new Map(
      terms.map((t, i) => [
        t,
        writerOf([
          [i, 0, 1],
          [i + 10, 1, 0],
        ]),
      ]),
    );
    const [bucket] = packBuckets(writers, 1);
    // '~a' and '~abc' are not two-unit bigrams: stored as words
    expect(bucket!.words.split('\u0000')).toHaveLength(terms.length - 2);
    expect(bucketTerms(bucket!).sort()).toEqual([...terms].sort());
    terms.forEach((t, i) => {
      expect(bucketDf(bucket!, t)).toBe(2);
      expect([...bucketPostings(bucket!, t)!.docs]).toEqual([i, i + 10]);
    });
    for (const absent of ['~市委', '城市', '~', '']) {
      expect(bucketDf(bucket!, absent)).toBe(0);
      expect(bucketPostings(bucket!, absent)).toBeNull();
    }
  });

  it('refuses terms it could not read back', () => {
    expect(() => packBuckets(new Map([['a\u0000b', writerOf([[1, 0, 1]])]]), 1)).toThrow(/cannot hold/);
  });

  it('detects a bucket whose table does not match its data', () => {
    const [bucket] = packBuckets(
      new Map([
        [
          '煤矿',
          writerOf([
            [1, 0, 1],
            [5, 0, 2],
          ]),
        ],
      ]),
      1,
    );
    const damaged = { ...bucket!, data: bucket!.data.subarray(0, bucket!.data.length - 1) };
    expect(() => bucketDf(damaged, '煤矿')).toThrow(/damaged/);
  });
});
