/**
 * An archive's entities in one canonical order, whatever order pages were added in: the builder's (people,
 * places, organisations, topics; most mentioned first; then by id), each article list in document order. An
 * export is then the same for the same content, so exporting, reading back and exporting again gives equal files.
 */
import type { EntityRecord } from '../entities/types';
import type { Entity } from '../types';

const KIND_ORDER = { person: 0, place: 1, organization: 2, topic: 3 } as const;

export function canonicalEntities(entities: readonly Entity[], articleIds: readonly string[]): Entity[] {
  const order = new Map(articleIds.map((id, i) => [id, i]));
  const inOrder = (ids: readonly string[]) =>
    [...ids].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
  return (entities as readonly EntityRecord[])
    .map((e) => {
      const out: EntityRecord = {
        ...e,
        articles: inOrder(e.articles),
        roles: e.roles.map((r) => ({ ...r, articles: inOrder(r.articles) })),
      };
      if (e.designations)
        out.designations = e.designations.map((d) => ({ ...d, articles: inOrder(d.articles) }));
      if (e.bylines) out.bylines = inOrder(e.bylines);
      return out;
    })
    .sort(
      (a, b) =>
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        b.articles.length - a.articles.length ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}
