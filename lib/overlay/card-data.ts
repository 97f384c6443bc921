/**
 * What the hover card shows for one entity, computed in the background from archive records. Pure, so the
 * choices (which post on a dated page, which articles are "most related") are tested without a browser.
 */
import { roleAt } from '@/core/match';
import type { Article, Edition } from '@/core/types';
import type { EntityRecord } from '@/core/entities/types';
import type { CardArticle, CardData, CardPost } from './protocol';

export interface CardInput {
  entity: EntityRecord;
  /** The entity's articles (those that exist). */
  articles: readonly Article[];
  editions: ReadonlyMap<string, Edition>;
  /** The page's publication date, YYYY-MM-DD. */
  pageDate?: string | null;
  /** Article ids of each other entity highlighted on the page. */
  context?: readonly ReadonlySet<string>[];
  /** How many related articles to return. Default 3. */
  related?: number;
  /** Months kept in the timeline, the latest ones. Default 60. */
  months?: number;
}

/** Titles that already say which body they belong to: 市长, 副市长, 市委书记, 县长, 镇党委书记, … */
const QUALIFIED = /^(?:常务)?副?[省市县区镇乡村]/;

/**
 * The post as the paper prints it: the title alone when it names its body already (市长, not 市政府市长),
 * else the body first (市政府秘书长).
 */
export function postLabel(role: { title: string; org?: string }): string {
  if (!role.org || role.title.startsWith(role.org) || QUALIFIED.test(role.title)) return role.title;
  return role.org + role.title;
}

/** Publication date of an article: the edition's date, else its dateline. */
function articleDate(article: Article, editions: ReadonlyMap<string, Edition>): string | null {
  return editions.get(article.edition)?.date ?? article.date;
}

export function buildCardData(input: CardInput): CardData {
  const { entity, articles, editions } = input;
  const posts: CardPost[] = entity.roles
    .map((role) => ({ label: postLabel(role), first: role.first, last: role.last }))
    .sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  const dated = articles.flatMap((article) => {
    const date = articleDate(article, editions);
    return date ? [{ article, date }] : [];
  });
  const dates = dated.map((d) => d.date).sort();

  let atDate: CardData['atDate'] = null;
  const pageDate = input.pageDate ?? null;
  if (pageDate && entity.kind === 'person' && posts.length > 0) {
    const chosen = roleAt(posts, pageDate);
    if (chosen.length > 0) {
      const held = chosen.some((p) => p.first <= pageDate && pageDate <= p.last);
      atDate = { date: pageDate, posts: chosen, held };
    }
  }

  return {
    id: entity.id,
    name: entity.name,
    kind: entity.kind,
    posts,
    atDate,
    firstSeen: entity.firstSeen ?? dates[0] ?? null,
    lastSeen: entity.lastSeen ?? dates[dates.length - 1] ?? null,
    county: entity.kind === 'place' ? (entity.county ?? null) : null,
    timeline: timeline(entity.mentionsByMonth ?? countByMonth(dates), input.months ?? 60),
    related: mostRelated(entity, dated, input.context ?? [], input.related ?? 3),
    articleCount: entity.articles.length,
  };
}

function countByMonth(dates: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const date of dates) {
    const month = date.slice(0, 7);
    counts[month] = (counts[month] ?? 0) + 1;
  }
  return counts;
}

function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/** Monthly counts from the first to the last month with a mention, empty months included as 0. */
export function timeline(byMonth: Readonly<Record<string, number>>, maxMonths: number): CardData['timeline'] {
  const months = Object.keys(byMonth)
    .filter((m) => /^\d{4}-\d{2}$/.test(m))
    .sort();
  if (months.length === 0) return null;
  const last = months[months.length - 1]!;
  const counts: number[] = [];
  let from = months[0]!;
  for (let m = from; m <= last; m = nextMonth(m)) counts.push(byMonth[m] ?? 0);
  const drop = Math.max(0, counts.length - maxMonths);
  for (let i = 0; i < drop; i++) from = nextMonth(from);
  return { from, counts: counts.slice(drop) };
}

/**
 * Most related first: articles that also name more of the page's other entities, then those whose title names
 * the entity, then the newest.
 */
function mostRelated(
  entity: EntityRecord,
  dated: readonly { article: Article; date: string }[],
  context: readonly ReadonlySet<string>[],
  limit: number,
): CardArticle[] {
  const names = [entity.name, ...entity.aliases].filter((n) => n.length >= 2);
  const scored = dated.map(({ article, date }) => {
    let shared = 0;
    for (const ids of context) if (ids.has(article.id)) shared++;
    const titled = names.some((n) => article.title.includes(n)) ? 1 : 0;
    return { article, date, shared, titled };
  });
  scored.sort(
    (a, b) =>
      b.shared - a.shared ||
      b.titled - a.titled ||
      (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) ||
      (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0),
  );
  return scored.slice(0, limit).map(({ article, date }) => ({ id: article.id, title: article.title, date }));
}
