/**
 * The per-article columns search needs for every candidate (publication date, kind, entities) and for every hit
 * (id, title), kept in memory as typed arrays so scoring, filtering and tie-breaking never touch storage.
 * Document numbers are positions in `archive.articles`.
 */
import { ARTICLE_KINDS, type ArticleKind } from '../article-kinds';
import type { Archive } from '../types';

/** A document's kind code is the kind's position in ARTICLE_KINDS. */
export { ARTICLE_KINDS };

export interface DocTable {
  ids: string[];
  titles: string[];
  /** Publication date (the edition's) as yyyymmdd, 0 when unknown. */
  dates: Int32Array;
  /** Index into ARTICLE_KINDS. */
  kinds: Uint8Array;
  /** Entities mentioned by document d are entityRefs[entityStart[d] .. entityStart[d+1]) (entity numbers). */
  entityStart: Uint32Array;
  entityRefs: Uint32Array;
}

export function dateToInt(date: string | null | undefined): number {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return 0;
  return Number(date.replaceAll('-', ''));
}

export function intToDate(value: number): string {
  if (!value) return '';
  const s = String(value);
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}

export function kindCode(kind: ArticleKind): number {
  const i = ARTICLE_KINDS.indexOf(kind);
  return i < 0 ? 0 : i;
}

export function buildDocTable(archive: Archive): DocTable {
  const editionDates = new Map(archive.editions.map((e) => [e.id, e.date]));
  const docOf = new Map(archive.articles.map((a, i) => [a.id, i]));
  const n = archive.articles.length;
  // entity lists per document, from each entity's article list (the mention links)
  const perDoc: number[][] = Array.from({ length: n }, () => []);
  archive.entities.forEach((entity, e) => {
    for (const id of new Set(entity.articles)) {
      const d = docOf.get(id);
      if (d !== undefined) perDoc[d]!.push(e);
    }
  });
  const entityStart = new Uint32Array(n + 1);
  let total = 0;
  perDoc.forEach((list, d) => {
    entityStart[d] = total;
    total += list.length;
  });
  entityStart[n] = total;
  const entityRefs = new Uint32Array(total);
  perDoc.forEach((list, d) => entityRefs.set(list, entityStart[d]!));
  return {
    ids: archive.articles.map((a) => a.id),
    titles: archive.articles.map((a) => a.title),
    dates: Int32Array.from(archive.articles, (a) => dateToInt(editionDates.get(a.edition) ?? a.date)),
    kinds: Uint8Array.from(archive.articles, (a) => kindCode(a.kind)),
    entityStart,
    entityRefs,
  };
}

export function docEntities(table: DocTable, doc: number): Uint32Array {
  return table.entityRefs.subarray(table.entityStart[doc]!, table.entityStart[doc + 1]!);
}
