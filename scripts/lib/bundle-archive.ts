/**
 * The archive as the extension ships it: parsed from seeds/ at build time with the same code the extension
 * runs, written next to the build's other public files, with its search index prebuilt (jieba in Node) so that
 * installing it in the browser is a copy into IndexedDB. `version` is a hash of the content, so the background
 * reloads IndexedDB exactly when the bundled archive changed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildArchive } from '../../core/archive';
import { searchIndexFile } from './search-index-file';
import { readSeedPages, SEEDS_DIR } from './seed-pages';

export interface BundledFile {
  relativeDest: string;
  absoluteSrc: string;
}

export function writeBundledArchive(outDir: string, seedsDir = SEEDS_DIR): BundledFile[] {
  const { archive, report } = buildArchive(readSeedPages(seedsDir));
  const failed = report.pages.filter((page) => page.error);
  if (failed.length > 0) {
    // A build must not ship a silently smaller archive.
    throw new Error(
      `Seed pages failed to parse: ${failed.map((p) => `${p.file}: ${p.error?.message}`).join('; ')}`,
    );
  }
  const json = JSON.stringify(archive);
  const version = createHash('sha256').update(json).digest('hex').slice(0, 16);
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
