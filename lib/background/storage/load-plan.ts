/**
 * What an archive install writes, as an ordered list of batches: editions, article chunks, entities and their
 * documents, posting buckets, then the search index records (statistics, document table, lexicon, post index).
 * Each batch is one transaction, so the order is also the resume order. The build plans the same batches in Node
 * and ships them as they are (core/install/records-file.ts); an archive given in memory is planned here.
 */
import type { RecordsHeader } from '../../../core/install/records-file';
import { deriveTables, type PrebuiltTables } from '../../../core/install/tables';
import type { PackedIndex } from '../../../core/search';
import type { Archive } from '../../../core/types';
import { editionMonths } from './edition-months';
import { ARTICLE_CHUNK, type BundledStore, type StoredPosts } from './schema';

export type LoadPhase =
  'index' | 'editions' | 'articles' | 'entities' | 'postings' | 'search-index' | 'finalize';

export type { PrebuiltTables };

/** One transaction's records: keys within the generation (the install prefixes the generation it writes). */
export interface PlannedBatch {
  phase: LoadPhase;
  store: BundledStore;
  records: [key: string | number, value: unknown][];
}

/**
 * Records per transaction: large, because each transaction costs a commit to disk, yet bounded so a resumed
 * load redoes little and one batch's values are not a large share of the worker's memory.
 */
const BATCH_RECORDS: Record<BundledStore, number> = {
  editions: 1000,
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

/**
 * The post index record as the install writes it: its `version` names the installed generation, which only the
 * install knows, so it is left empty here and stamped when written (`stampPosts`).
 */
function unstampedPosts(tables: PrebuiltTables): StoredPosts {
  return { kind: 'posts', version: '', ...tables.posts };
}

/** The record as stored: a post index record gets the installed archive's version. */
export function stampPosts(value: unknown, version: string): unknown {
  const record = value as Partial<StoredPosts> | null;
  return record?.kind === 'posts' ? { ...record, version } : value;
}

/** A prebuilt index's identity, so a resumed load never mixes buckets of two different builds. */
export function indexId(index: PackedIndex): string {
  const s = index.stats;
  return `${s.format}|${s.tokenizer}|${s.fingerprint}|${s.termCount}|${s.bucketCount}`;
}

/** The install of `archive` with `index`, as a records file's header and its batches. */
export function planned(
  archive: Archive,
  index: PackedIndex,
  label: { fingerprint: string; version: string },
  tables?: PrebuiltTables,
): { header: RecordsHeader; batches: PlannedBatch[] } {
  const batches = plan(archive, index, tables);
  const header: RecordsHeader = {
    kind: 'lvliang-records',
    ...label,
    indexId: indexId(index),
    tokenizer: index.stats.tokenizer,
    indexFormat: index.stats.format,
    counts: {
      editions: archive.editions.length,
      articles: archive.articles.length,
      entities: archive.entities.length,
      terms: index.stats.termCount,
    },
    steps: batches.length,
  };
  return { header, batches };
}

export function plan(
  archive: Archive,
  index: PackedIndex,
  tables: PrebuiltTables = deriveTables(archive),
): PlannedBatch[] {
  const batches: PlannedBatch[] = [];
  const add = (phase: LoadPhase, store: BundledStore, records: PlannedBatch['records']) => {
    for (const part of chunk(records, BATCH_RECORDS[store])) batches.push({ phase, store, records: part });
  };
  add('editions', 'editions', editionMonths(archive.editions));
  add(
    'articles',
    'articles',
    chunk(archive.articles, ARTICLE_CHUNK).map((articles, i) => [i, { first: i * ARTICLE_CHUNK, articles }]),
  );
  const split = tables.entities;
  add(
    'entities',
    'entities',
    split.map(({ profile }) => [profile.id, profile]),
  );
  add(
    'entities',
    'entityDocs',
    split.map(({ profile, docs }) => [profile.id, docs]),
  );
  add(
    'postings',
    'postings',
    index.buckets.map((b, i) => [i, b]),
  );
  add('search-index', 'searchIndex', [
    ['stats', index.stats],
    ['docs', tables.docs],
    ['lexicon', tables.lexicon],
    ['posts', unstampedPosts(tables)],
  ]);
  return batches;
}
