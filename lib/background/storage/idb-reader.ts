/**
 * The engine's IndexReader over one installed generation in IndexedDB, with the reader's additions laid over it
 * when the archive has an overlay generation: statistics and lexicon come from the overlay, the document table,
 * the postings and each entity's documents are the base's followed by the overlay's (added documents are
 * numbered after the base's), articles, editions and entity profiles are looked up in the overlay first. Statistics, the document table and the lexicon are
 * read once and kept; posting buckets and article chunks are read in one transaction per call. Buckets and the
 * articles asked for (not their chunks: a page of hits rarely wants two articles of one chunk) are kept in small
 * LRU caches, so repeated and refined queries (the popup searches as the reader types) stay in memory.
 */
import { bucketOf, type IndexReader, type IndexStats, type PackedBucket, type Postings } from '@/core/search';
import { bucketDf, bucketPostings } from '@/core/search/buckets';
import { concatDocs, joinEntity, type EntityProfile } from '@/core/additions/profile';
import { concatDocTables } from '@/core/additions/doc-table';
import type { EntityRecord } from '@/core/entities/types';
import type { Edition } from '@/core/types';
import type { DocTable } from '@/core/search/docs';
import type { Lexicon } from '@/core/search/lexicon';
import type { Article } from '@/core/types';
import type { LensDatabase } from './db';
import { readEdition } from './edition-months';
import { Lru } from './lru';
import { ARTICLE_CHUNK, type SearchIndexRecord } from './schema';

export interface IdbReaderOptions {
  /** The additions' layer over `generation` (see ArchiveMeta.overlay). */
  overlay?: { generation: number; baseDocs: number };
  /** Posting buckets kept in memory. */
  buckets?: number;
  /** Articles kept in memory (those asked for, each about 2 KB). */
  articles?: number;
}

/** The engine's reader, and an entity's profile and documents read without the archive-wide tables. */
export interface IdbReader extends IndexReader {
  profile(id: string): Promise<EntityProfile | undefined>;
  /** The documents that mention the entity, sorted. */
  entityDocs(id: string): Promise<Uint32Array>;
}

/** An entity's documents over the given layers (bundled generation first), joined. */
export async function readEntityDocs(db: LensDatabase, layers: number[], id: string): Promise<Uint32Array> {
  const tx = db.transaction('entityDocs');
  const found = await Promise.all(layers.map((g) => tx.store.get([g, id])));
  return concatDocs(found.filter((d): d is Uint32Array => d !== undefined));
}

