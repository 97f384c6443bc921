/**
 * Schema migrations, one step per version, applied in order from the version found on disk.
 *
 * Bundled stores hold nothing the reader made: a step may drop and recreate them, and clears the meta record so
 * the archive is loaded again. User stores are only ever created or transformed in place.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { LensDB } from './schema';

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
];
