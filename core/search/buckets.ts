/**
 * The on-disk unit of the index: terms hashed into a fixed number of buckets, each bucket one record holding its
 * terms, their document frequencies and their encoded postings. A query reads one record per term, and an install
 * writes a few thousand records instead of millions.
 *
 * A bucket stores its terms compactly: words and entity terms as one NUL-joined string, character bigrams (most
 * of the terms) as gaps between their numbers, and per term a few bits: its document frequency, and either its
 * one posting or its postings' length and Rice parameter. The table is decoded when a bucket is first read, and
 * kept beside it.
 */
import { fnv1a } from './hash';
import { BitReader, BitWriter } from './bits';
import {
  decodePostings,
  encodePostings,
  PostingsWriter,
  readBodyTf,
  riceParameter,
  soleEntry,
  writeBodyTf,
  type Postings,
} from './postings';
import { BIGRAM_PREFIX } from './terms';

export interface PackedBucket {
  /** Terms other than bigrams, sorted, joined with NUL. */
  words: string;
  /** A bit stream: the bigram terms, then every term's document frequency and where its postings are (below). */
  meta: Uint8Array;
  /** The postings of the terms in more than one document, one after another. */
  data: Uint8Array;
}

/** A bucket's term table, decoded once per bucket object. */
interface Table {
  words: string[];
  /** Bigram terms as codes (see bigramCode), ascending. */
  bigrams: Uint32Array;
  /** Set when the table has bigrams. */
  place: Place | null;
  dfs: Uint32Array;
  ks: Uint8Array;
  /** Byte offset of each term's postings in `data`; one more entry than terms. */
  offsets: Uint32Array;
  /** A term in one document only keeps its posting in the table: the document and its two frequencies. */
  soleDocs: Uint32Array;
  soleTitle: Uint16Array;
  soleBody: Uint16Array;
}

/**
 * Bigrams are not hashed whole: the first character is mixed and the second added, so the bigrams of one bucket
 * share the low bits of their second character with the mix of their first. A table then stores of each bigram
 * its first character and the high bits of its second (about 12 bits instead of 26), and recovers the rest from
 * the bucket's number. Spread over the buckets as evenly as a hash.
 */
function bigramBucket(first: number, second: number, bucketCount: number): number {
  return (mixOf(first) + second) & (bucketCount - 1);
}

const mixOf = (rank: number) => Math.imul(rank + 1, 0x9e3779b1) >>> 16;

export function bucketOf(term: string, bucketCount: number): number {
  const code = bigramCode(term);
  if (code !== null) return bigramBucket(code >>> 16, code & 0xffff, bucketCount);
  return fnv1a(term) & (bucketCount - 1);
}

/** Which bucket of how many (2^shift) a table was packed as: what its bigrams' stored keys leave out. */
interface Place {
  bucket: number;
  shift: number;
}

/** A bigram's key within its bucket: the first character and the bits of the second the bucket does not imply. */
const keyOf = (code: number, shift: number) =>
  (code >>> 16) * (65536 >>> shift) + ((code & 0xffff) >>> shift);

