/**
 * What a page file's name says about it: the publication date (`2021-08-11`, `2021_08_11`, `2021.08.11`,
 * `20210811`) and the page number (`p2`, `第2版`, `02版`), as archives of scanned papers are often named.
 */
import { parseIsoDate } from '../parse/index';

const SEPARATED = /(?<!\d)((?:19|20)\d\d)[-_.](\d{1,2})[-_.](\d{1,2})(?!\d)/u;
const COMPACT = /(?<!\d)((?:19|20)\d\d)(\d\d)(\d\d)(?!\d)/u;
const PAGE =
  /(?:第\s*0*(\d{1,3})\s*版|(?<![\da-z])0*(\d{1,3})\s*版|(?<![a-z])p(?:age)?[-_ ]?0*(\d{1,3})(?!\d))/iu;

/** The base name of a path from a folder pick (`papers/2021/2021-08-11.txt` → `2021-08-11.txt`). */
export function baseName(path: string): string {
  return path.split(/[\\/]/u).pop() ?? path;
}

function iso(year: string, month: string, day: string): string | null {
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return parseIsoDate(date) === null ? null : date;
}

/** The publication date a file name carries, or null when it has none (or an impossible one). */
export function dateFromFileName(path: string): string | null {
  const name = baseName(path);
  const separated = SEPARATED.exec(name);
  if (separated) return iso(separated[1]!, separated[2]!, separated[3]!);
  const compact = COMPACT.exec(name);
  return compact ? iso(compact[1]!, compact[2]!, compact[3]!) : null;
}

/** The page number a file name carries, or null. */
export function pageFromFileName(path: string): number | null {
  const name = baseName(path).replace(/\.[^.]*$/u, '');
  // The date's digits are not a page number.
  const match = PAGE.exec(name.replace(SEPARATED, ' ').replace(COMPACT, ' '));
  const digits = match?.[1] ?? match?.[2] ?? match?.[3];
  const page = digits === undefined ? 0 : Number(digits);
  return page >= 1 && page <= 999 ? page : null;
}
