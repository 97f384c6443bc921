/**
 * The archive's share of the reader's additions, computed over an installed archive (the base) without
 * rebuilding it: the added pages parsed, their entities extracted and merged with the base's, and a delta search
 * index holding postings of the added documents only (numbered after the base's), the document table's rows of
 * the added documents, each changed entity's profile and its added documents, and the lexicon and statistics of
 * base + additions. Storage keeps the base's records and lays these over them.
 *
 * The cost is that of the additions (parsing, segmenting and indexing them) plus linear passes over the base's
 * in-memory tables; the base's postings, document table and entity article lists are never rewritten.
 */
import { buildEntities } from '../entities/index';
import type { EntityRecord } from '../entities/types';
import { averageLength, IndexBuilder, INDEX_FORMAT, type IndexStats } from '../search/build-index';
import type { PackedBucket } from '../search/buckets';
import { dateToInt, kindCode, type DocTable } from '../search/docs';
import { overlaidVersion } from '../archive-version';
import type { Lexicon } from '../search/lexicon';
import type { Tokenizer } from '../search/tokenizer';
import { SCHEMA_VERSION, type Article, type Edition } from '../types';
import { editionId } from '../parse/page';
import { materialize, type Materialized } from './materialize';
import { EntityLayering } from './layering';
import { hasMentions } from './merge';
import type { EntityProfile } from './profile';
import type { Addition } from './types';

/** The installed archive the additions are laid over. */
export interface BaseArchive {
  stats: IndexStats;
  docs: DocTable;
  lexicon: Lexicon;
  /** The entity's stored profile (without its article list). */
  entity(id: string): Promise<EntityProfile | undefined>;
  hasEdition(id: string): Promise<boolean>;
}

export type OverlayPhase = 'import-parse' | 'import-entities' | 'import-index';

export interface OverlayHooks {
  progress?(phase: OverlayPhase, progress: number): void;
  /** Called between steps: yields to the event loop, and throws to stop (cancel). */
  pause?(): Promise<void>;
  /** Documents indexed between pauses. */
  slice?: number;
}

export interface Overlay extends Omit<Materialized, 'editions' | 'articles'> {
  editions: Edition[];
  /** The added documents, numbered from `stats.docCount - articles.length`. */
  articles: Article[];
  /** Profiles of the entities the additions changed or introduced. */
  entities: EntityProfile[];
  /** Per changed entity, the added documents that mention it (sorted). */
  entityDocs: Map<string, Uint32Array>;
  /** Per addition that contributed articles, the entities extracted from them (kept to lay it again). */
  mentions: Map<string, EntityRecord[]>;
  stats: IndexStats;
  /** The document table's rows of the added documents (the base's rows are not repeated). */
  addedDocs: DocTable;
  lexicon: Lexicon;
  /** Postings of the added documents, by bucket number (the base's bucketing); empty buckets are left out. */
  buckets: Map<number, PackedBucket>;
  /** A digest of the base and the additions: the archive's fingerprint. */
  fingerprint: string;
}

/** The fingerprint of the bundled archive with these additions, in this order. */
export function overlayFingerprint(
  base: string,
  additions: readonly Pick<Addition, 'fingerprint'>[],
): string {
  return overlaidVersion(
    base,
    additions.map((a) => a.fingerprint),
  );
}

function publicationDate(article: Article, editions: ReadonlyMap<string, Edition>): string | null {
  return editions.get(article.edition)?.date ?? article.date;
}

/** The document table of the added documents alone (local numbers), entity numbers from the merged lexicon. */
export function addedDocTable(
  articles: readonly Article[],
  editions: ReadonlyMap<string, Edition>,
  entities: readonly EntityRecord[],
  number: ReadonlyMap<string, number>,
): DocTable {
  const local = new Map(articles.map((a, i) => [a.id, i]));
  const perDoc: number[][] = articles.map(() => []);
  for (const entity of entities) {
    const e = number.get(entity.id)!;
    for (const id of new Set(entity.articles)) {
      const d = local.get(id);
      if (d !== undefined) perDoc[d]!.push(e);
    }
  }
  for (const list of perDoc) list.sort((a, b) => a - b);
  const entityStart = new Uint32Array(articles.length + 1);
  let total = 0;
  perDoc.forEach((list, d) => {
    entityStart[d] = total;
    total += list.length;
  });
  entityStart[articles.length] = total;
  const entityRefs = new Uint32Array(total);
  perDoc.forEach((list, d) => entityRefs.set(list, entityStart[d]!));
  return {
    ids: articles.map((a) => a.id),
    titles: articles.map((a) => a.title),
    dates: Int32Array.from(articles, (a) => dateToInt(publicationDate(a, editions))),
    kinds: Uint8Array.from(articles, (a) => kindCode(a.kind)),
    entityStart,
    entityRefs,
  };
}