export function createIdbReader(
  db: LensDatabase,
  generation: number,
  options: IdbReaderOptions = {},
): IdbReader {
  const buckets = new Lru<number, PackedBucket[]>(options.buckets ?? 512);
  const articleCache = new Lru<number, Article>(options.articles ?? 2048);
  const records = new Map<string, Promise<SearchIndexRecord>>();
  const overlay = options.overlay;
  const top = overlay?.generation ?? generation;
  /** Chunks from this one on are the overlay's (it copies the base's last, partly filled chunk). */
  const firstOverlayChunk = overlay ? Math.floor(overlay.baseDocs / ARTICLE_CHUNK) : Infinity;

  let docTable: Promise<DocTable> | null = null;
  function docs(): Promise<DocTable> {
    docTable ??= (async () => {
      const [base, own] = await Promise.all([
        db.get('searchIndex', [generation, 'docs']) as Promise<DocTable | undefined>,
        overlay ? (db.get('searchIndex', [top, 'docs']) as Promise<DocTable | undefined>) : undefined,
      ]);
      if (!base || (overlay && !own)) throw new Error("The archive's search index is missing its docs.");
      return own ? concatDocTables(base, own) : base;
    })();
    docTable.catch(() => (docTable = null));
    return docTable;
  }

  function record<T extends SearchIndexRecord>(name: 'stats' | 'lexicon'): Promise<T> {
    let pending = records.get(name);
    if (!pending) {
      pending = db.get('searchIndex', [top, name]).then((value) => {
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

  /** Per term, its bucket in the base and (when there is one) in the overlay. */
  async function loadBuckets(terms: string[]): Promise<Map<string, PackedBucket[]>> {
    const { bucketCount } = await record<IndexStats>('stats');
    const wanted = new Map<string, number>(terms.map((t) => [t, bucketOf(t, bucketCount)]));
    const local = new Map<number, PackedBucket[]>();
    const missing: number[] = [];
    for (const b of new Set(wanted.values())) {
      const cached = buckets.get(b);
      if (cached) local.set(b, cached);
      else missing.push(b);
    }
    if (missing.length) {
      const tx = db.transaction('postings');
      const layers = overlay ? [generation, overlay.generation] : [generation];
      const found = await Promise.all(
        missing.map((b) => Promise.all(layers.map((g) => tx.store.get([g, b])))),
      );
      missing.forEach((b, i) => {
        const list = found[i]!.filter((bucket): bucket is PackedBucket => bucket !== undefined);
        buckets.set(b, list);
        local.set(b, list);
      });
    }
    const out = new Map<string, PackedBucket[]>();
    for (const [term, b] of wanted) {
      const list = local.get(b);
      if (list?.length) out.set(term, list);
    }
    return out;
  }

  /** A profile of the overlay (merged with the additions), else of the base. */
  async function readProfile(id: string): Promise<EntityProfile | undefined> {
    if (overlay) {
      const own = await db.get('entities', [overlay.generation, id]);
      if (own !== undefined) return own;
    }
    return db.get('entities', [generation, id]);
  }

  /** An edition the reader added, else a bundled one. */
  async function edition(id: string): Promise<Edition | undefined> {
    return (overlay && (await readEdition(db, overlay.generation, id))) || readEdition(db, generation, id);
  }

  const entityDocs = (id: string) =>
    readEntityDocs(db, overlay ? [generation, overlay.generation] : [generation], id);

  return {
    stats: () => record<IndexStats>('stats'),
    docs,
    lexicon: () => record<Lexicon>('lexicon'),
    async postings(terms) {
      const found = await loadBuckets(terms);
      const out = new Map<string, Postings>();
      for (const [term, list] of found) {
        const parts = list.flatMap((bucket) => bucketPostings(bucket, term) ?? []);
        if (parts.length) out.set(term, concatPostings(parts));
      }
      return out;
    },
    async dfs(terms) {
      const found = await loadBuckets(terms);
      return new Map(
        terms.map((t) => [t, (found.get(t) ?? []).reduce((sum, bucket) => sum + bucketDf(bucket, t), 0)]),
      );
    },
    async articles(docs) {
      const found = new Map<number, Article>();
      /** Chunk → the documents wanted from it. */
      const missing = new Map<number, number[]>();
      for (const d of new Set(docs)) {
        const cached = articleCache.get(d);
        if (cached) found.set(d, cached);
        else {
          const c = Math.floor(d / ARTICLE_CHUNK);
          const wanted = missing.get(c);
          if (wanted) wanted.push(d);
          else missing.set(c, [d]);
        }
      }
      if (missing.size) {
        const tx = db.transaction('articles');
        const keys = [...missing.keys()];
        const chunks = await Promise.all(
          keys.map((c) => tx.store.get([c >= firstOverlayChunk ? top : generation, c])),
        );
        keys.forEach((c, i) => {
          for (const d of missing.get(c)!) {
            const article = chunks[i]?.articles[d % ARTICLE_CHUNK];
            if (!article) continue;
            articleCache.set(d, article);
            found.set(d, article);
          }
        });
      }
      // in the order asked, not re-read from the cache, which may be smaller than one call's needs
      const out = new Map<number, Article>();
      for (const d of docs) {
        const article = found.get(d);
        if (article) out.set(d, article);
      }
      return out;
    },
    async entity(id): Promise<EntityRecord | undefined> {
      const [profile, own, table] = await Promise.all([readProfile(id), entityDocs(id), docs()]);
      return (
        profile &&
        joinEntity(
          profile,
          Array.from(own, (d) => table.ids[d]!),
        )
      );
    },
    profile: readProfile,
    entityDocs,
    edition,
  };
}

/** Postings of one term from consecutive layers (documents of a later layer all come after an earlier one's). */
function concatPostings(parts: Postings[]): Postings {
  if (parts.length === 1) return parts[0]!;
  const df = parts.reduce((sum, p) => sum + p.df, 0);
  const docs = new Uint32Array(df);
  const title = new Uint16Array(df);
  const body = new Uint16Array(df);
  let at = 0;
  for (const p of parts) {
    docs.set(p.docs, at);
    title.set(p.title, at);
    body.set(p.body, at);
    at += p.df;
  }
  return { df, docs, title, body };
}
