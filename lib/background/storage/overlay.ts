/**
 * Writing the reader's additions as an overlay generation over the installed (bundled) one, and switching to it.
 *
 * The overlay is written into a generation of its own while the installed archive keeps answering; the switch is
 * one transaction that writes the meta record and marks the additions committed. A crash, a cancel or an error
 * before it leaves the previous archive as it was; the half-written generation is removed (now, or by the
 * clean-up on the next start) and pending additions are either finished on the next start or removed.
 */
import type { BaseArchive, Overlay } from '@/core/additions/overlay';
import type { Addition } from '@/core/additions/types';
import type { BundledBase, OverlayLayer } from '@/core/additions/backout';
import type { IndexReader, IndexStats } from '@/core/search';
import { appendBucket, bucketDf, bucketTerms, type PackedBucket } from '@/core/search/buckets';
import { concatDocs } from '@/core/additions/profile';
import { concatDocTables } from '@/core/additions/doc-table';
import type { DocTable } from '@/core/search/docs';
import type { LensDatabase } from './db';
import { editionMonths, readEdition, readEditions } from './edition-months';
import { deleteGeneration, deleteGenerationsExcept } from './generations';
import { installedArchive, stagedLoad } from './meta';
import { createIdbReader, type IdbReader } from './idb-reader';
import {
  ARTICLE_CHUNK,
  generationRange,
  type ArchiveMeta,
  type ArticleChunk,
  type BundledStore,
  type GenKey,
  type LensDB,
} from './schema';

/** A generation's index tables: stats, document table and lexicon. */
export type IndexTables = Pick<IndexReader, 'stats' | 'docs' | 'lexicon'>;

/**
 * The bundled generation of an archive, read as the base of an overlay (its own records only). `loaded`: the
 * same generation's tables already in memory (the answering search engine's), so the archive-wide tables are
 * not read again.
 */
export async function baseArchive(
  db: LensDatabase,
  generation: number,
  loaded?: IndexTables,
): Promise<BaseArchive> {
  return readBase(db, createIdbReader(db, generation), loaded, [generation]);
}

async function readBase(
  db: LensDatabase,
  reader: IdbReader,
  loaded: IndexTables | undefined,
  layers: number[],
): Promise<BaseArchive> {
  const tables = loaded ?? reader;
  const [stats, docs, lexicon] = await Promise.all([tables.stats(), tables.docs(), tables.lexicon()]);
  return {
    stats,
    docs,
    lexicon,
    entity: (id) => reader.profile(id),
    hasEdition: async (id) => {
      for (const g of layers) if (await readEdition(db, g, id)) return true;
      return false;
    },
  };
}

/** A generation number no record uses: above every installed, staged or overlay generation. */
export async function freshGeneration(db: LensDatabase): Promise<number> {
  const [meta, staging] = await Promise.all([installedArchive(db), stagedLoad(db)]);
  const generation =
    Math.max(meta?.generation ?? 0, meta?.overlay?.generation ?? 0, staging?.generation ?? 0) + 1;
  // a commit that crashed may have left records under this number
  await deleteGeneration(db, generation);
  return generation;
}

export interface WriteHooks {
  /** Called between transactions; throws to stop (cancel). */
  pause?(): Promise<void>;
  progress?(progress: number): void;
}

/**
 * The installed archive with its additions, read as the base of more additions (appending pages needs no
 * re-reading of the earlier ones): tables of base + overlay, records from the overlay first.
 */
export async function layeredArchive(
  db: LensDatabase,
  meta: ArchiveMeta,
  loaded?: IndexTables,
): Promise<BaseArchive> {
  const reader = createIdbReader(db, meta.generation, { overlay: meta.overlay });
  const layers = [...(meta.overlay ? [meta.overlay.generation] : []), meta.generation];
  return readBase(db, reader, loaded, layers);
}

/**
 * Writes the overlay's records into `generation`, one transaction per batch. With `extend`, `overlay` was built
 * over the installed archive's additions (`layeredArchive`) and the installed overlay's records are carried over
 * into the new generation, postings of a bucket in both joined, document-table rows and entity documents
 * appended to the earlier additions' own. The statistics' term count is the archive's below (the bundled one's,
 * or with `extend` the installed additions' count) plus the new postings' terms no layer below has.
 */
