/**
 * The archive as the extension ships it: parsed from seeds/ at build time with the same code the extension
 * runs, written next to the build's other public files as `archive.json` (the archive itself) and the records
 * file (every record the install writes: the search index prebuilt with jieba in Node, and the tables derived
 * from the archive; `archive-records.json` lists its parts), so that installing it in the browser only stores
 * records. `version` names the content, so the background reloads IndexedDB exactly when the bundled archive
 * changed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildArchive } from '../../core/archive';
import { archiveVersion } from '../../core/archive-version';
import { buildSearchIndex, decodeSearchIndex, type PackedIndex } from '../../core/search';
import type { Archive } from '../../core/types';
import { nodeJieba } from './jieba-node';
import { writeRecordsFiles } from './records-file';
import { readLargeJson } from './large-json';
import { readSeedPages, SEEDS_DIR } from './seed-pages';

export interface BundledFile {
  relativeDest: string;
  absoluteSrc: string;
}

/** The records file for `archive`, next to the archive file that is shipped as it is. */
function bundled(
  outDir: string,
  archiveFile: string,
  archive: Archive,
  index: PackedIndex,
  version: string,
): BundledFile[] {
  if (index.stats.fingerprint !== archiveVersion(archive))
    throw new Error(`The search index given for ${archiveFile} was built from another archive.`);
  mkdirSync(outDir, { recursive: true });
  return [
    { relativeDest: 'archive.json', absoluteSrc: archiveFile },
    ...writeRecordsFiles(outDir, archive, index, version).map((name) => ({
      relativeDest: name,
      absoluteSrc: join(outDir, name),
    })),
  ];
}

/**
 * A build of another archive (the benchmark's synthetic one): `LVLIANG_ARCHIVE_FILE` names an archive.json with
 * its `version`, `LVLIANG_SEARCH_INDEX_FILE` its prebuilt index (built here when absent).
 */
function archiveFromEnv(outDir: string, archiveFile: string, indexFile?: string): BundledFile[] {
  const { version, ...archive } = readLargeJson<Archive & { version?: string }>(archiveFile);
  const index = indexFile
    ? decodeSearchIndex(readFileSync(indexFile))
    : buildSearchIndex(archive, nodeJieba());
  return bundled(outDir, archiveFile, archive, index, version ?? archiveVersion(archive));
}

export function writeBundledArchive(
  outDir: string,
  seedsDir = SEEDS_DIR,
  env: Record<string, string | undefined> = process.env,
): BundledFile[] {
  if (env.LVLIANG_ARCHIVE_FILE) {
    return archiveFromEnv(outDir, env.LVLIANG_ARCHIVE_FILE, env.LVLIANG_SEARCH_INDEX_FILE);
  }
  const { archive, report } = buildArchive(readSeedPages(seedsDir));
  const failed = report.pages.filter((page) => page.error);
  if (failed.length > 0) {
    // A build must not ship a silently smaller archive.
    throw new Error(
      `Seed pages failed to parse: ${failed.map((p) => `${p.file}: ${p.error?.message}`).join('; ')}`,
    );
  }
  // The same version installation compares, so the label and the content check agree.
  const version = archiveVersion(archive);
  mkdirSync(outDir, { recursive: true });
  const archivePath = join(outDir, 'archive.json');
  writeFileSync(archivePath, JSON.stringify({ version, ...archive }));
  return bundled(outDir, archivePath, archive, buildSearchIndex(archive, nodeJieba()), version);
}
