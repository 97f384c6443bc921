/**
 * Postings of one term: the documents it occurs in, ascending, with its frequency in the headline and in the body.
 *
 * While an index is built they accumulate as varint triples (doc delta, headline tf, body tf). Stored, they are a
 * bit stream: per document its gap as a Rice code (parameter k from the term's mean gap) and its body tf (one
 * bit for the usual 1); then the few documents with the term in the headline, as gaps between posting numbers
 * with their headline tf. About 1.3 bytes a document where the triples took 3.5.
 */
import { BitReader, BitWriter, bitsAt } from './bits';
import { ByteReader, ByteWriter } from './varint';

export interface Postings {
  /** Number of documents (equals docs.length). */
  df: number;
  docs: Uint32Array;
  title: Uint16Array;
  body: Uint16Array;
}

const MAX_TF = 0xffff;

/** Accumulates one term's postings while documents are indexed in ascending order. */
export class PostingsWriter {
  readonly bytes = new ByteWriter(8);
  df = 0;
  private last = -1;

  add(doc: number, titleTf: number, bodyTf: number): void {
    if (doc <= this.last) throw new RangeError('Postings must be added in ascending document order.');
    this.bytes.uint(doc - this.last - 1);
    this.bytes.uint(Math.min(titleTf, MAX_TF));
    this.bytes.uint(Math.min(bodyTf, MAX_TF));
    this.last = doc;
    this.df++;
  }

  /** The last document added (-1 when none). */
  get lastDoc(): number {
    return this.last;
  }
}

/** The Rice parameter for `df` documents spread up to document `last`: about log2 of the mean gap. */
export function riceParameter(df: number, last: number): number {
  const mean = (last + 1) / Math.max(1, df);
  return mean < 2 ? 0 : Math.min(24, Math.floor(Math.log2(mean * 0.69)));
}

/** Body tf codes: 0 → 1, 10 → 2, 110 → 0 (headline only), 111 + gamma(tf - 2) → 3 and more. */
export function writeBodyTf(w: BitWriter, tf: number): void {
  if (tf === 1) w.bits(0, 1);
  else if (tf === 2) w.bits(0b01, 2);
  else if (tf === 0) w.bits(0b011, 3);
  else {
    w.bits(0b111, 3);
    w.gamma(tf - 2);
  }
}

export function readBodyTf(r: BitReader): number {
  if (r.bits(1) === 0) return 1;
  if (r.bits(1) === 0) return 2;
  if (r.bits(1) === 0) return 0;
  return r.gamma() + 2;
}

/** The one posting of a writer with df = 1: document, headline tf, body tf. */
export function soleEntry(writer: PostingsWriter): [number, number, number] {
  const r = new ByteReader(writer.bytes.finish());
  return [r.uint(), r.uint(), r.uint()];
}

/** The stored form of a writer's postings, and the Rice parameter it was written with. */
export function encodePostings(writer: PostingsWriter): { bytes: Uint8Array; k: number } {
  const k = riceParameter(writer.df, writer.lastDoc);
  const reader = new ByteReader(writer.bytes.finish());
  const w = new BitWriter(Math.max(8, writer.df));
  const titled: number[] = [];
  const titleTfs: number[] = [];
  for (let i = 0; i < writer.df; i++) {
    w.rice(reader.uint(), k);
    const title = reader.uint();
    writeBodyTf(w, reader.uint());
    if (title) {
      titled.push(i);
      titleTfs.push(title);
    }
  }
  w.gamma(titled.length + 1);
  let previous = -1;
  titled.forEach((i, j) => {
    w.gamma(i - previous);
    w.gamma(titleTfs[j]!);
    previous = i;
  });
  return { bytes: w.finish(), k };
}

/** Decodes `df` postings written with Rice parameter `k` from `data[start .. end)`. */
export function decodePostings(
  data: Uint8Array,
  start: number,
  end: number,
  df: number,
  k: number,
): Postings {
  const docs = new Uint32Array(df);
  const title = new Uint16Array(df);
  const body = new Uint16Array(df);
  // The hot loop of every query: BitReader's codes inlined over a local bit position.
  const d = data;
  const mask = (1 << k) - 1;
  const limit = end * 8;
  let pos = start * 8;
  let doc = -1;
  for (let i = 0; i < df; i++) {
    let w = bitsAt(d, pos) | 0;
    let q = 0;
    // unary quotient: the run of one bits (a long run spans windows)
    while ((w & 0x1ffffff) === 0x1ffffff) {
      q += 25;
      pos += 25;
      if (pos > limit) throw new RangeError('Truncated postings in search index data.');
      w = bitsAt(d, pos) | 0;
    }
    const zero = ~w & -~w;
    const run = 31 - Math.clz32(zero);
    q += run;
    pos += run + 1;
    w = bitsAt(d, pos);
    doc += (k ? q * (mask + 1) + (w & mask) : q) + 1;
    pos += k;
    docs[i] = doc;
    // body tf: 0 → 1, 10 → 2, 110 → 0, 111 + gamma → 3 and more
    w >>>= k;
    if (k > 21) w = bitsAt(d, pos);
    if ((w & 1) === 0) {
      body[i] = 1;
      pos += 1;
    } else if ((w & 2) === 0) {
      body[i] = 2;
      pos += 2;
    } else if ((w & 4) === 0) {
      body[i] = 0;
      pos += 3;
    } else {
      const r = new BitReader(data, 0, end);
      r.seek(pos + 3);
      body[i] = r.gamma() + 2;
      pos = r.position;
    }
  }
  if (pos > limit) throw new RangeError('Truncated postings in search index data.');
  const r = new BitReader(data, 0, end);
  r.seek(pos);
  const titled = r.gamma() - 1;
  let at = -1;
  for (let j = 0; j < titled; j++) {
    at += r.gamma();
    if (at >= df) throw new RangeError('Malformed postings in search index data.');
    title[at] = r.gamma();
  }
  r.check();
  return { df, docs, title, body };
}
