/**
 * Reads the archive shipped with the extension. The install reads `/archive-records.bin`: every record it
 * writes, planned and derived by the build (core/install/records-file.ts), streamed so that each batch is
 * decoded while the one before is being written. `/archive.json` (the Archive, with its `version`) is read only
 * when the records file is missing or was made for another index format; the index is then built here.
 */
import type { PublicPath } from 'wxt/browser';
import { RecordsReader } from '@/core/install/records-file';
import { INDEX_FORMAT } from '@/core/search';
import type { Archive } from '@/core/types';
import type { Bundle, PlannedBatch, ShippedRecords } from '@/lib/background/storage/loader';

export const ARCHIVE_PATH: string = '/archive.json';
export const RECORDS_PATH: string = '/archive-records.bin';

/** The shape check both readers of `/archive.json` apply (the archive service and the overlay's data). */
export function isArchive(value: unknown): value is Archive & { version?: unknown } {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return Array.isArray(v.editions) && Array.isArray(v.articles) && Array.isArray(v.entities);
}

function url(path: string): string {
  return browser.runtime.getURL(path as PublicPath);
}

/** The shipped records, their header read; undefined when the build shipped none this code can write. */
async function shippedRecords(): Promise<ShippedRecords | undefined> {
  const response = await fetch(url(RECORDS_PATH)).catch(() => undefined);
  if (!response?.ok || !response.body) return undefined;
  const stream = response.body.getReader();
  const close = () => void stream.cancel().catch(() => undefined);
  const { header, reader } = await RecordsReader.open(stream);
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
