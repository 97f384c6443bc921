/**
 * For the build step: `archive-records.bin`, everything the background's install writes, planned here with the
 * install's own functions (the tables derived by core/install/tables.ts, the batches by load-plan.ts), so that
 * installing in the browser only decodes and stores them. Written frame by frame: at 100 000 articles the file
 * is hundreds of megabytes.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { archiveVersion } from '../../core/archive-version';
import { encodeRecordsFile } from '../../core/install/records-file';
import { deriveTables } from '../../core/install/tables';
import type { PackedIndex } from '../../core/search';
import type { Archive } from '../../core/types';
import { planned } from '../../lib/background/storage/load-plan';

/** The file's pieces, in order (a test serves them as the extension's file). */
export function recordsFileParts(
  archive: Archive,
  index: PackedIndex,
  version: string,
): Iterable<Uint8Array<ArrayBuffer>> {
  const { header, batches } = planned(
    archive,
    index,
    { fingerprint: archiveVersion(archive), version },
    deriveTables(archive),
  );
  return encodeRecordsFile(header, batches);
}

export function writeRecordsFile(path: string, archive: Archive, index: PackedIndex, version: string): void {
  const fd = openSync(path, 'w');
  try {
    for (const part of recordsFileParts(archive, index, version)) writeSync(fd, part);
  } finally {
    closeSync(fd);
  }
}
