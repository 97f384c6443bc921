/**
 * Builds the search index of an archive: postings for jieba words, character bigrams and entity mentions, per
 * document the word counts of headline and body (BM25's lengths), packed into hash buckets.
 *
 * Runs at build time in Node (the extension ships the result) and, as a fallback, in the background when no
 * prebuilt index matches the bundled archive. Documents are added one at a time so a caller can yield between them.
 */
import type { Archive, Article } from '../types';
import { analyzeDocument, type FieldTerms } from './analyze';
import { chooseBucketCount, packBuckets, packTouchedBuckets, type PackedBucket } from './buckets';
import { buildDocTable, docEntities, type DocTable } from './docs';
import { archiveFingerprint } from './fingerprint';
import { buildLexicon, type Lexicon } from './lexicon';
import { PostingsWriter } from './postings';
import { entityTerm } from './terms';
import { fold, joinHan } from './text';
import type { Tokenizer } from './tokenizer';

/**
 * Bumped whenever terms, weights baked into postings or the packing change. 3: no bigram where the document has
 * the pair as a word; 4: bigram numbers gap-coded, a term of one document kept whole in its bucket's table;
 * 5: the file holds Han words as UTF-16 units; 6: a bigram's bucket follows from its characters (buckets.ts);
 * 7: a term's Rice parameter and a one-document term's usual frequencies in fewer bits.
 */
export const INDEX_FORMAT = 7;

export interface IndexStats {
  format: number;
  tokenizer: string;
  fingerprint: string;
  docCount: number;
  /** Average word counts over documents that have the field. */
  avgTitleLen: number;
  avgBodyLen: number;
  termCount: number;
  bucketCount: number;
  titleLens: Uint16Array;
  bodyLens: Uint32Array;
}

export interface PackedIndex {
  stats: IndexStats;
  buckets: PackedBucket[];
}

export function titleField(article: Article): string {
  return article.headline ?? '';
}

/** The body as searched: the text plus the bylines, so a reporter's name finds their articles. */
export function bodyField(article: Article): string {
  return [article.body, ...article.reporters, ...article.photographers].join('\n');
}

function occurrences(text: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) count++;
  return count;
}

export class IndexBuilder {
  readonly docTable: DocTable;
  readonly lexicon: Lexicon;
  private readonly writers = new Map<string, PostingsWriter>();
  private readonly titleLens: Uint16Array;
  private readonly bodyLens: Uint32Array;
  private next = 0;

  /** Postings are written for document `docOffset + i` (an addition to an index of `docOffset` documents). */
  private readonly docOffset: number;
  private readonly bucketCount: number | undefined;

  constructor(
    private readonly archive: Archive,
    private readonly tokenizer: Tokenizer,
    derived?: { docTable: DocTable; lexicon: Lexicon; docOffset?: number; bucketCount?: number },
  ) {
    this.docOffset = derived?.docOffset ?? 0;
    this.bucketCount = derived?.bucketCount;
    this.docTable = derived?.docTable ?? buildDocTable(archive);
    this.lexicon = derived?.lexicon ?? buildLexicon(archive.entities);
    tokenizer.addWords?.(this.lexicon.words);
    this.titleLens = new Uint16Array(archive.articles.length);
    this.bodyLens = new Uint32Array(archive.articles.length);
  }

  get done(): number {
    return this.next;
  }

  get total(): number {
    return this.archive.articles.length;
  }

  /** Indexes the next `count` documents; returns how many remain. */
  step(count: number): number {
    const end = Math.min(this.total, this.next + count);
    for (; this.next < end; this.next++) this.addDoc(this.next);
    return this.total - this.next;
  }

  private writer(term: string): PostingsWriter {
    let w = this.writers.get(term);
    if (!w) {
      w = new PostingsWriter();
      this.writers.set(term, w);
    }
    return w;
  }

  private addDoc(doc: number): void {
    const article = this.archive.articles[doc]!;
    const titleText = titleField(article);
    const bodyText = bodyField(article);
    const [title, body] = analyzeDocument([titleText, bodyText], this.tokenizer) as [FieldTerms, FieldTerms];
    this.titleLens[doc] = Math.min(title.length, 0xffff);
    this.bodyLens[doc] = body.length;
    const terms = new Set([...title.counts.keys(), ...body.counts.keys()]);
    const at = this.docOffset + doc;
    for (const term of terms)
      this.writer(term).add(at, title.counts.get(term) ?? 0, body.counts.get(term) ?? 0);
    // Entity mentions: how often any spelling of the entity occurs; a linked entity counts at least once.
    const foldedTitle = joinHan(fold(titleText));
    const foldedBody = joinHan(fold(bodyText));
    const seen = new Set<number>();
    for (const e of docEntities(this.docTable, doc)) {
      if (seen.has(e)) continue;
      seen.add(e);
      const entry = this.lexicon.entries[e]!;
      let inTitle = 0;
      let inBody = 0;
      for (const name of entry.names) {
        inTitle += occurrences(foldedTitle, name);
        inBody += occurrences(foldedBody, name);
      }
      if (inTitle + inBody === 0) inBody = 1;
      this.writer(entityTerm(entry.id)).add(at, inTitle, inBody);
    }
  }

  finish(): PackedIndex {
    const stats = this.finishStats();
    return { stats, buckets: packBuckets(this.writers, stats.bucketCount) };
  }

  /**
   * The index of these documents as the buckets they touch (an overlay's postings: an added page is a few
   * thousand terms against the tens of thousands of buckets of the index it is laid over).
   */
  finishTouched(): { stats: IndexStats; buckets: Map<number, PackedBucket> } {
    const stats = this.finishStats();
    return { stats, buckets: packTouchedBuckets(this.writers, stats.bucketCount) };
  }

  private finishStats(): IndexStats {
    if (this.next < this.total) this.step(this.total - this.next);
    let bytes = 0;
    for (const w of this.writers.values()) bytes += w.bytes.length;
    return {
      format: INDEX_FORMAT,
      tokenizer: this.tokenizer.id,
      fingerprint: archiveFingerprint(this.archive),
      docCount: this.total,
      avgTitleLen: averageLength(this.titleLens),
      avgBodyLen: averageLength(this.bodyLens),
      termCount: this.writers.size,
      bucketCount: this.bucketCount ?? chooseBucketCount(this.writers.size, 128, bytes),
      titleLens: this.titleLens,
      bodyLens: this.bodyLens,
    };
  }
}

/** The whole index in one call (build step, CLI, tests). */
export function buildSearchIndex(archive: Archive, tokenizer: Tokenizer): PackedIndex {
  return new IndexBuilder(archive, tokenizer).finish();
}

/** Mean of the non-zero lengths (documents without a field do not count), 1 when there are none. */
export function averageLength(lens: ArrayLike<number>): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < lens.length; i++) {
    if (lens[i]! > 0) {
      sum += lens[i]!;
      n++;
    }
  }
  return n ? sum / n : 1;
}
