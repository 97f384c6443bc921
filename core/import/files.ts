/**
 * The import of front-page text files picked by the reader (one or many files, or a folder): each file is
 * checked and decoded on its own, its publication date taken from a `manifest.json` picked with it, else from
 * its name, else from the date the reader types in the form. A file that cannot be read gets an error naming
 * it and the reason; the other files still import.
 */
import {
  checkPageSize,
  MANIFEST_FILE,
  parseManifestText,
  type ManifestEntry,
  type PageError,
} from '../parse/index';
import { pageError } from '../parse/validate';
import { decodeImportFile, type TextEncoding } from './decode';
import { baseName, dateFromFileName, pageFromFileName } from './names';

/** A picked file: its path (`webkitRelativePath` in a folder pick, else the name) and its bytes. */
export interface PickedFile {
  path: string;
  bytes: Uint8Array;
}

export type DateSource = 'manifest' | 'file-name' | 'form';

export interface PreparedPage {
  /** The file's name as shown to the reader and sent to the archive. */
  fileName: string;
  path: string;
  /** YYYY-MM-DD, or null while the reader has not given one (no manifest entry, no date in the name). */
  date: string | null;
  dateSource: DateSource | null;
  page: number;
  text: string;
  encoding: TextEncoding;
}

export interface PreparedImport {
  pages: PreparedPage[];
  errors: PageError[];
}

const MAX_MANIFEST_BYTES = 1024 * 1024;

/** Refuses a file by its size before it is read (the CLI's limit), so a huge file is never loaded. */
export function refuseBySize(path: string, size: number): PageError | null {
  return checkPageSize(baseName(path), size);
}

/** Hidden files a folder pick brings along (`.DS_Store`, `._x.txt`, `.git/…`): never pages. */
export function isHiddenPath(path: string): boolean {
  return path.split(/[\\/]/u).some((part) => part.startsWith('.'));
}

export function isManifest(path: string): boolean {
  return baseName(path).toLowerCase() === MANIFEST_FILE;
}

function folderOf(path: string): string {
  const parts = path.split(/[\\/]/u);
  parts.pop();
  return parts.join('/');
}

/** Manifest entries by `folder/file`, from every manifest picked (a folder pick may hold several). */
function readManifests(files: readonly PickedFile[], errors: PageError[]): Map<string, ManifestEntry> {
  const entries = new Map<string, ManifestEntry>();
  for (const file of files.filter((f) => isManifest(f.path))) {
    if (file.bytes.byteLength > MAX_MANIFEST_BYTES) {
      errors.push(pageError(file.path, 'bad-entry', 'manifest is too large'));
      continue;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
    } catch {
      errors.push(pageError(file.path, 'encoding', 'manifest is not UTF-8 JSON'));
      continue;
    }
    const manifest = parseManifestText(text);
    errors.push(...manifest.errors);
    const folder = folderOf(file.path);
    for (const entry of manifest.entries) entries.set(`${folder}/${baseName(entry.file)}`, entry);
  }
  return entries;
}

/**
 * Decodes the picked files and dates them. `formDate` (YYYY-MM-DD) dates the pages that neither a manifest nor
 * their name does. Two pages of the same date and page number cannot both be imported: the second is an error.
 */
export function prepareImport(files: readonly PickedFile[], formDate: string | null = null): PreparedImport {
  const errors: PageError[] = [];
  const manifest = readManifests(files, errors);
  const pages: PreparedPage[] = [];
  for (const file of files) {
    if (isManifest(file.path) || isHiddenPath(file.path)) continue;
    const fileName = baseName(file.path);
    const decoded = decodeImportFile(fileName, file.bytes);
    if (!decoded.ok) {
      errors.push(decoded.error);
      continue;
    }
    const listed = manifest.get(`${folderOf(file.path)}/${fileName}`);
    const fromName = dateFromFileName(fileName);
    const [date, dateSource]: [string | null, DateSource | null] = listed
      ? [listed.date, 'manifest']
      : fromName
        ? [fromName, 'file-name']
        : formDate
          ? [formDate, 'form']
          : [null, null];
    const page = listed?.page ?? pageFromFileName(fileName) ?? 1;
    pages.push({
      fileName,
      path: file.path,
      date,
      dateSource,
      page,
      text: decoded.text,
      encoding: decoded.encoding,
    });
  }
  return { pages: withoutDuplicateEditions(pages, errors), errors };
}

function withoutDuplicateEditions(pages: PreparedPage[], errors: PageError[]): PreparedPage[] {
  const seen = new Map<string, string>();
  return pages.filter((page) => {
    if (page.date === null) return true;
    const key = `${page.date}-p${page.page}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, page.fileName);
      return true;
    }
    errors.push(
      pageError(
        page.fileName,
        'duplicate-edition',
        `page ${page.page} of ${page.date} is already given by ${first}; give this file another date or page`,
      ),
    );
    return false;
  });
}
