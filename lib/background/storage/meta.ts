/** Reading the meta records: what is installed, and what a load left half-written. */
import type { LensDatabase } from './db';
import type { ArchiveMeta, StagingMeta } from './schema';

export async function installedArchive(db: LensDatabase): Promise<ArchiveMeta | undefined> {
  const meta = await db.get('meta', 'archive');
  return meta?.kind === 'archive' ? meta : undefined;
}

export async function stagedLoad(db: LensDatabase): Promise<StagingMeta | undefined> {
  const meta = await db.get('meta', 'staging');
  return meta?.kind === 'staging' ? meta : undefined;
}

/** Names the installed archive's content: its generations and fingerprint (caches built from it carry it). */
export function archiveVersion(meta: Pick<ArchiveMeta, 'generation' | 'fingerprint' | 'overlay'>): string {
  const top = meta.overlay;
  return top
    ? `${meta.generation}+${top.generation}:${top.fingerprint}`
    : `${meta.generation}:${meta.fingerprint}`;
}
