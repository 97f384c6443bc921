/**
 * The engine's IndexReader over one installed generation in IndexedDB. Statistics, the document table and the
 * lexicon are read once and kept; posting buckets and article chunks are read in one transaction per call and
 * kept in small LRU caches, so repeated and refined queries (the popup searches as the reader types) stay in memory.
 */
import { bucketOf, type IndexReader, type IndexStats, type PackedBucket, type Postings } from '@/core/search';
import { bucketDf, bucketPostings } from '@/core/search/buckets';
import type { DocTable } from '@/core/search/docs';
import type { Lexicon } from '@/core/search/lexicon';
import type { Article } from '@/core/types';
import type { LensDatabase } from './db';
import { Lru } from './lru';
import { ARTICLE_CHUNK, type ArticleChunk, type SearchIndexRecord } from './schema';

export interface IdbReaderOptions {
  /** Posting buckets kept in memory. */
  buckets?: number;
  /** Article chunks kept in memory. */
  chunks?: number;
}

export function createIdbReader(
  db: LensDatabase,
  generation: number,
  options: IdbReaderOptions = {},
): IndexReader {
  const buckets = new Lru<number, PackedBucket>(options.buckets ?? 512);
  const chunks = new Lru<number, ArticleChunk>(options.chunks ?? 256);
  const records = new Map<string, Promise<SearchIndexRecord>>();

  function record<T extends SearchIndexRecord>(name: 'stats' | 'docs' | 'lexicon'): Promise<T> {
    let pending = records.get(name);
    if (!pending) {
      pending = db.get('searchIndex', [generation, name]).then((value) => {
        if (value === undefined) {
          records.delete(name);
          throw new Error(`The archive's search index is missing its ${name}.`);
        }
        return value;
      });
      records.set(name, pending);
    }
    return pending as Promise<T>;
  }

  async function loadBuckets(terms: string[]): Promise<Map<string, PackedBucket>> {
    const { bucketCount } = await record<IndexStats>('stats');
    const wanted = new Map<string, number>(terms.map((t) => [t, bucketOf(t, bucketCount)]));
    const local = new Map<number, PackedBucket>();
    const missing: number[] = [];
    for (const b of new Set(wanted.values())) {
      const cached = buckets.get(b);
      if (cached) local.set(b, cached);
      else missing.push(b);
    }
    if (missing.length) {
      const tx = db.transaction('postings');
      const found = await Promise.all(missing.map((b) => tx.store.get([generation, b])));
      missing.forEach((b, i) => {
        const bucket = found[i];
        if (bucket) {
          buckets.set(b, bucket);
          local.set(b, bucket);
        }
      });
    }
    const out = new Map<string, PackedBucket>();
    for (const [term, b] of wanted) {
      const bucket = local.get(b);
      if (bucket) out.set(term, bucket);
    }
    return out;
  }

  return {
    stats: () => record<IndexStats>('stats'),
    docs: () => record<DocTable>('docs'),
    lexicon: () => record<Lexicon>('lexicon'),
    async postings(terms) {
      const found = await loadBuckets(terms);
      const out = new Map<string, Postings>();
      for (const [term, bucket] of found) {
        const p = bucketPostings(bucket, term);
        if (p) out.set(term, p);
      }
      return out;
    },
    async dfs(terms) {
      const found = await loadBuckets(terms);
      return new Map(terms.map((t) => [t, found.has(t) ? bucketDf(found.get(t)!, t) : 0]));
    },
    async articles(docs) {
      // chunks are collected here, not re-read from the cache, which may be smaller than one call's needs
      const local = new Map<number, ArticleChunk>();
      const missing: number[] = [];
      for (const c of new Set(docs.map((d) => Math.floor(d / ARTICLE_CHUNK)))) {
        const cached = chunks.get(c);
        if (cached) local.set(c, cached);
        else missing.push(c);
      }
      if (missing.length) {
        const tx = db.transaction('articles');
        const found = await Promise.all(missing.map((c) => tx.store.get([generation, c])));
        missing.forEach((c, i) => {
          const value = found[i];
          if (value) {
            chunks.set(c, value);
            local.set(c, value);
          }
        });
      }
      const out = new Map<number, Article>();
      for (const d of docs) {
        const article = local.get(Math.floor(d / ARTICLE_CHUNK))?.articles[d % ARTICLE_CHUNK];
        if (article) out.set(d, article);
      }
      return out;
    },
    entity: (id) => db.get('entities', [generation, id]),
    edition: (id) => db.get('editions', [generation, id]),
  };
}
