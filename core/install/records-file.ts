/**
 * The records an install writes, as one file the build ships (`archive-records.bin`): the archive's records and
 * every table derived from it, already cut into the install's transactions, so the background decodes each
 * batch and stores it without computing anything.
 *
 * Layout (little-endian): "LLAR", u32 file version, then frames. A frame is u32 JSON bytes, u32 binary bytes,
 * the JSON (UTF-8) and the binary part, each padded to 8 bytes. Frame 0 is the header (`RecordsHeader`), each
 * further frame one batch. In a frame's JSON a typed array is `{"$typed": name, "at": byte offset, "length":
 * elements}` into that frame's binary part; decoding copies it out, so every record owns its buffer (a view would
 * drag the whole frame into the IndexedDB record). A frame is decoded on its own, as soon as its bytes arrive:
 * the install writes one batch while the next is still being read.
 */

export interface RecordsHeader {
  kind: 'lvliang-records';
  /** The bundle's version label. */
  version: string;
  /** `archiveVersion` of the archive the records were made from. */
  fingerprint: string;
  /** Identifies the search index among the records (its format, tokenizer, fingerprint and sizes). */
  indexId: string;
  tokenizer: string;
  indexFormat: number;
  counts: { editions: number; articles: number; entities: number; terms: number };
  /** Batch frames after the header. */
  steps: number;
}

const MAGIC = 0x5241_4c4c; // "LLAR" read as little-endian u32
const FILE_VERSION = 1;

type TypedArray =
  | Int8Array
  | Uint8Array
  | Uint8ClampedArray
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | Float32Array
  | Float64Array;

const TYPED = {
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
} as const;
type TypedName = keyof typeof TYPED;

interface TypedRef {
  $typed: TypedName;
  at: number;
  length: number;
}

/** How far the file is read ahead of the frame being decoded. */
const AHEAD_BYTES = 64 * 1024 * 1024;

const pad8 = (n: number): number => (8 - (n % 8)) % 8;

function typedName(value: unknown): TypedName | null {
  if (!ArrayBuffer.isView(value)) return null;
  const name = value.constructor.name;
  if (!(name in TYPED)) throw new Error(`A ${name} cannot go into the records file.`);
  return name as TypedName;
}

/** One frame: `value` as JSON, its typed arrays in the binary part. */
export function encodeFrame(value: unknown): Uint8Array<ArrayBuffer> {
  const parts: Uint8Array[] = [];
  let size = 0;
  const json = JSON.stringify(value, (_key, v: unknown) => {
    const name = typedName(v);
    if (!name) return v;
    const array = v as TypedArray;
    const ref: TypedRef = { $typed: name, at: size, length: array.length };
    const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
    parts.push(bytes, new Uint8Array(pad8(bytes.length)));
    size += bytes.length + pad8(bytes.length);
    return ref;
  });
  // a frame holding only empty arrays still says it holds arrays (a frame without a binary part is not walked)
  if (parts.length > 0 && size === 0) {
    parts.push(new Uint8Array(8));
    size = 8;
  }
  const text = new TextEncoder().encode(json);
  const out = new Uint8Array(8 + text.length + pad8(text.length) + size);
  const view = new DataView(out.buffer);
  view.setUint32(0, text.length, true);
  view.setUint32(4, size, true);
  out.set(text, 8);
  let at = 8 + text.length + pad8(text.length);
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The file, piece by piece (each batch is encoded when its piece is asked for). */
export function* encodeRecordsFile(
  header: RecordsHeader,
  batches: readonly unknown[],
): Generator<Uint8Array<ArrayBuffer>> {
  const start = new Uint8Array(8);
  new DataView(start.buffer).setUint32(0, MAGIC, true);
  new DataView(start.buffer).setUint32(4, FILE_VERSION, true);
  yield start;
  yield encodeFrame({ ...header, steps: batches.length });
  for (const batch of batches) yield encodeFrame(batch);
}

function isRef(value: object): value is TypedRef {
  return '$typed' in value && typeof (value as TypedRef).$typed === 'string';
}

/** Replaces typed-array references with copies out of `bin`, in place. */
function revive(value: unknown, bin: Uint8Array): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = revive(value[i], bin);
    return value;
  }
  if (isRef(value)) {
    const Type = TYPED[value.$typed];
    if (!Type) throw new Error(`Unknown array type ${value.$typed} in the records file.`);
    const bytes = value.length * Type.BYTES_PER_ELEMENT;
    if (value.at + bytes > bin.length) throw new RangeError('The records file is truncated.');
    return new Type(bin.slice(value.at, value.at + bytes).buffer, 0, value.length);
  }
  const object = value as Record<string, unknown>;
  for (const key of Object.keys(object)) object[key] = revive(object[key], bin);
  return object;
}

/** Something that hands out a file's bytes in pieces (a fetch body's reader). */
export interface ByteSource {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
}

/**
 * Reads exact byte counts from a source that delivers pieces of any size. The source is read ahead of what is
 * asked for, up to `AHEAD_BYTES`: the file's bytes keep arriving while earlier frames are decoded and written
 * (read only on demand, a fetch body arrives a pipe's capacity at a time, seconds behind), yet a file of
 * hundreds of megabytes is never held whole while the writes lag behind.
 */
class ExactReader {
  private pieces: Uint8Array[] = [];
  private buffered = 0;
  private ended = false;
  private failure: unknown = null;
  private wake: (() => void) | null = null;
  private drained: (() => void) | null = null;

