/**
 * Reads the archive shipped with the extension. The install reads the records file: every record it writes,
 * planned and derived by the build (core/install/records-file.ts), shipped in parts that `/archive-records.json`
 * lists, streamed a part after the other so that each batch is decoded while the one before is being written.
 * `/archive.json` (the Archive, with its `version`) is read only when the records file is missing or was made for
 * another index format; the index is then built here.
 */
import type { PublicPath } from 'wxt/browser';
import { isRecordsParts, RecordsReader, sequentialSource } from '@/core/install/records-file';
import { INDEX_FORMAT } from '@/core/search';
import type { Archive } from '@/core/types';
import type { Bundle, PlannedBatch, ShippedRecords } from '@/lib/background/storage/loader';

export const ARCHIVE_PATH: string = '/archive.json';
export const RECORDS_PARTS_PATH: string = '/archive-records.json';

/** The shape check both readers of `/archive.json` apply (the archive service and the overlay's data). */
export function isArchive(value: unknown): value is Archive & { version?: unknown } {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return Array.isArray(v.editions) && Array.isArray(v.articles) && Array.isArray(v.entities);
}

function url(path: string): string {
  return browser.runtime.getURL(path as PublicPath);
}

/** One part of the records file, as a stream of its bytes. */
async function openPart(name: string) {
  const response = await fetch(url(`/${name}`));
  if (!response.ok || !response.body)
    throw new Error(`The bundled archive's records (${name}) could not be read (${response.status}).`);
  return response.body.getReader();
}

/** The shipped records, their header read; undefined when the build shipped none this code can write. */
async function shippedRecords(): Promise<ShippedRecords | undefined> {
  const listing: unknown = await fetch(url(RECORDS_PARTS_PATH))
    .then((response) => (response.ok ? response.json() : undefined))
    .catch(() => undefined);
  if (!isRecordsParts(listing)) return undefined;
  const source = sequentialSource(listing.parts.map((name) => () => openPart(name)));
  const close = () => void source.cancel().catch(() => undefined);
  const { header, reader } = await RecordsReader.open(source).catch((error: unknown) => {
    close();
    throw error;
  });
  if (header.indexFormat !== INDEX_FORMAT) {
    close();
    return undefined;
  }
  return {
    header,
    async *batches(from) {
      for (let i = 0; i < from; i++) await reader.skip();
      for (let i = from; i < header.steps; i++) yield (await reader.next()) as PlannedBatch;
    },
    close,
    spent: () => reader.spent,
  };
}

export async function fetchBundle(): Promise<Bundle> {
  const records = await shippedRecords();
  if (records) return { records };
  const response = await fetch(url(ARCHIVE_PATH));
  if (!response.ok) throw new Error(`The bundled archive could not be read (${response.status}).`);
  const data: unknown = await response.json();
  if (!isArchive(data)) throw new Error('The bundled archive is not in the archive format.');
  const { version, ...archive } = data;
  return { archive, version: typeof version === 'string' ? version : undefined };
}
