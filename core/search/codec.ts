/**
 * The search index as one binary file (`search-index.bin`), written at build time next to `archive.json`.
 *
 * Layout (little-endian): "LLSI", u32 codec version, u32 header length, header JSON (statistics), headline
 * lengths (u16 × docs), body lengths (u32 × docs), these sections 4-byte aligned; then per bucket (see
 * buckets.ts), unaligned: varint (word bytes × 2 + 1 when they are UTF-16 units, not UTF-8), the words
 * (NUL-separated), varint meta length, meta, varint data length, data.
 * Decoding copies every array out of the file, so each bucket can be stored on its own (a view would drag the
 * whole file's buffer into every IndexedDB record).
 */
import type { PackedBucket } from './buckets';
import type { IndexStats, PackedIndex } from './build-index';
import { ByteReader, ByteWriter } from './varint';

const MAGIC = 0x4953_4c4c; // "LLSI" read as little-endian u32
const CODEC_VERSION = 4;

type Header = Omit<IndexStats, 'titleLens' | 'bodyLens'>;

class Writer {
  private parts: Uint8Array[] = [];
  length = 0;

  private push(bytes: Uint8Array): void {
    this.parts.push(bytes);
    this.length += bytes.length;
  }

  /** An unsigned LEB128 integer. */
  uint(value: number): void {
    const b = new ByteWriter(5);
    b.uint(value);
    this.push(b.finish());
  }

  /** Bytes as they are, unpadded. */
  raw(bytes: Uint8Array): void {
    this.push(bytes);
  }

  u32(value: number): void {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, value, true);
    this.push(b);
  }

  bytes(bytes: Uint8Array): void {
    this.push(bytes);
    const pad = (4 - (bytes.length % 4)) % 4;
    if (pad) this.push(new Uint8Array(pad));
  }

  typed(array: Uint16Array | Uint32Array): void {
    // the file is little-endian; so is every engine the extension runs on, which the decoder checks
    this.bytes(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  }

  finish(): Uint8Array<ArrayBuffer> {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const part of this.parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }
}

class Reader {
  private at = 0;
  private readonly view: DataView;

  private readonly data: Uint8Array;

  constructor(input: Uint8Array) {
    // a plain view: Node's Buffer (what readFileSync returns) overrides slice() to share memory, and the typed
    // arrays below must be read from copies that start at offset 0
    this.data = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    this.view = new DataView(input.buffer, input.byteOffset, input.byteLength);
  }

  u32(): number {
    if (this.at + 4 > this.data.length) throw new RangeError('The search index file is truncated.');
    const v = this.view.getUint32(this.at, true);
    this.at += 4;
    return v;
  }

  uint(): number {
    const r = new ByteReader(this.data, this.at);
    const v = r.uint();
    this.at = r.pos;
    return v;
  }

  /** A copy of the next `length` bytes, and `pad` to the next 4-byte boundary after them. */
  bytes(length: number, pad = true): Uint8Array {
    if (this.at + length > this.data.length) throw new RangeError('The search index file is truncated.');
    const out = this.data.slice(this.at, this.at + length);
    this.at += length + (pad ? (4 - (length % 4)) % 4 : 0);
    return out;
  }

  u16s(count: number): Uint16Array {
    const b = this.bytes(count * 2);
    return new Uint16Array(b.buffer, 0, count);
  }

  u32s(count: number): Uint32Array {
    const b = this.bytes(count * 4);
    return new Uint32Array(b.buffer, 0, count);
  }
}

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** UTF-8 cannot carry half a surrogate pair (the encoder would put U+FFFD in its place). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * A bucket's words as UTF-8 or as UTF-16 units, whichever is shorter: Han characters take three bytes in UTF-8
 * and two as units, and nearly every word is Han.
 */
function encodeWords(words: string, utf8: TextEncoder): { bytes: Uint8Array; utf16: boolean } {
  const asUtf8 = utf8.encode(words);
  if (asUtf8.length <= words.length * 2 && !LONE_SURROGATE.test(words))
    return { bytes: asUtf8, utf16: false };
  const units = new Uint16Array(words.length);
  for (let i = 0; i < words.length; i++) units[i] = words.charCodeAt(i);
  return { bytes: new Uint8Array(units.buffer), utf16: true };
}

/** The words of UTF-16 units (read unit by unit: a decoder would replace what is not well-formed). */
function utf16Words(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length / 2);
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.subarray(i, i + 8192));
  return out;
}

export function encodeSearchIndex(index: PackedIndex): Uint8Array<ArrayBuffer> {
  const { titleLens, bodyLens, ...header } = index.stats;
  const w = new Writer();
  const text = new TextEncoder();
  w.u32(MAGIC);
  w.u32(CODEC_VERSION);
  const json = text.encode(JSON.stringify(header satisfies Header));
  w.u32(json.length);
  w.bytes(json);
  w.typed(titleLens);
  w.typed(bodyLens);
  for (const bucket of index.buckets) {
    const words = encodeWords(bucket.words, text);
    w.uint(words.bytes.length * 2 + (words.utf16 ? 1 : 0));
    w.raw(words.bytes);
    for (const part of [bucket.meta, bucket.data]) {
      w.uint(part.length);
      w.raw(part);
    }
  }
  return w.finish();
}

export function decodeSearchIndex(data: Uint8Array): PackedIndex {
  if (!littleEndian) throw new Error('Search index files are little-endian only.');
  const r = new Reader(data);
  if (r.u32() !== MAGIC) throw new Error('Not a search index file.');
  const version = r.u32();
  if (version !== CODEC_VERSION) throw new Error(`Unsupported search index file version ${version}.`);
  const text = new TextDecoder();
  const header = JSON.parse(text.decode(r.bytes(r.u32()))) as Header;
  const titleLens = r.u16s(header.docCount);
  const bodyLens = r.u32s(header.docCount);
  const buckets: PackedBucket[] = [];
  for (let i = 0; i < header.bucketCount; i++) {
    const wordsField = r.uint();
    const wordBytes = r.bytes(Math.floor(wordsField / 2), false);
    const words = wordsField % 2 ? utf16Words(wordBytes) : text.decode(wordBytes);
    const meta = r.bytes(r.uint(), false);
    const bucketData = r.bytes(r.uint(), false);
    buckets.push({ words, meta, data: bucketData });
  }
  return { stats: { ...header, titleLens, bodyLens }, buckets };
}
