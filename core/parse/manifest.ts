/**
 * The seed manifest (`{ "editions": [{ "file", "date", "page" }] }`): which page files make up the archive.
 * Malformed entries are reported one by one; the others are still used.
 */
import type { PageError } from './model';
import { pageError, validatePageMetadata } from './validate';

export interface ManifestEntry {
  file: string;
  date: string;
  page: number;
}

export interface ParsedManifest {
  entries: ManifestEntry[];
  errors: PageError[];
}

export const MANIFEST_FILE = 'manifest.json';

/** Reads a manifest from its JSON text. */
export function parseManifestText(text: string): ParsedManifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { entries: [], errors: [pageError(MANIFEST_FILE, 'bad-entry', `not valid JSON (${reason})`)] };
  }
  return parseManifest(json);
}

export function parseManifest(json: unknown): ParsedManifest {
  const editions =
    typeof json === 'object' && json !== null && !Array.isArray(json)
      ? (json as Record<string, unknown>)['editions']
      : undefined;
  if (!Array.isArray(editions)) {
    return {
      entries: [],
      errors: [pageError(MANIFEST_FILE, 'bad-entry', 'expected an object with an "editions" array')],
    };
  }
  const entries: ManifestEntry[] = [];
  const errors: PageError[] = [];
  editions.forEach((value: unknown, position) => {
    const checked = validatePageMetadata(value, position);
    if (checked.ok) entries.push({ file: checked.file, date: checked.date, page: checked.page });
    else errors.push(checked.error);
  });
  return { entries, errors };
}
