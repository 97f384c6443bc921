/**
 * Postings of one term: the documents it occurs in, ascending, with its frequency in the headline and in the body.
 * Stored as varint triples (doc delta, headline tf, body tf): about three bytes per document, and one record per
 * bucket of terms rather than one per (term, document) pair.
 */
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
}

export function decodePostings(data: Uint8Array, start: number, df: number): Postings {
  const docs = new Uint32Array(df);
  const title = new Uint16Array(df);
  const body = new Uint16Array(df);
  const reader = new ByteReader(data, start);
  let doc = -1;
  for (let i = 0; i < df; i++) {
    doc += reader.uint() + 1;
    docs[i] = doc;
    title[i] = reader.uint();
    body[i] = reader.uint();
  }
  return { df, docs, title, body };
}
