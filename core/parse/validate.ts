/**
 * Input validation shared by the build-time CLI and the in-extension import: page metadata (file, date, page)
 * and page text. Every problem is reported as a PageError whose message names the file and the reason.
 */
import { hasHan } from '../han';
import { matchPhotoCredit } from './classify';
import { parseIsoDate } from './dateline';
import { markerKindOf } from './markers';
import type { PageError, PageErrorCode, PageInput } from './model';
import { isControlCharacter } from './text';

/**
 * Largest page accepted: 5 MB per file, and as many characters per text (no encoding the import reads takes
 * less than a byte a character). Extracted front pages are a few tens of kilobytes; the CLI, the import's file
 * checks and its preview all refuse by this one limit.
 */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;

export function pageError(file: string, code: PageErrorCode, reason: string): PageError {
  return { file, code, message: `${file === '' ? '(unnamed page)' : file}: ${reason}` };
}

/** A manifest file name: relative, inside the manifest's folder, no hidden tricks. */
function isSafeFileName(file: string): boolean {
  if (file.trim() !== file || file === '' || file.length > 255) return false;
  if (file.startsWith('/') || file.startsWith('\\') || /^[A-Za-z]:/u.test(file)) return false;
  return !file.split(/[\\/]/u).some((part) => part === '..' || part === '');
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  return typeof value === 'string'
    ? `"${value.slice(0, 40)}"`
    : `${typeof value} ${String(value).slice(0, 40)}`;
}

/** Checks the metadata of one page (as it comes from a manifest or an import form). */
export function validatePageMetadata(
  value: unknown,
  position: number,
): { ok: true; file: string; date: string; page: number } | { ok: false; error: PageError } {
  const fallbackName = `manifest entry ${position + 1}`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      error: pageError(fallbackName, 'bad-entry', `entry is ${describe(value)}, not an object`),
    };
  }
  const entry = value as Record<string, unknown>;
  const file = entry['file'];
  if (typeof file !== 'string' || !isSafeFileName(file)) {
    return {
      ok: false,
      error: pageError(
        fallbackName,
        'bad-entry',
        `"file" is ${describe(file)}; expected a file name in the folder`,
      ),
    };
  }
  const date = entry['date'];
  if (typeof date !== 'string' || parseIsoDate(date) === null) {
    return {
      ok: false,
      error: pageError(file, 'bad-entry', `"date" is ${describe(date)}; expected a real date as YYYY-MM-DD`),
    };
  }
  const page = entry['page'];
  if (typeof page !== 'number' || !Number.isInteger(page) || page < 1 || page > 999) {
    return {
      ok: false,
      error: pageError(
        file,
        'bad-entry',
        `"page" is ${describe(page)}; expected a page number from 1 to 999`,
      ),
    };
  }
  return { ok: true, file, date, page };
}

const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml)/iu;
const HTML_TAG = /<\/?(?:html|head|body|div|p|span|table|tr|td|script|style|meta|link|a|br|img)\b[^>]*>/giu;

function looksLikeHtml(text: string): boolean {
  if (HTML_START.test(text)) return true;
  const tags = text.slice(0, 20_000).match(HTML_TAG)?.length ?? 0;
  return tags >= 5;
}

function controlCharacterShare(text: string): number {
  const sample = text.slice(0, 20_000);
  let controls = 0;
  for (const ch of sample) if (isControlCharacter(ch)) controls += 1;
  return sample.length === 0 ? 0 : controls / sample.length;
}

function hasArticleMarker(text: string): boolean {
  return text
    .split(/\r\n|\r|\n/u)
    .some((line) => markerKindOf(line) !== null || matchPhotoCredit(line) !== null);
}

/**
 * Checks that a page text is extracted newspaper text worth parsing. Returns null when it is, or the reason
 * it is not: empty, binary, badly decoded, HTML, or without any article marker.
 */
export function validatePageText(file: string, text: string): PageError | null {
  if (text.length > MAX_PAGE_BYTES) {
    return pageError(file, 'too-large', `text has ${text.length} characters; the limit is ${MAX_PAGE_BYTES}`);
  }
  if (text.trim() === '') return pageError(file, 'empty', 'the file is empty');
  if (text.includes('\u0000') || controlCharacterShare(text) > 0.01) {
    return pageError(file, 'binary', 'the file is binary data, not text');
  }
  if (text.includes('\ufffd')) {
    return pageError(
      file,
      'encoding',
      'the text contains undecodable characters (U+FFFD); expected UTF-8 text',
    );
  }
  if (looksLikeHtml(text)) {
    return pageError(file, 'html', 'the file is an HTML page, not text extracted from a printed page');
  }
  if (!hasHan(text)) {
    return pageError(file, 'no-markers', 'the text contains no Chinese text');
  }
  if (!hasArticleMarker(text)) {
    return pageError(
      file,
      'no-markers',
      'no article markers found (本报讯, 新华社…电, □ 本报记者, 本报评论员 or a photo credit 记者 … 摄)',
    );
  }
  return null;
}

/** Validates a whole page input: metadata and text. */
export function validatePageInput(
  input: unknown,
  position: number,
): { ok: true; value: PageInput } | { ok: false; error: PageError } {
  const metadata = validatePageMetadata(input, position);
  if (!metadata.ok) return metadata;
  const text = (input as Record<string, unknown>)['text'];
  if (typeof text !== 'string') {
    return {
      ok: false,
      error: pageError(metadata.file, 'bad-entry', `"text" is ${describe(text)}; expected a string`),
    };
  }
  const problem = validatePageText(metadata.file, text);
  if (problem !== null) return { ok: false, error: problem };
  return { ok: true, value: { file: metadata.file, date: metadata.date, page: metadata.page, text } };
}