function mergedStats(base: IndexStats, added: IndexStats, fingerprint: string): IndexStats {
  const titleLens = new Uint16Array(base.docCount + added.docCount);
  titleLens.set(base.titleLens);
  titleLens.set(added.titleLens, base.docCount);
  const bodyLens = new Uint32Array(base.docCount + added.docCount);
  bodyLens.set(base.bodyLens);
  bodyLens.set(added.bodyLens, base.docCount);
  return {
    format: INDEX_FORMAT,
    tokenizer: base.tokenizer,
    fingerprint,
    docCount: base.docCount + added.docCount,
    avgTitleLen: averageLength(titleLens),
    avgBodyLen: averageLength(bodyLens),
    // a term in both the base and the additions is counted twice here; storage, which reads the base's buckets
    // when it writes the overlay, replaces it with the exact count
    termCount: base.termCount + added.termCount,
    bucketCount: base.bucketCount,
    titleLens,
    bodyLens,
  };
}

export async function buildOverlay(
  base: BaseArchive,
  additions: readonly Addition[],
  tokenizer: Tokenizer,
  hooks: OverlayHooks = {},
): Promise<Overlay> {
  const pause = hooks.pause ?? (async () => {});
  const docOf = new Map(base.docs.ids.map((id, d) => [id, d]));
  hooks.progress?.('import-parse', 0);
  const found = await materializeOver(base, additions, docOf);
  hooks.progress?.('import-parse', 1);
  await pause();

  hooks.progress?.('import-entities', 0);
  const addedAt = new Map(found.articles.map((a, i) => [a.id, base.stats.docCount + i]));
  const layering = new EntityLayering(base, (id) => addedAt.get(id));
  const byId = new Map(found.articles.map((a) => [a.id, a]));
  const mentions = new Map<string, EntityRecord[]>();
  for (const [i, addition] of additions.entries()) {
    const ids = found.contributed.get(addition.id);
    if (!ids) continue;
    // each addition's mentions are its own, read with the posts known so far
    const articles = ids.map((id) => byId.get(id)!);
    const editions = found.editions.filter((e) => articles.some((a) => a.edition === e.id));
    const own = buildEntities(articles, editions, {
      knownPeople: layering.knownPeople(),
      mentionedOnly: true,
    }).filter(hasMentions);
    mentions.set(addition.id, own);
    await layering.add(own);
    hooks.progress?.('import-entities', (i + 1) / additions.length);
    await pause();
  }
  const { profiles: entities, docs: entityDocs, lexicon, number } = layering.finish();
  hooks.progress?.('import-entities', 1);
  await pause();

  hooks.progress?.('import-index', 0);
  const editions = new Map(found.editions.map((e) => [e.id, e]));
  const added = addedDocTable(found.articles, editions, [...mentions.values()].flat(), number);
  const builder = new IndexBuilder(
    { schemaVersion: SCHEMA_VERSION, editions: found.editions, articles: found.articles, entities: [] },
    tokenizer,
    { docTable: added, lexicon, docOffset: base.stats.docCount, bucketCount: base.stats.bucketCount },
  );
  while (builder.step(hooks.slice ?? 20) > 0) {
    hooks.progress?.('import-index', builder.done / Math.max(1, builder.total));
    await pause();
  }
  const delta = builder.finishTouched();
  const fingerprint = overlayFingerprint(base.stats.fingerprint, additions);
  hooks.progress?.('import-index', 1);
  return {
    ...found,
    entities,
    entityDocs,
    mentions,
    stats: mergedStats(base.stats, delta.stats, fingerprint),
    addedDocs: added,
    lexicon,
    buckets: delta.buckets,
    fingerprint,
  };
}

async function materializeOver(
  base: BaseArchive,
  additions: readonly Addition[],
  docOf: ReadonlyMap<string, number>,
): Promise<Materialized> {
  // editions are looked up first, so materialising itself stays synchronous
  const wanted = new Set<string>();
  for (const a of additions) {
    if (a.kind === 'page') wanted.add(editionId(a.page.date, a.page.page));
    if (a.kind === 'records') for (const e of a.editions) wanted.add(e.id);
  }
  const present = new Set<string>();
  for (const id of wanted) if (await base.hasEdition(id)) present.add(id);
  return materialize(additions, {
    edition: (id) => present.has(id),
    articleTitle: (id) => {
      const d = docOf.get(id);
      return d === undefined ? undefined : base.docs.titles[d];
    },
  });
}
