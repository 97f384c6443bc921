/** Shared setup for storage tests: a fresh database name per test and the fixture archive with its index. */
import { buildSearchIndex, type PackedIndex } from '@/core/search';
import type { Archive } from '@/core/types';
import { nodeJieba } from '@/scripts/lib/jieba-node';
import { archive } from '../search/fixture';

let counter = 0;
export function freshName(): string {
  return `lens-test-${Date.now()}-${counter++}`;
}

let cached: PackedIndex | null = null;
export function fixtureBundle(): { archive: Archive; index: PackedIndex; version: string } {
  cached ??= buildSearchIndex(archive, nodeJieba());
  return { archive, index: cached, version: 'fixture-1' };
}

/** The same archive with one article rewritten: another fingerprint, another version. */
export function revisedArchive(): Archive {
  return {
    ...archive,
    articles: archive.articles.map((a) =>
      a.id === 'a2' ? { ...a, body: `${a.body}\n另据统计，全市共接种新冠疫苗超过百万剂次。` } : a,
    ),
  };
}
