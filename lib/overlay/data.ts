/**
 * What the overlay needs from the archive, whatever stores it. The background answers content scripts from an
 * `OverlayData`; `memoryOverlayData` serves one from an `Archive` object held in memory.
 */
import type { Archive, Article, Edition } from '@/core/types';
import type { EntityRecord } from '@/core/entities/types';

export interface OverlayData {
  /** Changes whenever the archive's content does: cached matcher payloads are rebuilt when it moves. */
  version(): Promise<string>;
  /** Every entity, for the page matcher. */
  entities(): Promise<EntityRecord[]>;
  entity(id: string): Promise<EntityRecord | undefined>;
  /** The articles with these ids that exist, in any order. */
  articles(ids: readonly string[]): Promise<Article[]>;
  /** The editions with these ids that exist, in any order. */
  editions(ids: readonly string[]): Promise<Edition[]>;
}

/** An `OverlayData` over an archive in memory; `version` defaults to one derived from the archive's size. */
export function memoryOverlayData(archive: Archive, version?: string): OverlayData {
  const entities = archive.entities as EntityRecord[];
  const byEntity = new Map(entities.map((e) => [e.id, e]));
  const byArticle = new Map(archive.articles.map((a) => [a.id, a]));
  const byEdition = new Map(archive.editions.map((e) => [e.id, e]));
  const lastDate = archive.editions.reduce((max, e) => (e.date > max ? e.date : max), '');
  const v =
    version ??
    `${archive.schemaVersion}:${archive.editions.length}:${archive.articles.length}:${entities.length}:${lastDate}`;
  const pick = <T>(map: Map<string, T>, ids: readonly string[]): T[] =>
    ids.flatMap((id) => {
      const value = map.get(id);
      return value === undefined ? [] : [value];
    });
  return {
    version: async () => v,
    entities: async () => entities,
    entity: async (id) => byEntity.get(id),
    articles: async (ids) => pick(byArticle, ids),
    editions: async (ids) => pick(byEdition, ids),
  };
}
