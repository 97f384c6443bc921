/**
 * A bit stream (least significant bit first) with the codes postings are written in: unary, Rice (a unary
 * quotient and k low bits: about log2(mean gap) + 1.5 bits for a document gap) and Elias gamma (small counts
 * of unknown size). Byte-oriented varints spend a whole byte on a gap of 1 and three on a gap of 20 000.
 */

export class BitWriter {
  private buf: Uint8Array;
  private bytes = 0;
  private acc = 0;
  private held = 0;

  constructor(initial = 64) {
    this.buf = new Uint8Array(initial);
  }

  private push(byte: number): void {
    if (this.bytes === this.buf.length) {
      const next = new Uint8Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.bytes++] = byte;
  }

  /** The low `n` bits of `value` (n ≤ 24). */
  bits(value: number, n: number): void {
    if (n === 0) return;
    this.acc |= (value & ((1 << n) - 1)) << this.held;
    this.held += n;
    while (this.held >= 8) {
      this.push(this.acc & 0xff);
      this.acc >>>= 8;
      this.held -= 8;
    }
  }

  /** `q` one bits, then a zero. */
  unary(q: number): void {
    while (q >= 24) {
      this.bits(0xffffff, 24);
      q -= 24;
    }
    this.bits((1 << q) - 1, q + 1);
  }

  rice(value: number, k: number): void {
    this.unary(Math.floor(value / 2 ** k));
    if (k > 24) throw new RangeError('Rice parameter too large.');
    this.bits(value % 2 ** k, k);
  }

  /** Elias gamma of value ≥ 1, as the unary bit count then the bits below the leading one. */
  gamma(value: number): void {
    if (value < 1 || value >= 2 ** 24) throw new RangeError(`Cannot gamma-code ${value}.`);
    const n = 31 - Math.clz32(value);
    this.unary(n);
    this.bits(value - (1 << n), n);
  }

  /** The bytes written, the last one padded with zero bits. */
  finish(): Uint8Array {
    const out = new Uint8Array(this.bytes + (this.held ? 1 : 0));
    out.set(this.buf.subarray(0, this.bytes));
    if (this.held) out[this.bytes] = this.acc & 0xff;
    return out;
  }
}

/** Up to 32 bits of `data` from bit `pos` on (at least 25 of them real data or zero padding past its end). */
export function bitsAt(data: Uint8Array, pos: number): number {
  const at = pos >>> 3;
  return (
    ((data[at] ?? 0) |
      ((data[at + 1] ?? 0) << 8) |
      ((data[at + 2] ?? 0) << 16) |
      ((data[at + 3] ?? 0) << 24)) >>>
    (pos & 7)
  );
}

export class BitReader {
  private pos: number;
  private readonly end: number;

  /** Reads `data[start .. end)` (bytes). */
  constructor(
    private readonly data: Uint8Array,
    start: number,
    end: number,
  ) {
    this.pos = start * 8;
    this.end = end * 8;
  }

  private window(): number {
    return bitsAt(this.data, this.pos);
  }

  bits(n: number): number {
    if (n === 0) return 0;
    const v = this.window() & ((1 << n) - 1);
    this.pos += n;
    return v;
  }

  unary(): number {
    let q = 0;
    for (;;) {
      // at least 25 bits of the window are real (or zero padding); the lowest zero bit ends the run
      const ones = ~this.window() & 0x1ffffff;
      if (ones === 0) {
        q += 25;
        this.pos += 25;
      } else {
        const run = 31 - Math.clz32(ones & -ones);
        q += run;
        this.pos += run + 1;
        return q;
      }
      if (this.pos > this.end) throw new RangeError('Truncated postings in search index data.');
    }
  }

  rice(k: number): number {
    return this.unary() * 2 ** k + this.bits(k);
  }

  gamma(): number {
    const n = this.unary();
    if (n > 24) throw new RangeError('Malformed postings in search index data.');
    return (1 << n) + this.bits(n);
  }

  /** The position in bits from the start of the data. */
  get position(): number {
    return this.pos;
  }

  seek(bit: number): void {
    this.pos = bit;
  }

  /** Throws when more bits were read than the data holds (damaged data). */
  check(): void {
    if (this.pos > this.end) throw new RangeError('Truncated postings in search index data.');
  }
}
