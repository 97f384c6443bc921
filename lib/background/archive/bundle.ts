/**
 * Reads the archive shipped with the extension: `/archive.json` (the Archive, optionally with a `version`) and,
 * when the build emitted it, `/search-index.bin` (the prebuilt search index; without it the background builds
 * the index itself).
 */
import type { PublicPath } from 'wxt/browser';
import { decodeSearchIndex, type PackedIndex } from '@/core/search';
import type { Archive } from '@/core/types';
import type { Bundle } from '@/lib/background/storage/loader';

export const ARCHIVE_PATH: string = '/archive.json';
export const INDEX_PATH: string = '/search-index.bin';

/** The shape check both readers of `/archive.json` apply (the archive service and the overlay's data). */
export function isArchive(value: unknown): value is Archive & { version?: unknown } {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return Array.isArray(v.editions) && Array.isArray(v.articles) && Array.isArray(v.entities);
}

function url(path: string): string {
  return browser.runtime.getURL(path as PublicPath);
}

async function prebuiltIndex(): Promise<PackedIndex | undefined> {
  try {
    const response = await fetch(url(INDEX_PATH));
    if (!response.ok) return undefined;
    return decodeSearchIndex(new Uint8Array(await response.arrayBuffer()));
  } catch {
    // absent or unreadable: the loader builds the index from the archive instead
    return undefined;
  }
}

export async function fetchBundle(): Promise<Bundle> {
  const [response, index] = await Promise.all([fetch(url(ARCHIVE_PATH)), prebuiltIndex()]);
  if (!response.ok) throw new Error(`The bundled archive could not be read (${response.status}).`);
  const data: unknown = await response.json();
  if (!isArchive(data)) throw new Error('The bundled archive is not in the archive format.');
  const { version, ...archive } = data;
  return { archive, index, version: typeof version === 'string' ? version : undefined };
}
