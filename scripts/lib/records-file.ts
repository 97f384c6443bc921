/**
 * For the build step: the records file, everything the background's install writes, planned here with the
 * install's own functions (the tables derived by core/install/tables.ts, the batches by load-plan.ts), so that
 * installing in the browser only decodes and stores them. Written frame by frame, in parts
 * (`archive-records-<n>.bin`) that `archive-records.json` lists: at 100 000 articles the file is hundreds of
 * megabytes, at 300 000 over a gigabyte, more than Chromium serves from an extension in one file.
 */
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { archiveVersion } from '../../core/archive-version';
import { encodeRecordsFile, type RecordsParts } from '../../core/install/records-file';
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

/** The largest part: the browser holds one part's bytes while the install reads it. */
export const RECORDS_PART_BYTES = 128 * 1024 * 1024;

export const RECORDS_PARTS_FILE = 'archive-records.json';

/** The name of the records file's part `n` (from 0), as `archive-records.json` lists it. */
export const recordsPartName = (n: number): string => `archive-records-${n}.bin`;

/** The file's pieces regrouped into parts of `partBytes` each (the last one shorter), a piece cut where needed. */
export function* cutIntoParts<B extends ArrayBufferLike>(
  pieces: Iterable<Uint8Array<B>>,
  partBytes: number,
): Generator<Uint8Array<B>[]> {
  let part: Uint8Array<B>[] = [];
  let room = partBytes;
  for (let piece of pieces) {
    while (piece.length > 0) {
      const taken = piece.subarray(0, room);
      part.push(taken);
      room -= taken.length;
      piece = piece.subarray(taken.length);
      if (room === 0) {
        yield part;
        part = [];
        room = partBytes;
      }
    }
  }
  if (part.length > 0) yield part;
}

/** Writes the records file's parts and their list into `dir`; returns the list's name and the parts' names. */
export function writeRecordsFiles(
  dir: string,
  archive: Archive,
  index: PackedIndex,
  version: string,
  partBytes = RECORDS_PART_BYTES,
): string[] {
  const listing: RecordsParts = { kind: 'lvliang-records-parts', parts: [] };
  for (const part of cutIntoParts(recordsFileParts(archive, index, version), partBytes)) {
    const name = recordsPartName(listing.parts.length);
    const fd = openSync(join(dir, name), 'w');
    try {
      for (const piece of part) writeSync(fd, piece);
    } finally {
      closeSync(fd);
    }
    listing.parts.push(name);
  }
  writeFileSync(join(dir, RECORDS_PARTS_FILE), JSON.stringify(listing));
  return [RECORDS_PARTS_FILE, ...listing.parts];
}
