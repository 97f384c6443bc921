/**
 * Schema migrations, one step per version, applied in order from the version found on disk.
 *
 * Bundled stores hold nothing the reader made: a step may drop and recreate them, and clears the meta record so
 * the archive is loaded again. User stores are only ever created or transformed in place.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { sliceDocTable } from '@/core/additions/doc-table';
import { splitEntity, type EntityProfile } from '@/core/additions/profile';
import type { EntityRecord } from '@/core/entities/types';
import type { DocTable } from '@/core/search/docs';
import type { Edition } from '@/core/types';
import { editionMonths } from './edition-months';
import { BUNDLED_STORES, generationRange, type ArchiveMeta, type LensDB, type StagingMeta } from './schema';

type UpgradeDB = IDBPDatabase<LensDB>;
type UpgradeTx = IDBPTransaction<LensDB, StoreNames<LensDB>[], 'versionchange'>;

/** Store names of earlier layouts, which the typed schema no longer knows. */
function dropStore(db: UpgradeDB, name: string): void {
  const untyped = db as unknown as IDBPDatabase;
  if (untyped.objectStoreNames.contains(name)) untyped.deleteObjectStore(name);
}

/** migrations[n] upgrades version n to n + 1. */
export const migrations: ((db: UpgradeDB, tx: UpgradeTx) => void | Promise<void>)[] = [
  // 0 → 1: the first layout, one record per edition, article and entity, and the reader's settings.
  (db) => {
    const untyped = db as unknown as IDBPDatabase;
    untyped.createObjectStore('meta');
    untyped.createObjectStore('editions', { keyPath: 'id' });
    untyped.createObjectStore('articles', { keyPath: 'id' });
    untyped.createObjectStore('entities', { keyPath: 'id' });
    untyped.createObjectStore('settings');
  },
  // 1 → 2: generation-keyed bundled stores with the search index; a store for the reader's own pages.
  async (db, tx) => {
    for (const name of ['editions', 'articles', 'entities']) dropStore(db, name);
    db.createObjectStore('editions');
    db.createObjectStore('articles');
    db.createObjectStore('entities');
    db.createObjectStore('postings');
    db.createObjectStore('searchIndex');
    (db as unknown as IDBPDatabase).createObjectStore('userPages', { keyPath: 'id' });
    // the archive stores are new and empty: nothing may claim an archive is installed
    await tx.objectStore('meta').clear();
  },
  // 2 → 3: the reader's additions (imported pages, saved articles) replace the never-written saved-pages store.
  (db) => {
    dropStore(db, 'userPages');
    db.createObjectStore('additions', { keyPath: 'id' });
  },
  // 3 → 4: the reader's private notes, one per entity, post or article.
  (db) => {
    db.createObjectStore('notes', { keyPath: 'key' });
  },
  // 4 → 5: entity profiles without their article lists, which move to `entityDocs`; an overlay generation keeps
  // only its own rows of the document table. The installed archive is converted in place, so it keeps answering
  // (with the reader's additions) without a reload.
  async (db, tx) => {
    db.createObjectStore('entityDocs');
    await convertToEntityDocs(tx);
  },
  // 5 → 6: editions a month to a record (edition-months.ts). The installed archive and its additions are converted in
  // place, so they keep answering without a reload.
  async (_db, tx) => {
    const installed = await installedOnly(tx);
    if (!installed) return;
    await tx.objectStore('meta').put({ ...installed, schema: 6 }, 'archive');
    for (const generation of [
      installed.generation,
      ...(installed.overlay ? [installed.overlay.generation] : []),
    ])
      await editionsByMonth(tx, generation);
  },
];

/**
 * Drops a half-written load (it starts again) and returns the installed archive's meta record, whose records a
 * step converts.
 */
async function installedOnly(tx: UpgradeTx): Promise<ArchiveMeta | undefined> {
  const meta = tx.objectStore('meta');
  const staging = (await meta.get('staging')) as StagingMeta | undefined;
  const installed = (await meta.get('archive')) as ArchiveMeta | undefined;
  if (staging?.kind === 'staging' && staging.generation !== installed?.generation) {
    for (const name of BUNDLED_STORES) await tx.objectStore(name).delete(generationRange(staging.generation));
    await meta.delete('staging');
  }
  return installed?.kind === 'archive' ? installed : undefined;
}

/** Layout 5 → 6 of one generation's editions: a record per edition becomes a record per month. */
async function editionsByMonth(tx: UpgradeTx, generation: number): Promise<void> {
  const store = tx.objectStore('editions');
  const range = generationRange(generation);
  const stored = (await store.getAll(range)) as unknown as (Edition | Edition[])[];
  await store.delete(range);
  await Promise.all(
    editionMonths(stored.flat()).map(([month, editions]) => store.put(editions, [generation, month])),
  );
}

/** Layout 4 → 5 of the installed archive's records (a half-written load is dropped: it starts again). */
async function convertToEntityDocs(tx: UpgradeTx): Promise<void> {
  const installed = await installedOnly(tx);
  if (!installed) return;
  // the archive is in this layout from now on: the loader finds it current and does not install it again
  await tx.objectStore('meta').put({ ...installed, schema: 5 }, 'archive');
  const index = tx.objectStore('searchIndex');
  const base = installed.generation;
  await convertLayer(tx, base, (await index.get([base, 'docs'])) as DocTable | undefined, 0);
  const overlay = installed.overlay;
  if (!overlay) return;
  const whole = (await index.get([overlay.generation, 'docs'])) as DocTable | undefined;
  await convertLayer(tx, overlay.generation, whole, overlay.baseDocs);
  if (whole) await index.put(sliceDocTable(whole, overlay.baseDocs), [overlay.generation, 'docs']);
}

/** One generation's entities: profiles, and their documents numbered from `from` (the layer's own). */
async function convertLayer(
  tx: UpgradeTx,
  generation: number,
  docs: DocTable | undefined,
  from: number,
): Promise<void> {
  if (!docs) return;
  const docOf = new Map(docs.ids.map((id, d) => [id, d]));
  const entities = tx.objectStore('entities');
  const entityDocs = tx.objectStore('entityDocs');
  const records = (await entities.getAll(generationRange(generation))) as unknown as (
    EntityRecord | EntityProfile
  )[];
  for (const record of records) {
    if (!('articles' in record)) continue;
    const { profile, docs: own } = splitEntity(record, (id) => docOf.get(id));
    const first = own.findIndex((d) => d >= from);
    await Promise.all([
      entities.put(profile, [generation, profile.id]),
      entityDocs.put(first < 0 ? new Uint32Array(0) : own.slice(first), [generation, profile.id]),
    ]);
  }
}
