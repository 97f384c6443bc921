/**
 * An entity as IndexedDB stores it: the profile the card, the side panel and the popup read, without the list of
 * every article that mentions the entity. That list is as long as the archive for 吕梁 or 市委, so it lives apart,
 * as document numbers per layer (`entityDocs`): an import appends the added documents instead of rewriting the
 * list, and a card reads its entity's profile without it.
 */
import type { EntityRecord } from '../entities/types';

export interface EntityProfile extends Omit<EntityRecord, 'articles'> {
  /** Number of archive articles that mention the entity (the length of its article list). */
  articleCount: number;
  /** Document numbers of `topArticles`, in the same order (-1 for an article the archive does not hold). */
  topDocs: number[];
}

/** The profile of a whole entity record and its article list as sorted document numbers. */
export function splitEntity(
  entity: EntityRecord,
  docOf: (id: string) => number | undefined,
): { profile: EntityProfile; docs: Uint32Array } {
  const { articles, ...rest } = entity;
  const docs: number[] = [];
  for (const id of new Set(articles)) {
    const d = docOf(id);
    if (d !== undefined) docs.push(d);
  }
  docs.sort((a, b) => a - b);
  return {
    profile: { ...rest, articleCount: new Set(articles).size, topDocs: topDocs(rest, docOf) },
    docs: Uint32Array.from(docs),
  };
}

export function topDocs(
  entity: Pick<EntityRecord, 'topArticles'>,
  docOf: (id: string) => number | undefined,
): number[] {
  return (entity.topArticles ?? []).map((a) => docOf(a.id) ?? -1);
}

/** The whole entity record again, from its profile and its article ids (export, side panel). */
export function joinEntity(profile: EntityProfile, articles: string[]): EntityRecord {
  const { articleCount: _count, topDocs: _docs, ...rest } = profile;
  return { ...rest, articles };
}

/** Sorted document lists of consecutive layers joined (a later layer's documents all come after an earlier one's). */
export function concatDocs(parts: readonly Uint32Array[]): Uint32Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Whether sorted `docs` holds `d` (binary search). */
export function hasDoc(docs: Uint32Array, d: number): boolean {
  let lo = 0;
  let hi = docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = docs[mid]!;
    if (v === d) return true;
    if (v < d) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
