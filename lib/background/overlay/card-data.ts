/**
 * What the hover card shows for one entity, from the entity's stored profile alone (posts, mentions per month,
 * its most telling articles): no article is read. Pure, so the choices (which post on a dated page, which
 * articles are "most related") are tested without a browser.
 */
import { displayPinyin } from '@/core/cite/pinyin-display';
import { englishPost } from '@/core/glossary/posts';
import { roleAt } from '@/core/match';
import { addMonths, monthSeries } from '@/core/months';
import type { EntityProfile } from '@/core/additions/profile';
import type { EntityRecord, ProfileArticle } from '@/core/entities/types';
import type { CardArticle, CardData, CardPost } from '../../shared/overlay-protocol';

export interface CardInput {
  /** The stored profile (or a whole record, whose article list is counted). */
  entity: EntityRecord | EntityProfile;
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

/** The post's English rendering rides with the card, so the content script carries no glossary. */
function withEnglish(post: CardPost, title: string): CardPost {
  const english = englishPost(post.label) ?? englishPost(title);
  return english ? { ...post, english } : post;
}

export function buildCardData(input: CardInput): CardData {
  const { entity } = input;
  const posts: CardPost[] = entity.roles
    .map((role) => withEnglish({ label: postLabel(role), first: role.first, last: role.last }, role.title))
    .sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));

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
    pinyin: entity.pinyin ? displayPinyin(entity.pinyin, entity.name, entity.kind === 'person') : null,
    kind: entity.kind,
    posts,
    atDate,
    firstSeen: entity.firstSeen ?? null,
    lastSeen: entity.lastSeen ?? null,
    county: entity.kind === 'place' ? (entity.county ?? null) : null,
    timeline: timeline(entity.mentionsByMonth ?? {}, input.months ?? 60),
    related: mostRelated(entity.topArticles ?? [], input.context ?? [], input.related ?? 3),
    articleCount: 'articleCount' in entity ? entity.articleCount : new Set(entity.articles).size,
  };
}

/** Monthly counts from the first to the last month with a mention, empty months included as 0. */
export function timeline(byMonth: Readonly<Record<string, number>>, maxMonths: number): CardData['timeline'] {
  const series = monthSeries(byMonth);
  if (series.length === 0) return null;
  const drop = Math.max(0, series.length - maxMonths);
  return { from: addMonths(series[0]!.month, drop), counts: series.slice(drop).map((m) => m.count) };
}

/**
 * Most related first, among the profile's articles: those that also name more of the page's other entities,
 * then those whose title names the entity, then the newest.
 */
function mostRelated(
  top: readonly ProfileArticle[],
  context: readonly ReadonlySet<string>[],
  limit: number,
): CardArticle[] {
  const scored = top.map((item) => {
    let shared = 0;
    for (const ids of context) if (ids.has(item.id)) shared++;
    return { item, shared };
  });
  scored.sort(
    (a, b) =>
      b.shared - a.shared ||
      Number(b.item.titled) - Number(a.item.titled) ||
      (a.item.date < b.item.date ? 1 : a.item.date > b.item.date ? -1 : 0) ||
      (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0),
  );
  return scored.slice(0, limit).map(({ item }) => ({
    id: item.id,
    title: item.title,
    date: item.date,
    ...(item.kind === 'saved' ? { saved: true } : {}),
  }));
}
