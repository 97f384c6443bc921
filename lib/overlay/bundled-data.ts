/**
 * An `OverlayData` over the archive shipped with the extension (`/archive.json`), read once and held in the
 * background's memory. Serves the overlay wherever the archive store is not at hand.
 */
import type { PublicPath } from 'wxt/browser';
import { ARCHIVE_PATH, isArchive } from '@/lib/archive/bundle';
import { memoryOverlayData, type OverlayData } from './data';

/** A short, stable digest of the archive's text: its version when the file names none. */
function digest(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${text.length.toString(36)}-${(h >>> 0).toString(36)}`;
}

async function load(path: string): Promise<OverlayData> {
  const response = await fetch(browser.runtime.getURL(path as PublicPath));
  if (!response.ok) throw new Error(`The bundled archive could not be read (${response.status}).`);
  const text = await response.text();
  const data: unknown = JSON.parse(text);
  if (!isArchive(data)) throw new Error('The bundled archive is not in the archive format.');
  return memoryOverlayData(data, typeof data.version === 'string' ? data.version : digest(text));
}

export function bundledOverlayData(path = ARCHIVE_PATH): OverlayData {
  let loaded: Promise<OverlayData> | null = null;
  const data = (): Promise<OverlayData> => {
    loaded ??= load(path);
    loaded.catch(() => (loaded = null)); // a missing file is retried on the next request
    return loaded;
  };
  return {
    version: async () => (await data()).version(),
    entities: async () => (await data()).entities(),
    entity: async (id) => (await data()).entity(id),
    articles: async (ids) => (await data()).articles(ids),
    editions: async (ids) => (await data()).editions(ids),
  };
}
