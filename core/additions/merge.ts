/**
 * Merging the entities found in added articles into the archive's: the same id is the same entity, so an
 * official's posts extend (a post seen in 2020 and again in 2023 becomes one span with the articles of both),
 * mention counts add up and companions are counted over both; ids the archive does not have are new entities.
 */
import { CO_APPEARANCE_ARTICLES, CO_APPEARANCE_LIMIT } from '../entities/coappear';
import { mergeTopArticles } from '../entities/profile';
import { addMonthCounts } from '../months';
import type { CoAppearance, Designation, EntityRecord, RoleRecord } from '../entities/types';
import { topDocs, type EntityProfile } from './profile';

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

function dayNumber(date: string): number {
  return Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86_400_000;
}

function distance(role: RoleRecord, date: string): number {
  if (date >= role.first && date <= role.last) return 0;
  return Math.min(
    Math.abs(dayNumber(date) - dayNumber(role.first)),
    Math.abs(dayNumber(date) - dayNumber(role.last)),
  );
}

function extendSpan<T extends { first: string; last: string; articles: string[] }>(into: T, from: T): T {
  return {
    ...into,
    first: from.first < into.first ? from.first : into.first,
    last: from.last > into.last ? from.last : into.last,
    articles: union(into.articles, from.articles),
  };
}

/**
 * Roles by title; a post the added articles print without its body (书记 alone) joins the archive's role with
 * that office nearest in time, as the builder does within one archive.
 */
export function mergeRoles(base: readonly RoleRecord[], added: readonly RoleRecord[]): RoleRecord[] {
  const roles = base.map((r) => ({ ...r }));
  for (const role of added) {
    const same = roles.findIndex((r) => r.title === role.title);
    if (same >= 0) {
      roles[same] = extendSpan(roles[same]!, role);
      continue;
    }
    const office = role.office ?? role.title;
    const bare = !role.org && roles.some((r) => r.org && (r.office ?? r.title) === office);
    if (bare) {
      const nearest = roles
        .map((r, i) => ({ r, i }))
        .filter(({ r }) => r.org && (r.office ?? r.title) === office)
        .sort((a, b) => distance(a.r, role.first) - distance(b.r, role.first))[0]!;
      roles[nearest.i] = extendSpan(nearest.r, role);
      continue;
    }
    roles.push({ ...role });
  }
  return roles.sort((a, b) => a.first.localeCompare(b.first) || a.title.localeCompare(b.title));
}

function mergeDesignations(base: readonly Designation[], added: readonly Designation[]): Designation[] {
  const out = base.map((d) => ({ ...d }));
  for (const d of added) {
    const same = out.findIndex((x) => x.label === d.label);
    if (same >= 0) out[same] = extendSpan(out[same]!, d);
    else out.push({ ...d });
  }
  return out.sort((a, b) => a.first.localeCompare(b.first) || a.label.localeCompare(b.label));
}

/** Companions over both: shared-article counts add up; the shared articles listed are the added ones first. */
function mergeCompanions(base: readonly CoAppearance[], added: readonly CoAppearance[]): CoAppearance[] {
  const byId = new Map(base.map((c) => [c.id, { ...c }]));
  for (const c of added) {
    const known = byId.get(c.id);
    if (!known) byId.set(c.id, { ...c });
    else {
      known.count += c.count;
      known.articles = union(c.articles, known.articles).slice(0, CO_APPEARANCE_ARTICLES);
    }
  }
  return [...byId.values()]
    .sort((x, y) => y.count - x.count || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
    .slice(0, CO_APPEARANCE_LIMIT);
}

function earlier(a: string | undefined, b: string | undefined): string | undefined {
  return a === undefined ? b : b === undefined ? a : a < b ? a : b;
}

function later(a: string | undefined, b: string | undefined): string | undefined {
  return a === undefined ? b : b === undefined ? a : a > b ? a : b;
}

/** One entity from the archive's record and the record the added articles produced (same id). */
export function mergeEntity(base: EntityRecord, added: EntityRecord): EntityRecord {
  const merged: EntityRecord = {
    ...added,
    ...base,
    aliases: union(base.aliases, added.aliases),
    roles: mergeRoles(base.roles, added.roles),
    articles: union(base.articles, added.articles),
  };
  const designations = mergeDesignations(base.designations ?? [], added.designations ?? []);
  if (designations.length) merged.designations = designations;
  const companions = mergeCompanions(base.coAppearances ?? [], added.coAppearances ?? []);
  if (companions.length) merged.coAppearances = companions;
  const bylines = union(base.bylines ?? [], added.bylines ?? []);
  if (bylines.length) merged.bylines = bylines;
  if (merged.roles.length || designations.length) merged.occupation = 'official';
  const first = earlier(base.firstSeen, added.firstSeen);
  const last = later(base.lastSeen, added.lastSeen);
  if (first) merged.firstSeen = first;
  if (last) merged.lastSeen = last;
  const months = addMonthCounts(base.mentionsByMonth, added.mentionsByMonth);
  if (months) merged.mentionsByMonth = months;
  const top = mergeTopArticles(base.topArticles ?? [], added.topArticles ?? []);
  if (top.length) merged.topArticles = top;
  return merged;
}

/** Whether an entity record from added articles says anything (the builder lists every gazetteer place and topic). */
export function hasMentions(entity: EntityRecord): boolean {
  return entity.articles.length > 0 || entity.roles.length > 0;
}

/**
 * A stored profile merged with the record the added articles produced (same id). The added articles are new to
 * the archive, so the count adds up; the article list itself is not touched (the added documents are appended
 * to the entity's document list apart).
 */
export function mergeProfile(
  base: EntityProfile,
  added: EntityRecord,
  docOf: (id: string) => number | undefined,
): EntityProfile {
  const { articleCount, topDocs: known, ...rest } = base;
  const { articles: _articles, ...merged } = mergeEntity({ ...rest, articles: [] }, added);
  // the base's own top articles keep the numbers stored with them
  const stored = new Map((rest.topArticles ?? []).map((a, i) => [a.id, known[i]!]));
  return {
    ...merged,
    articleCount: articleCount + new Set(added.articles).size,
    topDocs: topDocs(merged, (id) => docOf(id) ?? stored.get(id)),
  };
}
