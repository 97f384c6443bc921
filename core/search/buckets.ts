/**
 * The on-disk unit of the index: terms hashed into a fixed number of buckets, each bucket one record holding its
 * terms (sorted, for binary search), their document frequencies and their encoded postings. A query reads one
 * record per term, and an install writes a few thousand records instead of millions.
 */
import { fnv1a } from './hash';
import { decodePostings, PostingsWriter, type Postings } from './postings';

export interface PackedBucket {
  terms: string[];
  dfs: Uint32Array;
  /** Byte offset of each term's postings in `data`; one more entry than terms. */
  offsets: Uint32Array;
  data: Uint8Array;
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

export function packBuckets(writers: Map<string, PostingsWriter>, bucketCount: number): PackedBucket[] {
  const groups: string[][] = Array.from({ length: bucketCount }, () => []);
  for (const term of writers.keys()) groups[bucketOf(term, bucketCount)]!.push(term);
  return groups.map((terms) => {
    terms.sort();
    const dfs = new Uint32Array(terms.length);
    const offsets = new Uint32Array(terms.length + 1);
    let size = 0;
    terms.forEach((term, i) => {
      const writer = writers.get(term)!;
      dfs[i] = writer.df;
      offsets[i] = size;
      size += writer.bytes.length;
    });
    offsets[terms.length] = size;
    const data = new Uint8Array(size);
    terms.forEach((term, i) => data.set(writers.get(term)!.bytes.finish(), offsets[i]!));
    return { terms, dfs, offsets, data };
  });
}

function findTerm(terms: string[], term: string): number {
  let lo = 0;
  let hi = terms.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = terms[mid]!;
    if (t === term) return mid;
    if (t < term) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Document frequency of a term in its bucket (0 when absent), without decoding postings. */
export function bucketDf(bucket: PackedBucket, term: string): number {
  const i = findTerm(bucket.terms, term);
  return i < 0 ? 0 : bucket.dfs[i]!;
}

export function bucketPostings(bucket: PackedBucket, term: string): Postings | null {
  const i = findTerm(bucket.terms, term);
  if (i < 0) return null;
  return decodePostings(bucket.data, bucket.offsets[i]!, bucket.dfs[i]!);
}

/**
 * One bucket from two of the same bucket number, where every document of `later` comes after every document of
 * `earlier` (an index grown by appending documents): each term's postings are those of both, in order.
 */
export function appendBucket(earlier: PackedBucket, later: PackedBucket): PackedBucket {
  const writers = new Map<string, PostingsWriter>();
  for (const bucket of [earlier, later]) {
    bucket.terms.forEach((term) => {
      const postings = bucketPostings(bucket, term)!;
      let writer = writers.get(term);
      if (!writer) writers.set(term, (writer = new PostingsWriter()));
      for (let i = 0; i < postings.df; i++)
        writer.add(postings.docs[i]!, postings.title[i]!, postings.body[i]!);
    });
  }
  // every term hashes to this bucket: pack them as a table of one
  return packBuckets(writers, 1)[0]!;
}
