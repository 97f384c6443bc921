/**
 * The archive as the extension ships it: parsed from seeds/ at build time with the same code the extension
 * runs, written next to the build's other public files, with its search index prebuilt (jieba in Node) so that
 * installing it in the browser is a copy into IndexedDB. `version` is a hash of the content, so the background
 * reloads IndexedDB exactly when the bundled archive changed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildArchive } from '../../core/archive';
import { archiveVersion } from '../../core/archive-version';
import type { Archive } from '../../core/types';
import { searchIndexFile } from './search-index-file';
import { readSeedPages, SEEDS_DIR } from './seed-pages';

export interface BundledFile {
  relativeDest: string;
  absoluteSrc: string;
}

/**
 * A build of another archive (the benchmark's synthetic one): `LVLIANG_ARCHIVE_FILE` names an archive.json with
 * its `version`, `LVLIANG_SEARCH_INDEX_FILE` its prebuilt index (built here when absent). Shipped as they are.
 */
function archiveFromEnv(outDir: string, archiveFile: string, indexFile?: string): BundledFile[] {
  const files: BundledFile[] = [{ relativeDest: 'archive.json', absoluteSrc: archiveFile }];
  if (indexFile) return [...files, { relativeDest: 'search-index.bin', absoluteSrc: indexFile }];
  const archive = JSON.parse(readFileSync(archiveFile, 'utf8')) as Archive;
  mkdirSync(outDir, { recursive: true });
  const indexPath = join(outDir, 'search-index.bin');
  writeFileSync(indexPath, searchIndexFile(archive));
  return [...files, { relativeDest: 'search-index.bin', absoluteSrc: indexPath }];
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
  const indexPath = join(outDir, 'search-index.bin');
  writeFileSync(indexPath, searchIndexFile(archive));
  return [
    { relativeDest: 'archive.json', absoluteSrc: archivePath },
    { relativeDest: 'search-index.bin', absoluteSrc: indexPath },
  ];
}
