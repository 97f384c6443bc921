/**
 * The on-disk unit of the index: terms hashed into a fixed number of buckets, each bucket one record holding its
 * terms, their document frequencies and their encoded postings. A query reads one record per term, and an install
 * writes a few thousand records instead of millions.
 *
 * A bucket stores its terms compactly: words and entity terms as one NUL-joined string, character bigrams (most
 * of the terms) as one number each, and per term only two varints (document frequency; postings length and Rice
 * parameter). Offsets are summed up when a bucket is first read, and kept beside it.
 */
import { fnv1a } from './hash';
import { decodePostings, encodePostings, PostingsWriter, type Postings } from './postings';
import { BIGRAM_PREFIX } from './terms';
import { ByteReader, ByteWriter } from './varint';

export interface PackedBucket {
  /** Terms other than bigrams, sorted, joined with NUL. */
  words: string;
  /** Bigram terms as their two UTF-16 units (first × 65536 + second), ascending. */
  bigrams: Uint32Array;
  /** Per term, words first then bigrams: varint df, varint (postings bytes × 32 + Rice parameter). */
  meta: Uint8Array;
  data: Uint8Array;
}

/** A bucket's term table, decoded once per bucket object. */
interface Table {
  words: string[];
  dfs: Uint32Array;
  ks: Uint8Array;
  /** Byte offset of each term's postings in `data`; one more entry than terms. */
  offsets: Uint32Array;
}

export function bucketOf(term: string, bucketCount: number): number {
  return fnv1a(term) & (bucketCount - 1);
}

/**
 * A power of two giving at most about `perBucket` terms and `bytesPerBucket` bytes of postings per bucket on
 * average: a query reads one bucket per term, so buckets must stay small even when the archive is large and a few
 * terms (会议, 工作) occur in most articles.
 */
export function chooseBucketCount(
  termCount: number,
  perBucket = 128,
  totalBytes = 0,
  bytesPerBucket = 32_768,
): number {
  let n = 64;
  while ((n < termCount / perBucket || n < totalBytes / bytesPerBucket) && n < 65536) n *= 2;
  return n;
}

/** A bigram term ('~' and two UTF-16 units) is stored as a number. */
function bigramCode(term: string): number | null {
  return term.length === 3 && term[0] === BIGRAM_PREFIX
    ? term.charCodeAt(1) * 65536 + term.charCodeAt(2)
    : null;
}

function bigramOfCode(code: number): string {
  return BIGRAM_PREFIX + String.fromCharCode(Math.floor(code / 65536), code % 65536);
}

/** One bucket of the given terms (each one's writer in `writers`). */
function packBucket(terms: string[], writers: Map<string, PostingsWriter>): PackedBucket {
  const words: string[] = [];
  const codes: number[] = [];
  for (const term of terms) {
    const code = bigramCode(term);
    if (code === null) {
      if (!term || term.includes('\u0000')) throw new Error(`The index cannot hold the term "${term}".`);
      words.push(term);
    } else codes.push(code);
  }
  words.sort();
  codes.sort((a, b) => a - b);
  const meta = new ByteWriter(16);
  const parts: Uint8Array[] = [];
  let size = 0;
  for (const term of [...words, ...codes.map(bigramOfCode)]) {
    const writer = writers.get(term)!;
    const { bytes, k } = encodePostings(writer);
    meta.uint(writer.df);
    meta.uint(bytes.length * 32 + k);
    parts.push(bytes);
    size += bytes.length;
  }
  const data = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    data.set(part, at);
    at += part.length;
  }
  return { words: words.join('\u0000'), bigrams: Uint32Array.from(codes), meta: meta.finish(), data };
}

export function packBuckets(writers: Map<string, PostingsWriter>, bucketCount: number): PackedBucket[] {
  const groups: string[][] = Array.from({ length: bucketCount }, () => []);
  for (const term of writers.keys()) groups[bucketOf(term, bucketCount)]!.push(term);
  return groups.map((terms) => packBucket(terms, writers));
}

const tables = new WeakMap<PackedBucket, Table>();

function tableOf(bucket: PackedBucket): Table {
  let table = tables.get(bucket);
  if (table) return table;
  const words = bucket.words ? bucket.words.split('\u0000') : [];
  const count = words.length + bucket.bigrams.length;
  const dfs = new Uint32Array(count);
  const ks = new Uint8Array(count);
  const offsets = new Uint32Array(count + 1);
  const r = new ByteReader(bucket.meta);
  for (let i = 0; i < count; i++) {
    dfs[i] = r.uint();
    const packed = r.uint();
    ks[i] = packed % 32;
    offsets[i + 1] = offsets[i]! + Math.floor(packed / 32);
  }
  if (offsets[count] !== bucket.data.length) throw new Error('The search index has a damaged bucket.');
  table = { words, dfs, ks, offsets };
  tables.set(bucket, table);
  return table;
}

function search<T>(items: ArrayLike<T>, item: T): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = items[mid]!;
    if (t === item) return mid;
    if (t < item) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Position of a term in its bucket's table (words first, then bigrams), or -1. */
function findTerm(bucket: PackedBucket, table: Table, term: string): number {
  const code = bigramCode(term);
  if (code === null) return search(table.words, term);
  const i = search(bucket.bigrams, code);
  return i < 0 ? -1 : table.words.length + i;
}

export function bucketIsEmpty(bucket: PackedBucket): boolean {
  return bucket.words === '' && bucket.bigrams.length === 0;
}

/** Every term of a bucket, in its stored order. */
export function bucketTerms(bucket: PackedBucket): string[] {
  return [...tableOf(bucket).words, ...Array.from(bucket.bigrams, bigramOfCode)];
}

/** Document frequency of a term in its bucket (0 when absent), without decoding postings. */
export function bucketDf(bucket: PackedBucket, term: string): number {
  const table = tableOf(bucket);
  const i = findTerm(bucket, table, term);
  return i < 0 ? 0 : table.dfs[i]!;
}

export function bucketPostings(bucket: PackedBucket, term: string): Postings | null {
  const table = tableOf(bucket);
  const i = findTerm(bucket, table, term);
  if (i < 0) return null;
  return decodePostings(bucket.data, table.offsets[i]!, table.offsets[i + 1]!, table.dfs[i]!, table.ks[i]!);
}

/**
 * One bucket from two of the same bucket number, where every document of `later` comes after every document of
 * `earlier` (an index grown by appending documents): each term's postings are those of both, in order.
 */
export function appendBucket(earlier: PackedBucket, later: PackedBucket): PackedBucket {
  const writers = new Map<string, PostingsWriter>();
  for (const bucket of [earlier, later]) {
    for (const term of bucketTerms(bucket)) {
      const postings = bucketPostings(bucket, term)!;
      let writer = writers.get(term);
      if (!writer) writers.set(term, (writer = new PostingsWriter()));
      for (let i = 0; i < postings.df; i++)
        writer.add(postings.docs[i]!, postings.title[i]!, postings.body[i]!);
    }
  }
  // every term hashes to this bucket: pack them as a table of one
  return packBuckets(writers, 1)[0]!;
}
