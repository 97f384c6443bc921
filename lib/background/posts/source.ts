/**
 * Where the background's post index comes from. It is computed from every person's roles, the document table
 * (each supporting article's date and title) and the editions' dates, once per archive generation (see
 * cache.ts): the bundled archive and each set of additions is a new generation, and nothing is recomputed per
 * request. It is stored with the generation, so a restarted background's first card reads one record instead of
 * every person and the archive-wide document table. The bundled archive's record is made by the build and
 * written by the install; a commit of the reader's additions stores its own (lib/background/archive/additions.ts).
 */
import { coverage, type Coverage } from '@/core/coverage';
import type { EntityProfile } from '@/core/additions/profile';
import { postTables } from '@/core/install/tables';
import { postIndexOfArchive, type PostIndex } from '@/core/posts';
import type { Archive, Edition } from '@/core/types';
import type { InstalledArchive } from '@/lib/background/overlay/archive-data';
import { archiveVersion } from '@/lib/background/storage/meta';
import { createIdbReader } from '@/lib/background/storage/idb-reader';
import { readEditions } from '@/lib/background/storage/edition-months';
import type { LensDatabase } from '@/lib/background/storage/db';
import { generationRange, type ArchiveMeta, type StoredPosts } from '@/lib/background/storage/schema';

export interface PostTables {
  version: string;
  index: PostIndex;
  coverage: Coverage;
}

export interface PostSource {
  /** Changes whenever the archive's content does. */
  version(): Promise<string>;
  build(version: string): Promise<PostTables>;
}

/**
 * The post index record of an installed archive, built from its stored layers: every person's profile, the
 * editions and the joined document table. A commit of additions calls it for the archive it is about to switch to.
 */
export async function buildStoredPosts(db: LensDatabase, meta: ArchiveMeta): Promise<StoredPosts> {
  const layers = [meta.generation, ...(meta.overlay ? [meta.overlay.generation] : [])];
  const people = new Map<string, EntityProfile>();
  const editions = new Map<string, Edition>();
  for (const layer of layers) {
    // the overlay's records replace the base's (merged entities, added editions)
    for (const e of await db.getAll('entities', generationRange(layer)))
      if (e.kind === 'person') people.set(e.id, e);
    for (const e of await readEditions(db, layer)) editions.set(e.id, e);
  }
  const docs = await createIdbReader(db, meta.generation, { overlay: meta.overlay }).docs();
  return {
    kind: 'posts',
    version: archiveVersion(meta),
    ...postTables(people.values(), docs, editions.values()),
  };
}

/** The installed archive in IndexedDB: the generation search answers from, with the additions laid over it. */
export function installedPostSource(archive: InstalledArchive): PostSource {
  return {
    async version() {
      return archiveVersion((await archive.installedArchive()).meta);
    },
    async build(version) {
      const { db, meta } = await archive.installedArchive();
      const top = meta.overlay?.generation ?? meta.generation;
      const stored = (await db.get('searchIndex', [top, 'posts'])) as StoredPosts | undefined;
      if (stored?.kind === 'posts' && stored.version === version)
        return { version, index: stored.index, coverage: stored.coverage };
      // an archive installed or added to before the record was stored with it
      const record = { ...(await buildStoredPosts(db, meta)), version };
      // a later start reads it back; failing to keep it only costs that start the build
      await db.put('searchIndex', record, [top, 'posts']).catch(() => undefined);
      return { version, index: record.index, coverage: record.coverage };
    },
  };
}

/** An archive in memory (tests). */
export function memoryPostSource(archive: Archive, version = 'memory'): PostSource {
  return {
    version: async () => version,
    build: async (v) => ({
      version: v,
      index: postIndexOfArchive(archive),
      coverage: coverage(archive.editions),
    }),
  };
}
