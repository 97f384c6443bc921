/** Archive search: index building, the engine, and the pieces storage layers need. */
export {
  buildSearchIndex,
  IndexBuilder,
  INDEX_FORMAT,
  type IndexStats,
  type PackedIndex,
} from './build-index';
export { bucketOf, type PackedBucket } from './buckets';
export { buildDocTable, type DocTable } from './docs';
export { createSearchEngine, type ArticleView, type SearchEngine } from './engine';
export { decodeSearchIndex, encodeSearchIndex } from './codec';
export { archiveFingerprint } from './fingerprint';
export { buildLexicon, type Lexicon, type LexiconEntry } from './lexicon';
export { createMemoryReader } from './memory-reader';
export { normalizeInput } from './normalize';
export { toSimplified } from '../simplified';
export type { Postings } from './postings';
export type { IndexReader } from './reader';
export { segmentsText } from './snippet';
export { JIEBA_TOKENIZER_ID, type Tokenizer, type UserWord } from './tokenizer';
export type * from './types';
