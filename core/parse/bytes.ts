/**
 * Byte-level checks on a page file, before it is decoded: size, known binary formats, NUL bytes and UTF-8
 * validity. Pure, so the CLI (Node) and the extension's import (browser) apply the same rules.
 */
import type { PageError } from './model';
import { MAX_PAGE_BYTES, pageError, validatePageText } from './validate';

export { MAX_PAGE_BYTES };

/** Refuses a file by its size alone, so a huge file need not be read. */
export function checkPageSize(file: string, byteLength: number): PageError | null {
  if (byteLength > MAX_PAGE_BYTES) {
    const megabytes = (byteLength / (1024 * 1024)).toFixed(1);
    return pageError(
      file,
      'too-large',
      `the file is ${megabytes} MB; the limit is ${MAX_PAGE_BYTES / (1024 * 1024)} MB`,
    );
  }
  return null;
}

const SIGNATURES: ReadonlyArray<{ name: string; bytes: readonly number[] }> = [
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a ZIP archive (or Office document)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a gzip archive', bytes: [0x1f, 0x8b] },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, i) => bytes[i] === byte);
}

export type DecodedPage = { ok: true; text: string } | { ok: false; error: PageError };

/** Checks and decodes the bytes of a page file as UTF-8, then validates the text. */
export function decodePageBytes(file: string, bytes: Uint8Array): DecodedPage {
  const tooLarge = checkPageSize(file, bytes.byteLength);
  if (tooLarge !== null) return { ok: false, error: tooLarge };
  if (bytes.byteLength === 0) return { ok: false, error: pageError(file, 'empty', 'the file is empty') };
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return { ok: false, error: pageError(file, 'encoding', 'the file is UTF-16 text; save it as UTF-8') };
  }
  for (const signature of SIGNATURES) {
    if (startsWith(bytes, signature.bytes)) {
      return { ok: false, error: pageError(file, 'binary', `the file is ${signature.name}, not text`) };
    }
  }
  if (bytes.includes(0))
    return { ok: false, error: pageError(file, 'binary', 'the file is binary data (NUL bytes), not text') };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      error: pageError(
        file,
        'encoding',
        'the file is not valid UTF-8 (GBK or GB18030 perhaps); convert it to UTF-8',
      ),
    };
  }
  const problem = validatePageText(file, text);
  return problem === null ? { ok: true, text: text.replace(/^\ufeff/u, '') } : { ok: false, error: problem };
}
