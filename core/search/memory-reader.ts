/** An IndexReader over an archive and its index held in memory (CLI, tests, build-time checks). */
import type { Archive } from '../types';
import { bucketDf, bucketOf, bucketPostings } from './buckets';
import type { PackedIndex } from './build-index';
import { buildDocTable, type DocTable } from './docs';
import { buildLexicon, type Lexicon } from './lexicon';
import type { Postings } from './postings';
import type { IndexReader } from './reader';

export function createMemoryReader(
  archive: Archive,
  index: PackedIndex,
  derived?: { docTable?: DocTable; lexicon?: Lexicon },
): IndexReader {
  const docTable = derived?.docTable ?? buildDocTable(archive);
  const lexicon = derived?.lexicon ?? buildLexicon(archive.entities);
  const entities = new Map(archive.entities.map((e) => [e.id, e]));
  const editions = new Map(archive.editions.map((e) => [e.id, e]));
  const bucket = (term: string) => index.buckets[bucketOf(term, index.stats.bucketCount)]!;
  return {
    stats: async () => index.stats,
    docs: async () => docTable,
    lexicon: async () => lexicon,
    async postings(terms) {
      const out = new Map<string, Postings>();
      for (const term of terms) {
        const p = bucketPostings(bucket(term), term);
        if (p) out.set(term, p);
      }
      return out;
    },
    async dfs(terms) {
      return new Map(terms.map((term) => [term, bucketDf(bucket(term), term)]));
    },
    async articles(docs) {
      const out = new Map<number, (typeof archive.articles)[number]>();
      for (const d of docs) {
        const article = archive.articles[d];
        if (article) out.set(d, article);
      }
      return out;
    },
    entity: async (id) => entities.get(id),
    edition: async (id) => editions.get(id),
  };
}