export async function writeOverlay(
  db: LensDatabase,
  meta: ArchiveMeta,
  generation: number,
  overlay: Overlay,
  hooks: WriteHooks & { extend?: boolean } = {},
): Promise<void> {
  const key = (k: string | number): GenKey => [generation, k];
  const previous = hooks.extend ? meta.overlay : undefined;
  const firstDoc = overlay.stats.docCount - overlay.articles.length;
  // article chunks continue the numbering; the last, partly filled chunk before them is copied in
  const firstChunk = Math.floor(firstDoc / ARTICLE_CHUNK);
  const tailFrom =
    previous && firstChunk >= Math.floor(previous.baseDocs / ARTICLE_CHUNK)
      ? previous.generation
      : meta.generation;
  const tail = firstDoc % ARTICLE_CHUNK ? await db.get('articles', [tailFrom, firstChunk]) : undefined;
  const docs = [...(tail?.articles.slice(0, firstDoc % ARTICLE_CHUNK) ?? []), ...overlay.articles];
  const chunks: [GenKey, ArticleChunk][] = [];
  for (let i = 0; i * ARTICLE_CHUNK < docs.length; i++) {
    const c = firstChunk + i;
    chunks.push([
      key(c),
      { first: c * ARTICLE_CHUNK, articles: docs.slice(i * ARTICLE_CHUNK, (i + 1) * ARTICLE_CHUNK) },
    ]);
  }
  const buckets = new Map(overlay.buckets);
  /** The earlier additions' buckets the new postings fall in, as they were before joining. */
  const earlier = new Map<number, PackedBucket>();
  const entityDocs = new Map(overlay.entityDocs);
  let docRows: DocTable = overlay.addedDocs;
  const batches: (() => Promise<unknown>)[] = [];
  if (previous) {
    const from = generationRange(previous.generation);
    const fresh = new Set(overlay.entities.map((e) => e.id));
    batches.push(
      async () => {
        const rows = (await db.get('searchIndex', [previous.generation, 'docs'])) as DocTable | undefined;
        if (!rows) throw new Error("The archive's additions are missing their document table.");
        docRows = concatDocTables(rows, overlay.addedDocs);
      },
      () => carryOver(db, 'entityDocs', from, key, entityDocs, (docs, later) => concatDocs([docs, later])),
      () =>
        carryOver(db, 'postings', from, key, buckets, (bucket, later, b) => {
          earlier.set(b, bucket);
          return appendBucket(bucket, later);
        }),
      async () => {
        const own = (await db.getAll('entities', from)).filter((e) => !fresh.has(e.id));
        await putAll(
          db,
          'entities',
          own.map((e) => [key(e.id), e]),
        );
      },
      async () => {
        const [keys, values] = await Promise.all([
          db.getAllKeys('articles', from),
          db.getAll('articles', from),
        ]);
        const carried: [GenKey, unknown][] = keys.flatMap((k, i) =>
          (k[1] as number) < firstChunk ? [[key(k[1]), values[i]!] as [GenKey, unknown]] : [],
        );
        await putAll(db, 'articles', carried);
      },
    );
  }
  batches.push(
    // the earlier additions' editions and the new ones, a month to a record
    async () => {
      const carried = previous ? await readEditions(db, previous.generation) : [];
      await putAll(
        db,
        'editions',
        editionMonths([...carried, ...overlay.editions]).map(([month, editions]) => [key(month), editions]),
      );
    },
    () => putAll(db, 'articles', chunks),
    () =>
      putAll(
        db,
        'entities',
        overlay.entities.map((e) => [key(e.id), e]),
      ),
    () =>
      putAll(
        db,
        'entityDocs',
        [...entityDocs].map(([id, docs]) => [key(id), docs]),
      ),
    () =>
      putAll(
        db,
        'postings',
        [...buckets].map(([b, bucket]) => [key(b), bucket]),
      ),
    async () => {
      const below = previous ? meta.counts.terms : await bundledTermCount(db, meta.generation);
      const bundled = await readBuckets(db, meta.generation, [...overlay.buckets.keys()]);
      overlay.stats.termCount = below + newTerms(overlay.buckets, bundled, earlier);
    },
    () =>
      putAll(db, 'searchIndex', [
        [key('stats'), overlay.stats],
        [key('docs'), docRows],
        [key('lexicon'), overlay.lexicon],
      ]),
  );
  for (let i = 0; i < batches.length; i++) {
    await hooks.pause?.();
    await batches[i]!();
    hooks.progress?.((i + 1) / batches.length);
  }
}

/**
 * Copies a store's records of the earlier additions into the new generation. A record the new ones (`pending`)
 * also have is joined with them and taken out of `pending`: what stays there is new, written as it is.
 */
async function carryOver<S extends 'entityDocs' | 'postings', K extends string | number>(
  db: LensDatabase,
  store: S,
  from: IDBKeyRange,
  key: (k: K) => GenKey,
  pending: Map<K, LensDB[S]['value']>,
  join: (earlier: LensDB[S]['value'], later: LensDB[S]['value'], k: K) => LensDB[S]['value'],
): Promise<void> {
  const [keys, values] = await Promise.all([db.getAllKeys(store, from), db.getAll(store, from)]);
  const carried: [GenKey, unknown][] = keys.map((stored, i) => {
    const k = stored[1] as K;
    const later = pending.get(k);
    pending.delete(k);
    return [key(k), later ? join(values[i]!, later, k) : values[i]!];
  });
  await putAll(db, store, carried);
}

