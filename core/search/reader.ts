/**
 * What the engine reads, whatever holds the index: an in-memory archive (CLI, tests, build) or IndexedDB (the
 * extension). Async throughout so the IndexedDB implementation can batch and cache.
 */
import type { Article, Edition, Entity } from '../types';
import type { IndexStats } from './build-index';
import type { DocTable } from './docs';
import type { Lexicon } from './lexicon';
import type { Postings } from './postings';

export interface IndexReader {
  stats(): Promise<IndexStats>;
  docs(): Promise<DocTable>;
  lexicon(): Promise<Lexicon>;
  /** Postings of the terms that exist; absent terms are missing from the map. */
  postings(terms: string[]): Promise<Map<string, Postings>>;
  /** Document frequencies (0 when absent), without decoding postings. */
  dfs(terms: string[]): Promise<Map<string, number>>;
  /** Full articles by document number (for snippets and the reader view). */
  articles(docs: number[]): Promise<Map<number, Article>>;
  entity(id: string): Promise<Entity | undefined>;
  edition(id: string): Promise<Edition | undefined>;
}
