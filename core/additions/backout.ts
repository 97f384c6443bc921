/**
 * Removing additions from an overlay without recomputing it: the removed additions' documents are taken out of the
 * overlay's own postings (later documents move down to close the gap), the remaining additions' stored mentions
 * are laid over the base's profiles again in their order (layering.ts), and the document table's added rows,
 * lexicon and statistics follow from them. Nothing is parsed, extracted or segmented, and the base's records are
 * neither read whole nor rewritten: the cost is that of the overlay. The same additions laid afresh give the same
 * overlay, so removing the last import gives back exactly the archive before it.
 */
import type { EntityRecord } from '../entities/types';
import { averageLength, INDEX_FORMAT, type IndexStats } from '../search/build-index';
import { bucketPostings, bucketTerms, repackBucket, type PackedBucket } from '../search/buckets';
import type { Lexicon } from '../search/lexicon';
import { PostingsWriter } from '../search/postings';
import type { Article, Edition } from '../types';
import { EntityLayering } from './layering';
import { addedDocTable, type Overlay } from './overlay';
import type { EntityProfile } from './profile';

/** The bundled archive under the overlay: its statistics, lexicon and profiles. */
export interface BundledBase {
  stats: IndexStats;
  lexicon: Lexicon;
  entity(id: string): Promise<EntityProfile | undefined>;
}

/** What the installed overlay holds of its own. */
export interface OverlayLayer {
  /** The added documents, in order (numbered from the base's document count). */
  articles: Article[];
  editions: Edition[];
  buckets: Map<number, PackedBucket>;
  /** Statistics of base + additions. */
  stats: IndexStats;
}

/** An addition that stays, with the article ids it contributed and the entities extracted from them. */
export interface KeptAddition {
  id: string;
  contributed: string[];
  mentions: EntityRecord[];
}

/** A bucket with every document renumbered by `map` (-1: dropped); null when no posting is left. */
export function renumberBucket(bucket: PackedBucket, map: (doc: number) => number): PackedBucket | null {
  const writers = new Map<string, PostingsWriter>();
  for (const term of bucketTerms(bucket)) {
    const postings = bucketPostings(bucket, term)!;
    let writer: PostingsWriter | undefined;
    for (let i = 0; i < postings.df; i++) {
      const doc = map(postings.docs[i]!);
      if (doc < 0) continue;
      if (!writer) writers.set(term, (writer = new PostingsWriter()));
      writer.add(doc, postings.title[i]!, postings.body[i]!);
    }
  }
  return writers.size ? repackBucket(bucket, writers) : null;
}

export async function backOut(
  base: BundledBase,
  layer: OverlayLayer,
  kept: readonly KeptAddition[],
  fingerprint: string,
): Promise<Overlay> {
  const first = base.stats.docCount;
  const keptIds = new Set(kept.flatMap((a) => a.contributed));
  const newDoc = new Int32Array(layer.articles.length).fill(-1);
  const articles: Article[] = [];
  const lensAt: number[] = [];
  layer.articles.forEach((a, i) => {
    if (!keptIds.has(a.id)) return;
    newDoc[i] = first + articles.length;
    articles.push(a);
    lensAt.push(first + i);
  });
  const docOf = new Map(articles.map((a, i) => [a.id, first + i]));
  const used = new Set(articles.map((a) => a.edition));
  const editions = layer.editions.filter((e) => used.has(e.id));

  const layering = new EntityLayering(base, (id) => docOf.get(id));
  for (const addition of kept) await layering.add(addition.mentions);
  const { profiles, docs, lexicon, number } = layering.finish();
  const byEdition = new Map(editions.map((e) => [e.id, e]));
  const addedDocs = addedDocTable(
    articles,
    byEdition,
    kept.flatMap((a) => a.mentions),
    number,
  );

  const buckets = new Map<number, PackedBucket>();
  let overlayTerms = 0;
  for (const [b, bucket] of layer.buckets) {
    const renumbered = renumberBucket(bucket, (d) => (d < first ? -1 : newDoc[d - first]!));
    if (!renumbered) continue;
    buckets.set(b, renumbered);
    overlayTerms += bucketTerms(renumbered).length;
  }
  const titleLens = new Uint16Array(first + articles.length);
  titleLens.set(layer.stats.titleLens.subarray(0, first));
  const bodyLens = new Uint32Array(first + articles.length);
  bodyLens.set(layer.stats.bodyLens.subarray(0, first));
  lensAt.forEach((from, i) => {
    titleLens[first + i] = layer.stats.titleLens[from]!;
    bodyLens[first + i] = layer.stats.bodyLens[from]!;
  });
  const stats: IndexStats = {
    format: INDEX_FORMAT,
    tokenizer: base.stats.tokenizer,
    fingerprint,
    docCount: first + articles.length,
    avgTitleLen: averageLength(titleLens),
    avgBodyLen: averageLength(bodyLens),
    termCount: base.stats.termCount + overlayTerms,
    bucketCount: base.stats.bucketCount,
    titleLens,
    bodyLens,
  };
  return {
    editions,
    articles,
    contributed: new Map(kept.map((a) => [a.id, a.contributed])),
    skipped: [],
    errors: new Map(),
    entities: profiles,
    entityDocs: docs,
    mentions: new Map(kept.map((a) => [a.id, a.mentions])),
    stats,
    addedDocs,
    lexicon,
    buckets,
    fingerprint,
  };
}
