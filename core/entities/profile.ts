/**
 * The articles an entity's profile lists: the most telling few (those whose title names it, then the newest),
 * with what a card or a list shows of them, so no reader of the profile has to load articles. Kept at build,
 * merged when pages are added.
 */
import type { Article, ArticleKind, Edition } from '../types';
import { addTimeline } from './timeline';
import type { EntityRecord, ProfileArticle } from './types';

/** Articles a profile keeps. A card shows three, re-ranked by what else the page names. */
export const PROFILE_ARTICLES = 20;

/** Publication date: the edition's, else the dateline's (saved web articles have no edition). */
export function publicationDate(article: Article, editions: ReadonlyMap<string, Edition>): string | null {
  return editions.get(article.edition)?.date ?? article.date;
}

function compare(a: ProfileArticle, b: ProfileArticle): number {
  return (
    Number(b.titled) - Number(a.titled) ||
    (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** The best `limit` of both lists (an article in both is kept once). */
export function mergeTopArticles(
  a: readonly ProfileArticle[],
  b: readonly ProfileArticle[],
  limit = PROFILE_ARTICLES,
): ProfileArticle[] {
  const byId = new Map<string, ProfileArticle>();
  for (const item of [...a, ...b]) byId.set(item.id, item);
  return [...byId.values()].sort(compare).slice(0, limit);
}

function names(entity: EntityRecord): string[] {
  return [entity.name, ...entity.aliases].filter((n) => n.length >= 2);
}

/** Sets `topArticles` on every entity from the archive's articles. */
export function addTopArticles(
  entities: readonly EntityRecord[],
  articles: readonly Article[],
  editions: readonly Edition[],
): void {
  const editionById = new Map(editions.map((e) => [e.id, e]));
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const entity of entities) {
    const spellings = names(entity);
    const items: ProfileArticle[] = [];
    for (const id of new Set(entity.articles)) {
      const article = byId.get(id);
      const date = article && publicationDate(article, editionById);
      if (!article || !date) continue;
      items.push({
        id,
        title: article.title,
        date,
        kind: article.kind as ArticleKind,
        titled: spellings.some((n) => article.title.includes(n)),
      });
    }
    const top = items.sort(compare).slice(0, PROFILE_ARTICLES);
    if (top.length) entity.topArticles = top;
    else delete entity.topArticles;
  }
}

/**
 * Fills what a profile lacks (an archive written by hand, or by an older build): first/last mention and
 * articles per month by publication date, and the most telling articles.
 */
export function completeProfiles(
  entities: readonly EntityRecord[],
  articles: readonly Article[],
  editions: readonly Edition[],
): void {
  const editionById = new Map(editions.map((e) => [e.id, e]));
  const dateOf = new Map(articles.map((a) => [a.id, publicationDate(a, editionById)]));
  for (const entity of entities) if (!entity.mentionsByMonth) addTimeline(entity, dateOf);
  if (entities.some((e) => e.articles.length > 0 && !e.topArticles))
    addTopArticles(entities, articles, editions);
}
