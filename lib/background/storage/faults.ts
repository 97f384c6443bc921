/** Storage faults the archive service recovers from: a full disk, and an archive damaged or deleted under it. */
import type { LensDatabase } from './db';
import { installedArchive } from './meta';
import type { ArchiveMeta } from './schema';

/** Whether an error (or what it wraps) is the browser refusing to store more: the quota is used up. */
export function isQuotaError(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; depth++) {
    if (typeof e !== 'object') return false;
    const { name, message, cause } = e as { name?: unknown; message?: unknown; cause?: unknown };
    if (name === 'QuotaExceededError') return true;
    if (typeof message === 'string' && /quota/i.test(message)) return true;
    e = cause;
  }
  return false;
}

/**
 * The installed archive when its meta record is there and the records every query starts from (the search
 * index's statistics and document table) are too; undefined when the database was deleted or damaged.
 */
export async function intactArchive(db: LensDatabase): Promise<ArchiveMeta | undefined> {
  const meta = await installedArchive(db);
  if (!meta) return undefined;
  const top = meta.overlay?.generation ?? meta.generation;
  const [stats, docs] = await Promise.all([
    db.getKey('searchIndex', [top, 'stats']),
    db.getKey('searchIndex', [top, 'docs']),
  ]);
  return stats === undefined || docs === undefined ? undefined : meta;
}

/** Forgets a damaged archive so the next load installs it afresh (its records are replaced by that load). */
export async function forgetArchive(db: LensDatabase): Promise<void> {
  const tx = db.transaction('meta', 'readwrite');
  await Promise.all([tx.store.delete('archive'), tx.store.delete('staging'), tx.done]);
}

/** Records that the installed archive was compared with the bundled files of extension build `bundle`. */
export async function markBundleChecked(db: LensDatabase, bundle: string): Promise<ArchiveMeta | undefined> {
  const tx = db.transaction('meta', 'readwrite');
  const meta = await tx.store.get('archive');
  let marked: ArchiveMeta | undefined;
  if (meta?.kind === 'archive') {
    marked = { ...meta, bundle };
    if (meta.bundle !== bundle) await tx.store.put(marked, 'archive');
  }
  await tx.done;
  return marked;
}
