/**
 * What the overlay needs from the archive, whatever stores it. The background answers content scripts from the
 * installed archive in IndexedDB (`archiveOverlayData`); `memoryOverlayData` serves an `Archive` object (tests).
 */
import { completeProfiles } from '@/core/entities/profile';
import type { EntityRecord } from '@/core/entities/types';
import type { Archive } from '@/core/types';
import type { MatcherReply } from './protocol';

export interface OverlayData {
  /** Changes whenever the archive's content does: cached matcher payloads are rebuilt when it moves. */
  version(): Promise<string>;
  /** Every entity, for the page matcher. */
  entities(): Promise<EntityRecord[]>;
  /** One entity with its stored profile (posts, mentions per month, most telling articles, companions). */
  entity(id: string): Promise<EntityRecord | undefined>;
  /** The matcher payload stored for this version (archive and word edges), if one is. */
  storedMatcher?(version: string): Promise<MatcherReply | undefined>;
  /** Keeps a built payload with the archive it was built from (`archive`: that archive's `version()`). */
  storeMatcher?(reply: MatcherReply, archive: string): Promise<void>;
}

/** An `OverlayData` over an archive in memory; `version` defaults to one derived from the archive's size. */
export function memoryOverlayData(archive: Archive, version?: string): OverlayData {
  const entities = (archive.entities as EntityRecord[]).map((e) => ({ ...e }));
  completeProfiles(entities, archive.articles, archive.editions);
  const byEntity = new Map(entities.map((e) => [e.id, e]));
  const lastDate = archive.editions.reduce((max, e) => (e.date > max ? e.date : max), '');
  const v =
    version ??
    `${archive.schemaVersion}:${archive.editions.length}:${archive.articles.length}:${entities.length}:${lastDate}`;
  return {
    version: async () => v,
    entities: async () => entities,
    entity: async (id) => byEntity.get(id),
  };
}