async function bundledTermCount(db: LensDatabase, bundled: number): Promise<number> {
  const stats = (await db.get('searchIndex', [bundled, 'stats'])) as IndexStats | undefined;
  if (!stats) throw new Error("The bundled archive's index statistics are missing.");
  return stats.termCount;
}

/** The buckets numbered `keys` of a generation, in one readonly transaction. */
async function readBuckets(
  db: LensDatabase,
  generation: number,
  keys: readonly number[],
): Promise<Map<number, PackedBucket>> {
  const postings = db.transaction('postings', 'readonly').store;
  const values = await Promise.all(keys.map((b) => postings.get([generation, b])));
  const found = new Map<number, PackedBucket>();
  keys.forEach((b, i) => {
    if (values[i]) found.set(b, values[i]);
  });
  return found;
}

/**
 * How many of the new postings' terms the archive did not have: in neither the bundled bucket nor the earlier
 * additions' bucket of the same number (a term lives in one bucket number in every layer). Only the buckets the
 * new postings touch are read, so the cost follows the pages added, not the additions already installed.
 */
function newTerms(
  fresh: ReadonlyMap<number, PackedBucket>,
  bundled: ReadonlyMap<number, PackedBucket>,
  earlier: ReadonlyMap<number, PackedBucket>,
): number {
  let count = 0;
  for (const [b, bucket] of fresh) {
    const layers = [bundled.get(b), earlier.get(b)].filter((l) => l !== undefined);
    for (const term of bucketTerms(bucket)) if (layers.every((l) => bucketDf(l, term) === 0)) count++;
  }
  return count;
}

async function putAll<S extends BundledStore>(
  db: LensDatabase,
  store: S,
  records: [GenKey, unknown][],
): Promise<void> {
  if (records.length === 0) return;
  const tx = db.transaction(store, 'readwrite');
  const target = tx.objectStore(store) as unknown as { put(value: unknown, key: GenKey): Promise<unknown> };
  await Promise.all([...records.map(([k, v]) => target.put(v, k)), tx.done]);
}

/**
 * Set in the settings store while a commit's additions are pending, so a start checks one key (not every
 * addition) to know whether a commit was cut off.
 */
export const PENDING_KEY = 'additions-pending';

export interface Switch {
  meta: ArchiveMeta;
  /** Additions to write (committed with what they contributed). */
  keep: Addition[];
  /** Additions to delete (removed, failed or already in the archive). */
  drop: string[];
  /** A half-written bundled load the new meta installs (its staging record goes). */
  staged?: boolean;
}

/** The switch: one transaction makes the new archive the answering one; then older generations go. */
export async function switchArchive(db: LensDatabase, change: Switch): Promise<void> {
  const tx = db.transaction(['meta', 'additions', 'settings'], 'readwrite');
  const meta = tx.objectStore('meta');
  const store = tx.objectStore('additions');
  await Promise.all([
    meta.put(change.meta, 'archive'),
    tx.objectStore('settings').delete(PENDING_KEY),
    ...(change.staged ? [meta.delete('staging')] : []),
    ...change.keep.map((a) => store.put(a)),
    ...change.drop.map((id) => store.delete(id)),
    tx.done,
  ]);
  const keep = [change.meta.generation, ...(change.meta.overlay ? [change.meta.overlay.generation] : [])];
  const staging = await stagedLoad(db);
  await deleteGenerationsExcept(db, staging ? [...keep, staging.generation] : keep);
}

/** The bundled generation's statistics, lexicon and profiles (no archive-wide document table). */
export async function bundledBase(db: LensDatabase, generation: number): Promise<BundledBase> {
  const reader = createIdbReader(db, generation);
  const [stats, lexicon] = await Promise.all([reader.stats(), reader.lexicon()]);
  return { stats, lexicon, entity: (id) => reader.profile(id) };
}

/** What the installed overlay generation holds of its own: added articles, editions, postings, statistics. */
export async function overlayLayer(db: LensDatabase, meta: ArchiveMeta): Promise<OverlayLayer> {
  const overlay = meta.overlay;
  if (!overlay) throw new Error('The archive has no additions.');
  const range = generationRange(overlay.generation);
  const [chunks, editions, bucketKeys, bucketValues, stats] = await Promise.all([
    db.getAll('articles', range),
    readEditions(db, overlay.generation),
    db.getAllKeys('postings', range),
    db.getAll('postings', range),
    db.get('searchIndex', [overlay.generation, 'stats']) as Promise<IndexStats | undefined>,
  ]);
  if (!stats) throw new Error("The archive's additions are missing their statistics.");
  const articles = chunks
    .sort((a, b) => a.first - b.first)
    .flatMap((c) => c.articles.map((article, i) => ({ article, d: c.first + i })))
    .filter(({ d }) => d >= overlay.baseDocs)
    .map(({ article }) => article);
  return {
    articles,
    editions,
    buckets: new Map(bucketKeys.map((k, i) => [k[1] as number, bucketValues[i]!])),
    stats,
  };
}
