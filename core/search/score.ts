/**
 * BM25F-style scoring over the postings of a query's clauses: headline and body term frequencies are normalised
 * by their own lengths and combined with the headline weighted higher, then saturated once (k1).
 *
 * Accumulators are typed arrays sized to the archive and reused between queries; only touched documents are
 * reset, so a query costs the length of its postings, not the archive.
 */
import type { IndexStats } from './build-index';
import type { Postings } from './postings';
import type { Clause } from './query';

export const BM25 = { k1: 1.2, titleWeight: 3, bTitle: 0.5, bBody: 0.75 } as const;

/** Per document, the reciprocal of BM25's length normalisation of each field: computed once per archive. */
export interface LengthNorms {
  docCount: number;
  title: Float32Array;
  body: Float32Array;
}

export function lengthNorms(stats: IndexStats): LengthNorms {
  const { bTitle, bBody } = BM25;
  const avgT = stats.avgTitleLen || 1;
  const avgB = stats.avgBodyLen || 1;
  const title = new Float32Array(stats.docCount);
  const body = new Float32Array(stats.docCount);
  for (let d = 0; d < stats.docCount; d++) {
    title[d] = 1 / (1 - bTitle + (bTitle * stats.titleLens[d]!) / avgT);
    body[d] = 1 / (1 - bBody + (bBody * stats.bodyLens[d]!) / avgB);
  }
  return { docCount: stats.docCount, title, body };
}

export function idf(df: number, docCount: number): number {
  return Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
}

export class Accumulator {
  readonly scores: Float64Array;
  readonly masks: Uint32Array;
  readonly seen: Uint8Array;
  private touchedList: Uint32Array;
  touchedCount = 0;

  constructor(readonly size: number) {
    this.scores = new Float64Array(size);
    this.masks = new Uint32Array(size);
    this.seen = new Uint8Array(size);
    this.touchedList = new Uint32Array(Math.min(size, 1024));
  }

  reset(): void {
    for (let i = 0; i < this.touchedCount; i++) {
      const d = this.touchedList[i]!;
      this.scores[d] = 0;
      this.masks[d] = 0;
      this.seen[d] = 0;
    }
    this.touchedCount = 0;
  }

  touched(): Uint32Array {
    return this.touchedList.subarray(0, this.touchedCount);
  }

  private touch(d: number): void {
    this.seen[d] = 1;
    if (this.touchedCount === this.touchedList.length) {
      const next = new Uint32Array(Math.min(this.size, this.touchedList.length * 2));
      next.set(this.touchedList);
      this.touchedList = next;
    }
    this.touchedList[this.touchedCount++] = d;
  }

  /** Adds one clause's contribution to every document in its postings. */
  add(clause: Clause, postings: Postings, norms: LengthNorms): void {
    const { k1, titleWeight } = BM25;
    const weight = clause.weight * idf(postings.df, norms.docCount) * (k1 + 1);
    const units = clause.units;
    const { docs, title, body } = postings;
    const { scores, masks, seen } = this;
    for (let i = 0; i < docs.length; i++) {
      const d = docs[i]!;
      const tf = titleWeight * title[i]! * norms.title[d]! + body[i]! * norms.body[d]!;
      if (!seen[d]) this.touch(d);
      scores[d]! += (weight * tf) / (k1 + tf);
      if (units) masks[d] = (masks[d]! | units) >>> 0;
    }
  }
}

export function popcount(x: number): number {
  let v = x >>> 0;
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Share of query units a document needs to be a match at all: short queries need every unit. */
export function minCoverage(units: number): number {
  return units <= 4 ? 1 : 0.6;
}
