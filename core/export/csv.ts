/**
 * CSV as RFC 4180 writes it (fields with commas, quotes or line breaks quoted, quotes doubled, CRLF between
 * records), prefixed with a UTF-8 byte order mark so Excel reads Chinese text as UTF-8 instead of the system's
 * code page.
 */

export const BOM = '\uFEFF';

export type Cell = string | number | null | undefined;

/**
 * A cell spreadsheet programs would run as a formula (`=`, `+`, `-`, `@` first, as a saved page's title might
 * be written to be) is prefixed with an apostrophe so it opens as text; numbers are left alone.
 */
function neutralized(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !/^[+-]?\d+(?:\.\d+)?$/.test(text) ? `'${text}` : text;
}

export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : neutralized(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The whole file: BOM, header, one record per row, CRLF after each record. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const records = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `${BOM}${records.join('\r\n')}\r\n`;
}
