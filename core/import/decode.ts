/**
 * Decodes a front-page text file picked for import. Readers' files come in the encodings Chinese text files
 * are saved in — UTF-8 (with or without a BOM), GB18030/GBK, UTF-16 — so the import detects and decodes them
 * instead of refusing what the CLI refuses. Everything else is the CLI's rule, reused from core/parse: the size
 * limit, binary formats, HTML, empty and marker-less text get the same per-file errors.
 */
import { checkPageSize, decodePageBytes, validatePageText, type PageError } from '../parse/index';
import { pageError } from '../parse/validate';

export type TextEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export type DecodedFile =
  { ok: true; text: string; encoding: TextEncoding } | { ok: false; error: PageError };

const SNIFF_BYTES = 4096;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * UTF-16 without a byte-order mark: line breaks, digits and ASCII punctuation leave a zero byte in every
 * other position, nearly always on the same side. Binary data has its zeros on both sides.
 */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, SNIFF_BYTES) & ~1);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i += 1) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) even += 1;
    else odd += 1;
  }
  const zeros = even + odd;
  if (zeros < Math.max(4, sample.length / 2 / 50)) return null; // fewer than one code unit in 50
  // Some CJK characters have a zero byte of their own (一 is U+4E00), so the sides are compared, not required
  // to be pure.
  if (odd >= 3 * even) return 'utf-16le';
  if (even >= 3 * odd) return 'utf-16be';
  return null;
}

function decodeAs(encoding: TextEncoding, bytes: Uint8Array): string | null {
  try {
    // The BOM, if any, is dropped by the decoder.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function checked(file: string, text: string, encoding: TextEncoding): DecodedFile {
  const problem = validatePageText(file, text);
  return problem === null
    ? { ok: true, text: text.replace(/^\ufeff/u, ''), encoding }
    : { ok: false, error: problem };
}

function undecodable(file: string): DecodedFile {
  return {
    ok: false,
    error: pageError(file, 'encoding', 'the file is not UTF-8, GB18030 (GBK) or UTF-16 text'),
  };
}

/** Checks and decodes one page file; `file` names it in every error. */
export function decodeImportFile(file: string, bytes: Uint8Array): DecodedFile {
  const tooLarge = checkPageSize(file, bytes.byteLength);
  if (tooLarge !== null) return { ok: false, error: tooLarge };
  const utf16 = startsWith(bytes, [0xff, 0xfe])
    ? 'utf-16le'
    : startsWith(bytes, [0xfe, 0xff])
      ? 'utf-16be'
      : bomlessUtf16(bytes);
  if (utf16 !== null) {
    const text = decodeAs(utf16, bytes);
    return text === null ? undecodable(file) : checked(file, text, utf16);
  }
  const asUtf8 = decodePageBytes(file, bytes);
  if (asUtf8.ok) return { ok: true, text: asUtf8.text, encoding: 'utf-8' };
  if (asUtf8.error.code !== 'encoding') return asUtf8;
  // Not UTF-8: GB18030 (a superset of GBK and GB2312) is what Chinese Windows saves text files in.
  const text = decodeAs('gb18030', bytes);
  return text === null ? undecodable(file) : checked(file, text, 'gb18030');
}