  constructor(
    source: ByteSource,
    private readonly ahead: number,
  ) {
    void this.pump(source);
  }

  private async pump(source: ByteSource): Promise<void> {
    try {
      for (;;) {
        if (this.buffered >= this.ahead) await new Promise<void>((resolve) => (this.drained = resolve));
        const { done, value } = await source.read();
        if (done || !value) break;
        if (value.length === 0) continue;
        this.pieces.push(value);
        this.buffered += value.length;
        this.wake?.();
      }
    } catch (error) {
      this.failure = error ?? new Error('The records file could not be read.');
    }
    this.ended = true;
    this.wake?.();
  }

  private async fill(count: number): Promise<void> {
    while (this.buffered < count) {
      // a frame larger than the read-ahead: let the reading go on until it is whole
      this.drained?.();
      this.drained = null;
      if (this.failure) throw this.failure;
      if (this.ended) throw new RangeError('The records file is truncated.');
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = null;
    }
  }

  async take(count: number): Promise<Uint8Array> {
    await this.fill(count);
    const out = new Uint8Array(count);
    let at = 0;
    let used = 0;
    while (at < count) {
      const piece = this.pieces[used]!;
      const n = Math.min(piece.length, count - at);
      out.set(piece.subarray(0, n), at);
      at += n;
      if (n === piece.length) used++;
      else this.pieces[used] = piece.subarray(n);
    }
    this.pieces.splice(0, used);
    this.buffered -= count;
    if (this.buffered < this.ahead) {
      this.drained?.();
      this.drained = null;
    }
    return out;
  }

  async u32s(): Promise<[number, number]> {
    const b = await this.take(8);
    const view = new DataView(b.buffer);
    return [view.getUint32(0, true), view.getUint32(4, true)];
  }
}

/**
 * The records file as shipped: cut into parts, listed in order by a small JSON file beside them. Chromium's browser
 * process keeps the bytes of an extension file it serves until the request ends, and crashes at about a gigabyte
 * (300 000 articles make 1.1 GB); read a part at a time, it holds one part.
 */
export interface RecordsParts {
  kind: 'lvliang-records-parts';
  /** The parts' paths within the extension, in the order their bytes follow each other. */
  parts: string[];
}

export function isRecordsParts(value: unknown): value is RecordsParts {
  const v = value as Partial<RecordsParts> | null;
  return (
    v?.kind === 'lvliang-records-parts' &&
    Array.isArray(v.parts) &&
    v.parts.length > 0 &&
    v.parts.every((p) => typeof p === 'string')
  );
}

/**
 * One byte source over several, read one after the other; each is opened only when the one before has ended, so
 * at most one is open at a time. `cancel` stops the one being read.
 */
export function sequentialSource(
  opens: readonly (() => Promise<ByteSource & { cancel(): Promise<void> }>)[],
): ByteSource & { cancel(): Promise<void> } {
  let index = 0;
  let current: (ByteSource & { cancel(): Promise<void> }) | null = null;
  let cancelled = false;
  return {
    async read() {
      while (index < opens.length && !cancelled) {
        current ??= await opens[index]!();
        const piece = await current.read();
        if (!piece.done) return piece;
        current = null;
        index++;
      }
      return { done: true };
    },
    async cancel() {
      cancelled = true;
      await current?.cancel();
    },
  };
}

/** The frames of a records file, read in order from a stream of its bytes. */
export class RecordsReader {
  private readonly input: ExactReader;
  private readonly text = new TextDecoder();
  /** Milliseconds spent waiting for bytes, and decoding them (the install reports both). */
  readonly spent = { waitMs: 0, decodeMs: 0 };

  private constructor(source: ByteSource, ahead: number) {
    this.input = new ExactReader(source, ahead);
  }

  /** Checks the file's signature and reads its header; `ahead`: bytes read ahead of the frame being decoded. */
  static async open(
    source: ByteSource,
    ahead = AHEAD_BYTES,
  ): Promise<{ header: RecordsHeader; reader: RecordsReader }> {
    const reader = new RecordsReader(source, ahead);
    const [magic, version] = await reader.input.u32s();
    if (magic !== MAGIC) throw new Error('Not an archive records file.');
    if (version !== FILE_VERSION) throw new Error(`Unsupported archive records file version ${version}.`);
    const header = (await reader.next()) as RecordsHeader;
    if (header?.kind !== 'lvliang-records') throw new Error('The archive records file has no header.');
    return { header, reader };
  }

  private async frameBytes(): Promise<{ json: Uint8Array; bin: Uint8Array }> {
    const started = performance.now();
    const [jsonBytes, binBytes] = await this.input.u32s();
    const json = await this.input.take(jsonBytes + pad8(jsonBytes));
    const bin = await this.input.take(binBytes);
    this.spent.waitMs += performance.now() - started;
    return { json: json.subarray(0, jsonBytes), bin };
  }

  /** The next frame, decoded. */
  async next(): Promise<unknown> {
    const { json, bin } = await this.frameBytes();
    const started = performance.now();
    const parsed: unknown = JSON.parse(this.text.decode(json));
    // a frame without typed arrays (editions, articles) needs no walk through its records
    const value = bin.length > 0 ? revive(parsed, bin) : parsed;
    this.spent.decodeMs += performance.now() - started;
    return value;
  }

  /** Passes over the next frame without decoding it (a resumed install skips what is already written). */
  async skip(): Promise<void> {
    await this.frameBytes();
  }
}
