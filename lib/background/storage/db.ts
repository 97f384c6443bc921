/** Opening the extension's database, upgrading it step by step from whatever version is on disk. */
import { openDB, type IDBPDatabase } from 'idb';
import { migrations } from './migrations';
import { DB_NAME, DB_VERSION, type LensDB } from './schema';

export type LensDatabase = IDBPDatabase<LensDB>;

export interface OpenOptions {
  name?: string;
  /** Opens an older layout (tests of upgrades); defaults to the current one. */
  version?: number;
  /** Called when the connection is closed under us (a newer layout elsewhere, or the browser): reopen then. */
  onClose?: () => void;
}

export async function openLensDB(options: OpenOptions = {}): Promise<LensDatabase> {
  const version = options.version ?? DB_VERSION;
  if (version < 1 || version > migrations.length)
    throw new RangeError(`No database layout version ${version}.`);
  return openDB<LensDB>(options.name ?? DB_NAME, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) await migrations[v]!(db, tx);
    },
    blocking(_current, _next, event) {
      // another context needs a newer layout: let it upgrade rather than hold it up
      (event.target as IDBDatabase | null)?.close();
      options.onClose?.();
    },
    terminated() {
      options.onClose?.();
    },
  });
}