function codeOf(key: number, place: Place): number {
  const perFirst = 65536 >>> place.shift;
  const first = Math.floor(key / perFirst);
  const low = (place.bucket - mixOf(first)) & ((1 << place.shift) - 1);
  return first * 65536 + (((key % perFirst) << place.shift) | low);
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

/**
 * A UTF-16 unit renumbered so the CJK unified ideographs (U+4E00–U+9FFF, nearly every character of a bigram)
 * come first: bigram codes then start near zero and their gaps stay small.
 */
const unitRank = (unit: number) => (unit - 0x4e00) & 0xffff;
const unitOfRank = (rank: number) => (rank + 0x4e00) & 0xffff;

/** A bigram term ('~' and two UTF-16 units) is stored as a number. */
function bigramCode(term: string): number | null {
  return term.length === 3 && term[0] === BIGRAM_PREFIX
    ? unitRank(term.charCodeAt(1)) * 65536 + unitRank(term.charCodeAt(2))
    : null;
}

function bigramOfCode(code: number): string {
  return BIGRAM_PREFIX + String.fromCharCode(unitOfRank(Math.floor(code / 65536)), unitOfRank(code % 65536));
}

/** Bits of a fixed-width field that holds every value up to `max`. */
const widthOf = (max: number) => 32 - Math.clz32(max);

/**
 * The largest Rice parameter a term of `df` documents can have in a bucket whose documents fit in `width` bits
 * (its last document is at most 2^width - 1): a table stores how far below it the term's parameter is, mostly
 * 0 or 1, in a bit or three instead of five.
 */
const riceCeiling = (df: number, width: number) => riceParameter(df, 2 ** width - 1);

/**
 * The meta stream, a BitWriter's: gamma(bigram count + 1); when there are bigrams, the bucket's place (5-bit
 * shift, its number in that many bits), a 5-bit Rice parameter and each bigram key's gap to the previous one;
 * a 5-bit width w. Then per term, words first then bigrams: gamma(df); for df = 1 the document in w bits and a
 * bit, 0 for the usual frequencies (body 1, headline 0), else 1, the body tf code (as in postings) and
 * gamma(headline tf + 1); otherwise gamma(1 + how far the Rice parameter is below riceCeiling) and
 * gamma(postings bytes + 1). Most terms (a name, a rare pair) occur in one document, and there the table entry
 * is the whole posting.
 */
function packBucket(terms: string[], writers: Map<string, PostingsWriter>, place: Place): PackedBucket {
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
  // within a bucket, the order of keys is the order of codes (the bits a key leaves out follow from the first)
  codes.sort((a, b) => a - b);
  const meta = new BitWriter(16);
  meta.gamma(codes.length + 1);
  if (codes.length) {
    meta.bits(place.shift, 5);
    meta.bits(place.bucket, place.shift);
    const keys = codes.map((code) => keyOf(code, place.shift));
    const k = riceParameter(keys.length, keys[keys.length - 1]!);
    meta.bits(k, 5);
    let previous = -1;
    for (const key of keys) {
      meta.rice(key - previous - 1, k);
      previous = key;
    }
  }
  const ordered = [...words, ...codes.map(bigramOfCode)].map((term) => writers.get(term)!);
  const width = widthOf(Math.max(0, ...ordered.map((w) => w.lastDoc)));
  meta.bits(width, 5);
  const parts: Uint8Array[] = [];
  let size = 0;
  for (const writer of ordered) {
    meta.gamma(writer.df);
    if (writer.df === 1) {
      const [doc, title, body] = soleEntry(writer);
      meta.bits(doc, width);
      const usual = title === 0 && body === 1;
      meta.bits(usual ? 0 : 1, 1);
      if (!usual) {
        writeBodyTf(meta, body);
        meta.gamma(title + 1);
      }
      continue;
    }
    const { bytes, k } = encodePostings(writer);
    meta.gamma(riceCeiling(writer.df, width) - k + 1);
    meta.gamma(bytes.length + 1);
    parts.push(bytes);
    size += bytes.length;
  }
  const data = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    data.set(part, at);
    at += part.length;
  }
  return { words: words.join('\u0000'), meta: meta.finish(), data };
}

export function packBuckets(writers: Map<string, PostingsWriter>, bucketCount: number): PackedBucket[] {
  const touched = packTouchedBuckets(writers, bucketCount);
  const empty = (bucket: number) => packBucket([], writers, { bucket, shift: shiftOf(bucketCount) });
  return Array.from({ length: bucketCount }, (_, bucket) => touched.get(bucket) ?? empty(bucket));
}

/**
 * Only the buckets `writers`' terms fall in, by number: what a few added pages contribute to an index of tens
 * of thousands of buckets (packing and then skipping the empty ones costs about a second at 65 536).
 */
