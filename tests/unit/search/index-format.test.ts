import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  archiveFingerprint,
  createMemoryReader,
  createSearchEngine,
  decodeSearchIndex,
  encodeSearchIndex,
} from '@/core/search';
import {
  bucketOf,
  chooseBucketCount,
  packBuckets,
  packTouchedBuckets,
  bucketPostings,
  bucketDf,
} from '@/core/search/buckets';
import { PostingsWriter } from '@/core/search/postings';
import { ByteReader, ByteWriter } from '@/core/search/varint';
import { nodeJieba } from '@/scripts/lib/jieba-node';
import { archive } from './fixture';
import { indexOf } from './engine';

function writerOf(doc: number): PostingsWriter {
  const w = new PostingsWriter();
  w.add(doc, 0, 1);
  return w;
}

describe('index encoding', () => {
  it('round-trips unsigned integers of any size up to 2^32 - 1', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 0xffffffff })), (values) => {
        const w = new ByteWriter(1);
        for (const v of values) w.uint(v);
        const r = new ByteReader(w.finish());
        expect(values.map(() => r.uint())).toEqual(values);
      }),
    );
  });

  it('round-trips postings through buckets, whatever the terms and documents', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string({ minLength: 1, maxLength: 6 }),
          fc.uniqueArray(
            fc.tuple(fc.nat({ max: 100_000 }), fc.nat({ max: 70_000 }), fc.nat({ max: 70_000 })),
            {
              minLength: 1,
              maxLength: 30,
              selector: ([d]) => d,
            },
          ),
        ),
        (terms) => {
          const writers = new Map<string, PostingsWriter>();
          for (const [term, list] of Object.entries(terms)) {
            const w = new PostingsWriter();
            for (const [d, t, b] of [...list].sort((x, y) => x[0] - y[0])) w.add(d, t, b);
            writers.set(term, w);
          }
          const count = chooseBucketCount(writers.size, 2);
          const buckets = packBuckets(writers, count);
          for (const [term, list] of Object.entries(terms)) {
            const bucket = buckets[bucketOf(term, count)]!;
            const p = bucketPostings(bucket, term)!;
            const sorted = [...list].sort((x, y) => x[0] - y[0]);
            expect([...p.docs]).toEqual(sorted.map(([d]) => d));
            expect([...p.title]).toEqual(sorted.map(([, t]) => Math.min(t, 0xffff)));
            expect([...p.body]).toEqual(sorted.map(([, , b]) => Math.min(b, 0xffff)));
            expect(bucketDf(bucket, term)).toBe(list.length);
          }
          expect(bucketPostings(buckets[bucketOf('\u0001absent', count)]!, '\u0001absent')).toBeNull();
        },
      ),
      { numRuns: 60 },
    );
  });

  it('packs only the buckets terms fall in, each as the whole index packs it', () => {
    const han = fc.integer({ min: 0x4e00, max: 0x9fff }).map((u) => String.fromCharCode(u));
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.oneof(
            fc.stringMatching(/^[a-z0-9]{1,8}$/),
            fc.array(han, { minLength: 1, maxLength: 4 }).map((u) => u.join('')),
          ),
          { minLength: 1, maxLength: 40 },
        ),
        fc.constantFrom(1, 64, 4096),
        (terms, count) => {
          const writers = new Map(terms.map((t, i) => [t, writerOf(i)]));
          const touched = packTouchedBuckets(writers, count);
          expect([...touched.keys()].sort((a, b) => a - b)).toEqual(
            [...new Set(terms.map((t) => bucketOf(t, count)))].sort((a, b) => a - b),
          );
          const whole = packBuckets(writers, count);
          for (const [b, bucket] of touched) expect(bucket).toEqual(whole[b]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('round-trips terms of any UTF-16 units through the file, Latin and Han buckets alike', () => {
    const unit = fc.integer({ min: 1, max: 0xffff }).map((u) => String.fromCharCode(u));
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.oneof(
            fc.stringMatching(/^[a-z0-9]{1,8}$/),
            fc.array(unit, { minLength: 1, maxLength: 5 }).map((u) => u.join('')),
          ),
          { minLength: 1, maxLength: 30 },
        ),
        (terms) => {
          const writers = new Map(terms.map((t, i) => [t, writerOf(i)]));
          const index = {
            stats: { ...indexOf().stats, bucketCount: 4, termCount: terms.length },
            buckets: packBuckets(writers, 4),
          };
          const decoded = decodeSearchIndex(encodeSearchIndex(index));
          expect(decoded.buckets.map((b) => b.words)).toEqual(index.buckets.map((b) => b.words));
          for (const [i, t] of terms.entries())
            expect([...bucketPostings(decoded.buckets[bucketOf(t, 4)]!, t)!.docs]).toEqual([i]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses postings out of document order', () => {
    const w = new PostingsWriter();
    w.add(5, 1, 0);
    expect(() => w.add(5, 0, 1)).toThrow(RangeError);
  });

  it('round-trips a whole index through the file format, answering the same searches', async () => {
    const index = indexOf();
    const file = encodeSearchIndex(index);
    const decoded = decodeSearchIndex(file);
    expect(decoded.stats).toEqual(index.stats);
    expect(decoded.buckets).toEqual(index.buckets);
    // every array is its own copy, so one bucket stored alone does not carry the whole file
    expect(decoded.buckets[0]!.data.buffer.byteLength).toBeLessThan(file.byteLength);
    const jieba = nodeJieba();
    const a = createSearchEngine(createMemoryReader(archive, index), () => jieba);
    const b = createSearchEngine(createMemoryReader(archive, decoded), () => jieba);
    expect(await b.search({ query: '政协委员' })).toEqual({
      ...(await a.search({ query: '政协委员' })),
      tookMs: expect.any(Number),
    });
  });

  it('decodes from a Node Buffer and from a view into a larger buffer', () => {
    const index = indexOf();
    const file = encodeSearchIndex(index);
    const padded = new Uint8Array(file.length + 3);
    padded.set(file, 3);
    for (const input of [Buffer.from(file), padded.subarray(3)]) {
      const decoded = decodeSearchIndex(input);
      expect(decoded.buckets).toEqual(index.buckets);
      expect(decoded.stats).toEqual(index.stats);
    }
  });

  it('rejects files that are not an index or are cut short', () => {
    const file = encodeSearchIndex(indexOf());
    expect(() => decodeSearchIndex(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).toThrow(/Not a search index/);
    expect(() => decodeSearchIndex(file.slice(0, file.length - 10))).toThrow(/truncated/);
  });

  it('fingerprints archives by content', () => {
    const same = structuredClone(archive);
    expect(archiveFingerprint(same)).toBe(archiveFingerprint(archive));
    same.articles[0]!.body += '。';
    expect(archiveFingerprint(same)).not.toBe(archiveFingerprint(archive));
    expect(indexOf().stats.fingerprint).toBe(archiveFingerprint(archive));
  });
});
