/**
 * The IndexedDB layout.
 *
 * Bundled archive stores are keyed by [generation, key]: a new archive is written into a fresh generation while
 * the previous one keeps answering, and becomes visible only when the meta record is switched to it (the meta
 * record is the truth). User stores (settings, additions, notes) are plain and are never touched by an archive load
 * or by a migration of the bundled stores.
 */
import type { DBSchema } from 'idb';
import type { EntityProfile } from '@/core/additions/profile';
import type { Addition } from '@/core/additions/types';
import type { Coverage } from '@/core/coverage';
import type { MatcherData, PackedAutomaton } from '@/core/match';
import type { PostIndex } from '@/core/posts';
import type { Note } from '@/core/notes';
import type { IndexStats, PackedBucket } from '@/core/search';
import type { DocTable } from '@/core/search/docs';
import type { Lexicon } from '@/core/search/lexicon';
import type { Article, Edition } from '@/core/types';

export const DB_NAME = 'lvliang-lens';
export const DB_VERSION = 6;

/**
 * Articles are stored in chunks of consecutive document numbers: an eighth of the records to write, and a hit
 * reads (and clones) seven neighbours besides its own article, not more.
 */
export const ARTICLE_CHUNK = 8;

export type GenKey = [generation: number, key: string | number];

/** Every record of one generation: [g, []] sorts after every [g, string | number]. */
export function generationRange(generation: number): IDBKeyRange {
  return IDBKeyRange.bound([generation], [generation, []]);
}

/** The installed archive. Present only once every record of its generation has been written. */
export interface ArchiveMeta {
  kind: 'archive';
  /** DB_VERSION the archive was written under. */
  schema: number;
  generation: number;
  /** The bundle's version (or its fingerprint when it has none). */
  archiveVersion: string;
  fingerprint: string;
  indexFormat: number;
  tokenizer: string;
  counts: { editions: number; articles: number; entities: number; terms: number };
  loadedAt: string;
  /**
   * The reader's additions laid over this (bundled) generation: the overlay generation holds the added
   * documents' postings, articles, editions and document-table rows, the changed entities' profiles and their
   * added documents, and the whole lexicon and statistics; everything else is read from `generation`. Absent
   * when nothing is added.
   */
  overlay?: OverlayMeta;
  /** The extension build whose bundled files this archive was last compared with (absent: never compared). */
  bundle?: string;
  /** Milliseconds per phase of the install that wrote `generation` (absent for older installs). */
  install?: Record<string, number>;
}

export interface OverlayMeta {
  generation: number;
  /** Documents of the bundled generation: added documents are numbered from here. */
  baseDocs: number;
  /** Fingerprint of bundled archive + additions. */
  fingerprint: string;
  additions: number;
  /** The bundled generation's own counts (`counts` are those of the archive with the additions). */
  baseCounts: ArchiveMeta['counts'];
}

/** A load in progress: which generation it writes and how many batches are already committed. */
export interface StagingMeta {
  kind: 'staging';
  generation: number;
  archiveVersion: string;
  fingerprint: string;
  /** Identifies the index being written, so a resumed load never mixes buckets of two different builds. */
  indexId: string;
  step: number;
  steps: number;
  startedAt: string;
}

export interface ArticleChunk {
  first: number;
  articles: Article[];
}

/** The page matcher's payload and automaton, built once per archive (see lib/background/overlay/matcher-cache.ts). */
export interface StoredMatcher {
  kind: 'matcher';
  version: string;
  data: MatcherData;
  automaton: PackedAutomaton;
}

/**
 * Under `docs`, each generation holds the document-table rows of its own documents: all of them in a bundled
 * generation, the added ones (numbered from `OverlayMeta.baseDocs`) in an overlay generation.
 */
export type SearchIndexRecord = IndexStats | DocTable | Lexicon | StoredMatcher | StoredPosts;

/** The post index and coverage, built once per archive version (see lib/background/posts/source.ts). */
export interface StoredPosts {
  kind: 'posts';
  version: string;
  index: PostIndex;
  coverage: Coverage;
}

export interface LensDB extends DBSchema {
  meta: { key: 'archive' | 'staging'; value: ArchiveMeta | StagingMeta };
  /** The editions of one month, keyed by the month of the date in their ids (lib/background/storage/edition-months.ts). */
  editions: { key: GenKey; value: Edition[] };
  articles: { key: GenKey; value: ArticleChunk };
  /** Entity profiles, without their article lists (see core/additions/profile.ts). */
  entities: { key: GenKey; value: EntityProfile };
  /**
   * Per entity, the documents of this generation that mention it, sorted: the bundled generation's own, and in
   * an overlay generation only the added ones (a reader joins the layers).
   */
  entityDocs: { key: GenKey; value: Uint32Array };
  postings: { key: GenKey; value: PackedBucket };
  searchIndex: { key: GenKey; value: SearchIndexRecord };
  settings: { key: string; value: unknown };
  /** What the reader added (imported pages, saved articles), as given: kept across archive updates. */
  additions: { key: string; value: Addition };
  /** The reader's private notes, keyed by what they are about: kept across archive updates and resets. */
  notes: { key: string; value: Note };
}

export const BUNDLED_STORES = [
  'editions',
  'articles',
  'entities',
  'entityDocs',
  'postings',
  'searchIndex',
] as const;
export type BundledStore = (typeof BUNDLED_STORES)[number];
