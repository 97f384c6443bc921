/**
 * What an archive install writes, as an ordered list of batches: editions, article chunks, entities, posting
 * buckets, then the search index records. Each batch is one transaction, so the order is also the resume order.
 */
import type { IDBPTransaction, StoreValue } from 'idb';
import { splitEntity, type EntityProfile } from '@/core/additions/profile';
import type { EntityRecord } from '@/core/entities/types';
import { buildDocTable, buildLexicon, type PackedIndex } from '@/core/search';
import type { DocTable } from '@/core/search/docs';
import type { Lexicon } from '@/core/search/lexicon';
import type { Archive } from '@/core/types';
import { ARTICLE_CHUNK, type BundledStore, type GenKey, type LensDB } from './schema';

export type LoadPhase =
  'index' | 'editions' | 'articles' | 'entities' | 'postings' | 'search-index' | 'finalize';

export type WriteTx = IDBPTransaction<LensDB, (BundledStore | 'meta')[], 'readwrite'>;

export interface Batch {
  phase: LoadPhase;
  store: BundledStore;
  write(tx: WriteTx): Promise<unknown>[];
}

function batch<S extends BundledStore>(
  phase: LoadPhase,
  store: S,
  records: [GenKey, StoreValue<LensDB, S>][],
): Batch {
  return {
    phase,
    store,
    write: (tx) => records.map(([key, value]) => tx.objectStore(store).put(value, key)),
  };
}

/**
 * Records per transaction: large, because each transaction costs a commit to disk (at 100 000 articles, 64
 * chunks a transaction made 200 of them for the articles alone), yet bounded so a resumed load redoes little.
 */
const BATCH_RECORDS: Record<BundledStore, number> = {
  editions: 5000,
  articles: 512,
  entities: 2000,
  entityDocs: 2000,
  postings: 1024,
  searchIndex: 8,
};

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** What the install stores besides the archive's own records, derived from it (at build time, or here). */
export interface PrebuiltTables {
  docs: DocTable;
  lexicon: Lexicon;
  /** Per entity of the archive, in its order: the profile and its documents. */
  entities: { profile: EntityProfile; docs: Uint32Array }[];
}

/** The tables derived from the archive (the build ships them; an archive without them gets them here). */
export function deriveTables(archive: Archive): PrebuiltTables {
  const docOf = new Map(archive.articles.map((a, d) => [a.id, d]));
  return {
    docs: buildDocTable(archive),
    lexicon: buildLexicon(archive.entities),
    entities: (archive.entities as EntityRecord[]).map((e) => splitEntity(e, (id) => docOf.get(id))),
  };
}

export function plan(
  generation: number,
  archive: Archive,
  index: PackedIndex,
  tables: PrebuiltTables = deriveTables(archive),
): Batch[] {
  const key = (k: string | number): GenKey => [generation, k];
  const batches: Batch[] = [];
  const add = <S extends BundledStore>(
    phase: LoadPhase,
    store: S,
    records: [GenKey, StoreValue<LensDB, S>][],
  ) => {
    for (const part of chunk(records, BATCH_RECORDS[store])) batches.push(batch(phase, store, part));
  };
  add(
    'editions',
    'editions',
    archive.editions.map((e) => [key(e.id), e]),
  );
  add(
    'articles',
    'articles',
    chunk(archive.articles, ARTICLE_CHUNK).map((articles, i) => [
      key(i),
      { first: i * ARTICLE_CHUNK, articles },
    ]),
  );
  const split = tables.entities;
  add(
    'entities',
    'entities',
    split.map(({ profile }) => [key(profile.id), profile]),
  );
  add(
    'entities',
    'entityDocs',
    split.map(({ profile, docs }) => [key(profile.id), docs]),
  );
  add(
    'postings',
    'postings',
    index.buckets.map((b, i) => [key(i), b]),
  );
  add('search-index', 'searchIndex', [
    [key('stats'), index.stats],
    [key('docs'), tables.docs],
    [key('lexicon'), tables.lexicon],
  ]);
  return batches;
}
