/**
 * What the overlay needs from the archive, whatever stores it. The background answers content scripts from the
 * installed archive in IndexedDB (`archiveOverlayData`); `memoryOverlayData` serves an `Archive` object (tests).
 */
import { hasDoc, splitEntity, type EntityProfile } from '@/core/additions/profile';
import { completeProfiles } from '@/core/entities/profile';
import type { EntityRecord } from '@/core/entities/types';
import type { Archive } from '@/core/types';
import type { MatcherReply } from '../../shared/overlay-protocol';

export interface OverlayData {
  /** Changes whenever the archive's content does: cached matcher payloads are rebuilt when it moves. */
  version(): Promise<string>;
  /** Every entity's profile, for the page matcher (names, kinds and posts). */
  entities(): Promise<EntityProfile[]>;
  /** One entity's stored profile (posts, mentions per month, most telling articles, companions). */
  entity(id: string): Promise<EntityProfile | undefined>;
  /** The documents that mention the entity, sorted (see core/additions/profile.ts). */
  entityDocs(id: string): Promise<Uint32Array>;
  /** The matcher payload stored for this version (archive and word edges), if one is. */
  storedMatcher?(version: string): Promise<MatcherReply | undefined>;
  /** Keeps a built payload with the archive it was built from (`archive`: that archive's `version()`). */
  storeMatcher?(reply: MatcherReply, archive: string): Promise<void>;
}

/** An `OverlayData` over an archive in memory; `version` defaults to one derived from the archive's size. */
export function memoryOverlayData(archive: Archive, version?: string): OverlayData {
  const entities = (archive.entities as EntityRecord[]).map((e) => ({ ...e }));
  completeProfiles(entities, archive.articles, archive.editions);
  const docOf = new Map(archive.articles.map((a, d) => [a.id, d]));
  const split = entities.map((e) => splitEntity(e, (id) => docOf.get(id)));
  const byEntity = new Map(split.map((s) => [s.profile.id, s]));
  const lastDate = archive.editions.reduce((max, e) => (e.date > max ? e.date : max), '');
  const v =
    version ??
    `${archive.schemaVersion}:${archive.editions.length}:${archive.articles.length}:${entities.length}:${lastDate}`;
  return {
    version: async () => v,
    entities: async () => split.map((s) => s.profile),
    entity: async (id) => byEntity.get(id)?.profile,
    entityDocs: async (id) => byEntity.get(id)?.docs ?? new Uint32Array(0),
  };
}

/**
 * Per other entity highlighted on the page, which of the card entity's most telling articles it also names
 * (read from the other entity's document list, so no article and no archive-wide table is read).
 */
export async function cardContext(
  data: OverlayData,
  entity: EntityProfile,
  others: readonly string[],
): Promise<Set<string>[]> {
  const top = entity.topArticles ?? [];
  if (top.length === 0 || others.length === 0) return [];
  const lists = await Promise.all(others.map((id) => data.entityDocs(id)));
  return lists
    .filter((docs) => docs.length > 0)
    .map((docs) => new Set(top.filter((_, i) => hasDoc(docs, entity.topDocs[i] ?? -1)).map((a) => a.id)));
}
