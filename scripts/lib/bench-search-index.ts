/**
 * The benchmark's search index and its peer's, built in one pass over a synthetic archive: each article is cut
 * by jieba once, for our index and for MiniSearch alike (the cut is most of the build time), and the sizes the
 * benchmark reports are measured on what was written.
 */
import { writeFileSync } from 'node:fs';
import { serialize } from 'node:v8';
// modules, not the core/search index: the benchmark's cache hashes what this file imports (bench-cache.ts)
import { bodyField, IndexBuilder, titleField, type PackedIndex } from '../../core/search/build-index';
import { encodeSearchIndex } from '../../core/search/codec';
import { bucketTerms } from '../../core/search/buckets';
import { isBigramTerm, isEntityTerm } from '../../core/search/terms';
import type { Tokenizer } from '../../core/search/tokenizer';
import type { Archive } from '../../core/types';

export interface IndexFigures {
  /** UTF-8 bytes of the articles' text (headlines and bodies). */
  textBytes: number;
  /** The shipped index file (`search-index.bin`). */
  indexBytes: number;
  /** The index's records as IndexedDB stores them (V8's structured serialization of every bucket). */
  indexIdbBytes: number;
  /** MiniSearch's `JSON.stringify` over the same articles and jieba tokens. */
  minisearchIndexBytes: number;
  /** Distinct jieba words in the index (character bigrams and entity terms left out). */
  distinctTerms: number;
  bigramTerms: number;
}

export interface Peer {
  add(doc: { id: string; title: string; body: string }): void;
  /** Writes the peer's serialized index; returns its bytes. */
  write(): number;
}

/** jieba with the last few cuts kept, so the peer's tokenizer reuses the cut our index just made. */
function rememberingTokenizer(jieba: Tokenizer): Tokenizer {
  const recent = new Map<string, string[]>();
  return {
    ...jieba,
    id: jieba.id,
    cut: (text) => jieba.cut(text),
    addWords: (words) => jieba.addWords?.(words),
    cutForSearch(text) {
      const hit = recent.get(text);
      if (hit) return hit;
      const tokens = jieba.cutForSearch(text);
      if (recent.size >= 8) recent.delete(recent.keys().next().value!);
      recent.set(text, tokens);
      return tokens;
    },
  };
}

export function textBytes(archive: Archive): number {
  const utf8 = new TextEncoder();
  return archive.articles.reduce(
    (sum, a) => sum + utf8.encode(a.headline ?? '').length + utf8.encode(a.body).length,
    0,
  );
}

/** Sizes of an index (file and IndexedDB records) and its vocabulary. */
export function indexFigures(index: PackedIndex, file: Uint8Array): OwnFigures {
  let distinctTerms = 0;
  let bigramTerms = 0;
  let indexIdbBytes = serialize(index.stats).length;
  for (const bucket of index.buckets) {
    indexIdbBytes += serialize(bucket).length;
    for (const term of bucketTerms(bucket)) {
      if (isBigramTerm(term)) bigramTerms++;
      else if (!isEntityTerm(term)) distinctTerms++;
    }
  }
  return { indexBytes: file.length, indexIdbBytes, distinctTerms, bigramTerms };
}

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

/** What the archive's own index does not decide: its text and its peer's index. */
export type PeerFigures = Pick<IndexFigures, 'textBytes' | 'minisearchIndexBytes'>;
/** What the index decides (rebuilt when its format changes). */
export type OwnFigures = Omit<IndexFigures, 'textBytes' | 'minisearchIndexBytes'>;

function indexArticles(
  archive: Archive,
  tokenizer: Tokenizer,
  each: (article: Archive['articles'][number]) => void = () => {},
): PackedIndex {
  const builder = new IndexBuilder(archive, tokenizer);
  const total = archive.articles.length;
  const every = Math.max(1, Math.floor(total / 20));
  const started = performance.now();
  archive.articles.forEach((article, i) => {
    builder.step(1);
    each(article);
    if ((i + 1) % every === 0)
      log(`  indexed ${i + 1}/${total} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  });
  return builder.finish();
}

function writeIndex(index: PackedIndex, indexFile: string): OwnFigures {
  const file = encodeSearchIndex(index);
  writeFileSync(indexFile, file);
  return indexFigures(index, file);
}

/** Our index alone (the archive and its peer are cached already). */
export function buildIndexOnly(archive: Archive, jieba: Tokenizer, indexFile: string): OwnFigures {
  return writeIndex(indexArticles(archive, jieba), indexFile);
}

export function buildIndexAndPeer(
  archive: Archive,
  jieba: Tokenizer,
  indexFile: string,
  makePeer: (tokenize: (text: string) => string[]) => Peer,
  /** Wraps the tokenizer our index alone cuts with (the peer's cuts go around it). */
  ours: (tokenizer: Tokenizer) => Tokenizer = (tokenizer) => tokenizer,
): { peer: PeerFigures; own: OwnFigures } {
  const tokenizer = rememberingTokenizer(jieba);
  const peer = makePeer((text) => tokenizer.cutForSearch(text));
  // the same fields as our index, so both cut the same text
  const index = indexArticles(archive, ours(tokenizer), (article) =>
    peer.add({ id: article.id, title: titleField(article), body: bodyField(article) }),
  );
  const own = writeIndex(index, indexFile);
  return { peer: { textBytes: textBytes(archive), minisearchIndexBytes: peer.write() }, own };
}

/** The index's figures under the benchmark's keys (null where a cache from before they were recorded lacks them). */
export function indexSizeKeys(
  figures: IndexFigures | undefined,
  corpus: string,
): Record<string, number | string | null> {
  return {
    'corpus.name': corpus,
    'corpus.distinctTerms': figures?.distinctTerms ?? null,
    'corpus.bigramTerms': figures?.bigramTerms ?? null,
    'size.textBytes': figures?.textBytes ?? null,
    'size.indexBytes': figures?.indexBytes ?? null,
    'size.indexIdbBytes': figures?.indexIdbBytes ?? null,
    'size.minisearchIndexBytes': figures?.minisearchIndexBytes ?? null,
  };
}
