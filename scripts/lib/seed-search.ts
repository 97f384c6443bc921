/**
 * The seed archive with its search index, in memory: what the CLI and the integration tests search. Built the
 * same way as the archive the extension ships (buildArchive on the seed pages, then buildSearchIndex with jieba).
 */
import { buildArchive } from '../../core/archive';
import {
  buildSearchIndex,
  createMemoryReader,
  createSearchEngine,
  type PackedIndex,
  type SearchEngine,
} from '../../core/search';
import type { Archive } from '../../core/types';
import { nodeJieba } from './jieba-node';
import { readSeedPages } from './seed-pages';

export interface SeedSearch {
  archive: Archive;
  index: PackedIndex;
  engine: SearchEngine;
  /** Pages the parser could not read (their files and reasons). */
  failures: string[];
}

export function seedSearch(dir?: string): SeedSearch {
  const { archive, report } = buildArchive(readSeedPages(dir));
  const jieba = nodeJieba();
  const index = buildSearchIndex(archive, jieba);
  const engine = createSearchEngine(createMemoryReader(archive, index), () => jieba);
  const failures = report.pages
    .filter((p) => p.error !== null)
    .map((p) => `${p.file}: ${p.error?.message ?? ''}`);
  return { archive, index, engine, failures };
}
