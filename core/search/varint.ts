/** Unsigned LEB128 integers in a growable byte buffer: postings are mostly small deltas, one byte each. */

export class ByteWriter {
  private buf: Uint8Array;
  length = 0;

  constructor(initial = 16) {
    this.buf = new Uint8Array(initial);
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  uint(value: number): void {
    this.reserve(5);
    let v = value >>> 0;
    while (v >= 0x80) {
      this.buf[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buf[this.length++] = v;
  }

  bytes(data: Uint8Array): void {
    this.reserve(data.length);
    this.buf.set(data, this.length);
    this.length += data.length;
  }

  /** A copy trimmed to the written length. */
  finish(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

export class ByteReader {
  pos: number;

  constructor(
    private readonly data: Uint8Array,
    start = 0,
  ) {
    this.pos = start;
  }

  uint(): number {
    let result = 0;
    let shift = 0;
    for (;;) {
      const byte = this.data[this.pos++];
      if (byte === undefined) throw new RangeError('Truncated integer in search index data.');
      result += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return result;
      shift += 7;
      if (shift > 35) throw new RangeError('Malformed integer in search index data.');
    }
  }
}
