/** Text the popup and the side panel print about the archive: kinds, post spans, dates, hosts. */
import { hasHan } from '@/core/han';
import type { ArticleKind, EntityKind } from '@/core/types';
import { englishPost } from '@/core/glossary/posts';
import { postHeading, postWithSpan, yearSpan } from '@/core/posts/reads';
import { cardMessages, type CardMessages } from './card/strings';
import { detectLang, type Lang } from './lang';

type Strings = CardMessages;

export function articleKindName(kind: ArticleKind, t: Strings = cardMessages()): string {
  switch (kind) {
    case 'news':
      return t.kindNews;
    case 'feature':
      return t.kindFeature;
    case 'commentary':
      return t.kindCommentary;
    case 'photo':
      return t.kindPhoto;
    case 'saved':
      return t.kindSaved;
  }
}

export function entityKindName(kind: EntityKind, t: Strings = cardMessages()): string {
  switch (kind) {
    case 'person':
      return t.cardPerson;
    case 'place':
      return t.cardPlace;
    case 'organization':
      return t.cardOrganization;
    case 'topic':
      return t.cardTopic;
  }
}

export { yearSpan };

export interface PostLike {
  title: string;
  first: string;
  last: string;
}

/** The post as printed, with the glossary's English for English readers: `市长 (Mayor)`. */
export function postTitle(title: string, lang: Lang = detectLang()): string {
  return postHeading(title, lang === 'en' ? englishPost(title) : null);
}

/** `市委书记 · 2021–2022`: how a post reads in a list, a result row or a card. */
export function postSummary(post: PostLike, lang: Lang = detectLang()): string {
  return postWithSpan(
    post.title,
    lang === 'en' ? englishPost(post.title) : null,
    yearSpan(post.first, post.last),
  );
}

/** The post seen last (ties: the one that started later), or null when there is none. */
export function latestPost<P extends PostLike>(posts: readonly P[]): P | null {
  let best: P | null = null;
  for (const post of posts) {
    if (!best || post.last > best.last || (post.last === best.last && post.first > best.first)) best = post;
  }
  return best;
}

/** Posts, earliest first: the order a career reads in. */
export function postsInOrder<P extends PostLike>(posts: readonly P[]): P[] {
  return [...posts].sort((a, b) => a.first.localeCompare(b.first) || a.last.localeCompare(b.last));
}

/** `2021年8月11日` / `11 Aug 2021` (one definition, shared with the citations). */
export { longDate } from '@/core/cite/dates';

/**
 * Aliases worth showing a reader: other written forms (traditional characters, short names). Romanised
 * search keys (pinyin, initials) are left out.
 */
export function writtenAliases(name: string, aliases: readonly string[]): string[] {
  return [...new Set(aliases)].filter((a) => a !== name && hasHan(a));
}

/** The host of a page address without `www.`, or the address itself when it does not parse. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
