/**
 * Co-appearance: for each person, the people printed in the same articles, most frequent first. Built from
 * text mentions only: a byline says who wrote an article, not who appears in it.
 */
import type { CoAppearance } from './types';

/** How many companions a person's card keeps. */
export const CO_APPEARANCE_LIMIT = 12;
/** How many shared articles each companion keeps (newest first). */
export const CO_APPEARANCE_ARTICLES = 10;

export interface CoArticle {
  id: string;
  /** Sort key: newer articles compare greater (date, then archive order). */
  rank: number;
  /** Ids of the people the article's text mentions. */
  people: readonly string[];
}

interface Pair {
  count: number;
  /** Newest shared articles, kept at most CO_APPEARANCE_ARTICLES long. */
  recent: { id: string; rank: number }[];
}

function remember(pair: Pair, article: CoArticle): void {
  pair.count++;
  pair.recent.push({ id: article.id, rank: article.rank });
  if (pair.recent.length > CO_APPEARANCE_ARTICLES * 2) {
    pair.recent.sort((a, b) => b.rank - a.rank);
    pair.recent.length = CO_APPEARANCE_ARTICLES;
  }
}

/**
 * Companions of every person. The cost is the sum over articles of (people in the article)², one pass over
 * articles, never articles × articles.
 */
export function coAppearances(
  articles: readonly CoArticle[],
  names: ReadonlyMap<string, string>,
): Map<string, CoAppearance[]> {
  const pairs = new Map<string, Map<string, Pair>>();
  for (const article of articles) {
    const people = [...new Set(article.people)];
    for (const a of people) {
      let row = pairs.get(a);
      if (!row) pairs.set(a, (row = new Map()));
      for (const b of people) {
        if (a === b) continue;
        let pair = row.get(b);
        if (!pair) row.set(b, (pair = { count: 0, recent: [] }));
        remember(pair, article);
      }
    }
  }
  const out = new Map<string, CoAppearance[]>();
  for (const [id, row] of pairs) {
    const list = [...row]
      .map(([other, pair]) => ({
        id: other,
        name: names.get(other) ?? other,
        count: pair.count,
        articles: pair.recent
          .sort((x, y) => y.rank - x.rank)
          .slice(0, CO_APPEARANCE_ARTICLES)
          .map((r) => r.id),
      }))
      .sort((x, y) => y.count - x.count || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
      .slice(0, CO_APPEARANCE_LIMIT);
    out.set(id, list);
  }
  return out;
}