export function packTouchedBuckets(
  writers: Map<string, PostingsWriter>,
  bucketCount: number,
): Map<number, PackedBucket> {
  const groups = new Map<number, string[]>();
  for (const term of writers.keys()) {
    const bucket = bucketOf(term, bucketCount);
    const group = groups.get(bucket);
    if (group) group.push(term);
    else groups.set(bucket, [term]);
  }
  const shift = shiftOf(bucketCount);
  const packed = new Map<number, PackedBucket>();
  for (const bucket of [...groups.keys()].sort((a, b) => a - b))
    packed.set(bucket, packBucket(groups.get(bucket)!, writers, { bucket, shift }));
  return packed;
}

const shiftOf = (bucketCount: number) => 31 - Math.clz32(bucketCount);

/**
 * The terms of `writers` packed as the same bucket as `model` (a bucket rewritten: appended to, renumbered),
 * every one of them hashing to it.
 */
export function repackBucket(model: PackedBucket, writers: Map<string, PostingsWriter>): PackedBucket {
  return packBucket([...writers.keys()], writers, tableOf(model).place ?? { bucket: 0, shift: 0 });
}

const tables = new WeakMap<PackedBucket, Table>();

function tableOf(bucket: PackedBucket): Table {
  let table = tables.get(bucket);
  if (table) return table;
  const words = bucket.words ? bucket.words.split('\u0000') : [];
  const r = new BitReader(bucket.meta, 0, bucket.meta.length);
  const bigrams = new Uint32Array(r.gamma() - 1);
  let place: Place | null = null;
  if (bigrams.length) {
    const shift = r.bits(5);
    place = { shift, bucket: r.bits(shift) };
    const k = r.bits(5);
    let key = -1;
    for (let i = 0; i < bigrams.length; i++) {
      key += r.rice(k) + 1;
      bigrams[i] = codeOf(key, place);
    }
  }
  const width = r.bits(5);
  const count = words.length + bigrams.length;
  const dfs = new Uint32Array(count);
  const ks = new Uint8Array(count);
  const offsets = new Uint32Array(count + 1);
  const soleDocs = new Uint32Array(count);
  const soleTitle = new Uint16Array(count);
  const soleBody = new Uint16Array(count);
  for (let i = 0; i < count; i++) {
    const df = (dfs[i] = r.gamma());
    if (df === 1) {
      soleDocs[i] = r.bits(width);
      const usual = r.bits(1) === 0;
      soleBody[i] = usual ? 1 : readBodyTf(r);
      soleTitle[i] = usual ? 0 : r.gamma() - 1;
      offsets[i + 1] = offsets[i]!;
    } else {
      ks[i] = riceCeiling(df, width) + 1 - r.gamma();
      offsets[i + 1] = offsets[i]! + r.gamma() - 1;
    }
  }
  r.check();
  if (offsets[count] !== bucket.data.length) throw new Error('The search index has a damaged bucket.');
  table = { words, bigrams, place, dfs, ks, offsets, soleDocs, soleTitle, soleBody };
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
function findTerm(table: Table, term: string): number {
  const code = bigramCode(term);
  if (code === null) return search(table.words, term);
  const i = search(table.bigrams, code);
  return i < 0 ? -1 : table.words.length + i;
}

/** Every term of a bucket, in its stored order. */
export function bucketTerms(bucket: PackedBucket): string[] {
  const table = tableOf(bucket);
  return [...table.words, ...Array.from(table.bigrams, bigramOfCode)];
}

/** Document frequency of a term in its bucket (0 when absent), without decoding postings. */
export function bucketDf(bucket: PackedBucket, term: string): number {
  const table = tableOf(bucket);
  const i = findTerm(table, term);
  return i < 0 ? 0 : table.dfs[i]!;
}

export function bucketPostings(bucket: PackedBucket, term: string): Postings | null {
  const table = tableOf(bucket);
  const i = findTerm(table, term);
  if (i < 0) return null;
  if (table.dfs[i] === 1) {
    return {
      df: 1,
      docs: Uint32Array.of(table.soleDocs[i]!),
      title: Uint16Array.of(table.soleTitle[i]!),
      body: Uint16Array.of(table.soleBody[i]!),
    };
  }
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
  return repackBucket(tableOf(earlier).place ? earlier : later, writers);
}
