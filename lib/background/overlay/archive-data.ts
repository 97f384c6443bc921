/**
 * The overlay's data from the installed archive in IndexedDB, the same generation search answers from: one
 * entity profile per card (it holds what the card shows; the entity's article list is stored apart), and the matcher payload stored with the
 * generation once built, so a restarted background answers its first page from one record.
 */
import type { EntityProfile } from '@/core/additions/profile';
import { readEntityDocs } from '@/lib/background/storage/idb-reader';
import { archiveVersion } from '@/lib/background/storage/meta';
import type { LensDatabase } from '@/lib/background/storage/db';
import { generationRange, type ArchiveMeta, type StoredMatcher } from '@/lib/background/storage/schema';
import type { OverlayData } from './overlay-data';

export interface InstalledArchive {
  /** Rejects (with 'not-ready') until an archive is installed. */
  installedArchive(): Promise<{ db: LensDatabase; meta: ArchiveMeta }>;
  /** Marks a request in flight, so the background's idle work (jieba, index tables) waits for it. */
  idle?: { track<T>(work: () => Promise<T>): Promise<T> };
}

export { archiveVersion };

export function archiveOverlayData(archive: InstalledArchive): OverlayData {
  const tracked = <T>(work: () => Promise<T>): Promise<T> =>
    archive.idle ? archive.idle.track(work) : work();
  return {
    async version() {
      return archiveVersion((await archive.installedArchive()).meta);
    },
    async entities() {
      const { db, meta } = await archive.installedArchive();
      const base: EntityProfile[] = await db.getAll('entities', generationRange(meta.generation));
      if (!meta.overlay) return base;
      const byId = new Map(base.map((e) => [e.id, e]));
      for (const e of await db.getAll('entities', generationRange(meta.overlay.generation)))
        byId.set(e.id, e);
      return [...byId.values()];
    },
    entity: (id) =>
      tracked(async () => {
        const { db, meta } = await archive.installedArchive();
        if (meta.overlay) {
          const own = await db.get('entities', [meta.overlay.generation, id]);
          if (own) return own;
        }
        return db.get('entities', [meta.generation, id]);
      }),
    entityDocs: (id) =>
      tracked(async () => {
        const { db, meta } = await archive.installedArchive();
        return readEntityDocs(db, [meta.generation, ...(meta.overlay ? [meta.overlay.generation] : [])], id);
      }),
    storedMatcher: (version) =>
      tracked(async () => {
        const { db, meta } = await archive.installedArchive();
        const top = meta.overlay?.generation ?? meta.generation;
        const stored = (await db.get('searchIndex', [top, 'matcher'])) as StoredMatcher | undefined;
        return stored?.kind === 'matcher' && stored.version === version
          ? { version: stored.version, data: stored.data, automaton: stored.automaton }
          : undefined;
      }),
    async storeMatcher(reply, version) {
      const { db, meta } = await archive.installedArchive();
      if (archiveVersion(meta) !== version) return; // the archive moved on meanwhile
      const top = meta.overlay?.generation ?? meta.generation;
      const record: StoredMatcher = { kind: 'matcher', ...reply };
      await db.put('searchIndex', record, [top, 'matcher']);
    },
  };
}
