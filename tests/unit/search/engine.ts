/** Engines over the fixture archive for search tests: with jieba, and on the quick path (jieba not yet warm). */
import {
  buildSearchIndex,
  createMemoryReader,
  createSearchEngine,
  type PackedIndex,
  type SearchEngine,
} from '@/core/search';
import type { Archive } from '@/core/types';
import { nodeJieba } from '@/scripts/lib/jieba-node';
import { archive as fixture } from './fixture';

const indexes = new WeakMap<Archive, PackedIndex>();

export function indexOf(archive: Archive = fixture): PackedIndex {
  let index = indexes.get(archive);
  if (!index) {
    index = buildSearchIndex(archive, nodeJieba());
    indexes.set(archive, index);
  }
  return index;
}

export function jiebaEngine(archive: Archive = fixture): SearchEngine {
  const jieba = nodeJieba();
  return createSearchEngine(createMemoryReader(archive, indexOf(archive)), () => jieba);
}

export function quickEngine(archive: Archive = fixture): SearchEngine {
  return createSearchEngine(createMemoryReader(archive, indexOf(archive)), () => null);
}

export async function ids(engine: SearchEngine, query: string, extra: object = {}): Promise<string[]> {
  return (await engine.search({ query, ...extra })).hits.map((h) => h.id);
}
