/**
 * What the card, the timeline, the post view and search are sent: parts of the index, with each span's
 * supporting articles cut to the newest `SPAN_ARTICLES` (the count says how many there are), so a post printed
 * in thousands of articles stays a small message.
 */
import { englishPost } from '../glossary/posts';
import type { Coverage } from '../coverage';
import { postId } from './build';
import { disagreement, type Disagreement } from './disagree';
import { holdersOn, neighbours, parsePostQuery, type HoldersOn } from './query';
import type { Post, PostGap, PostIndex, PrintedSpan } from './types';

/** Supporting articles sent per span; the rest are counted. */
export const SPAN_ARTICLES = 30;

export interface SpanView extends PrintedSpan {
  /** Supporting articles in all (`articles` holds the newest of them, oldest first). */
  articleCount: number;
}

export interface HolderView {
  id: string;
  name: string;
  spans: SpanView[];
}

export interface PostView {
  id: string;
  title: string;
  plural: boolean;
  holders: HolderView[];
  gaps: PostGap[];
}

/** Someone printed in the post before or after a person. */
export interface Neighbour {
  id: string;
  name: string;
  first: string;
  last: string;
}

/** One of a person's posts, with their own spans and who the archive prints in it before and after them. */
export interface PersonPost {
  id: string;
  title: string;
  /** The glossary's English rendering of the title, added for English readers where the glossary has one. */
  english?: string;
  /** The post's organisation and office as the archive reads them (市委, 书记), for exports by level. */
  org: string | null;
  office: string;
  plural: boolean;
  spans: SpanView[];
  before: Neighbour | null;
  after: Neighbour | null;
}

export interface PostAnswer {
  /** The post as asked (柳林县委书记), also when the archive prints nobody in it. */
  title: string;
  post: PostView | null;
  date: string | null;
  /** With a date: who was printed in the post around it. */
  on: HoldersOn | null;
  coverage: Coverage;
}

function spanView(span: PrintedSpan, limit: number): SpanView {
  return {
    ...span,
    articles: span.articles.slice(-limit),
    articleCount: span.articleCount ?? span.articles.length,
  };
}

/**
 * The index as stored: each span's supporting articles cut to the newest `SPAN_ARTICLES`, the most any view
 * sends, with their count. A post printed in thousands of articles would otherwise make the record megabytes
 * that every card reads whole (8 MB at 300 000 articles).
 */
export function keptForViews(index: PostIndex): PostIndex {
  const posts: Record<string, Post> = {};
  for (const [id, post] of Object.entries(index.posts)) {
    posts[id] = {
      ...post,
      holders: post.holders.map((h) => ({
        ...h,
        spans: h.spans.map((s) => (s.articles.length > SPAN_ARTICLES ? spanView(s, SPAN_ARTICLES) : s)),
      })),
    };
  }
  return { ...index, posts };
}

export function postView(post: Post, limit = SPAN_ARTICLES): PostView {
  return {
    id: post.id,
    title: post.title,
    plural: post.plural,
    holders: post.holders.map((h) => ({
      id: h.id,
      name: h.name,
      spans: h.spans.map((s) => spanView(s, limit)),
    })),
    gaps: post.gaps,
  };
}

export function personPosts(index: PostIndex, personId: string, limit = SPAN_ARTICLES): PersonPost[] {
  return (index.byPerson[personId] ?? []).flatMap((id) => {
    const post = index.posts[id];
    const holder = post?.holders.find((h) => h.id === personId);
    if (!post || !holder) return [];
    const { before, after } = neighbours(post, personId);
    const near = (n: typeof before): Neighbour | null =>
      n && { id: n.id, name: n.name, first: n.span.first, last: n.span.last };
    const english = englishPost(post.title);
    return [
      {
        id,
        title: post.title,
        ...(english ? { english } : {}),
        org: post.org,
        office: post.office,
        plural: post.plural,
        spans: holder.spans.map((s) => spanView(s, limit)),
        before: near(before),
        after: near(after),
      },
    ];
  });
}

/** The hover card's part: the person's posts as spans, and the disagreement with the page, if any. */
export interface CardPostFacts {
  posts: PersonPost[];
  disagreement: Disagreement | null;
}

export function cardPostFacts(
  index: PostIndex,
  personId: string,
  pageDate: string | null | undefined,
  printed: readonly string[],
): CardPostFacts {
  const found = disagreement(index, personId, pageDate, printed);
  // the card names who holds the post; the post view lists the evidence
  if (found) for (const h of found.holders) h.span = { ...h.span, articles: h.span.articles.slice(-3) };
  return { posts: personPosts(index, personId, 5), disagreement: found };
}

function trimmed(on: HoldersOn): HoldersOn {
  const cut = <T extends { span: PrintedSpan } | null>(h: T): T =>
    h && { ...h, span: spanView(h.span, SPAN_ARTICLES) };
  return { date: on.date, during: on.during.map(cut), before: cut(on.before), after: cut(on.after) };
}

export function postAnswer(index: PostIndex, coverage: Coverage, query: string): PostAnswer | null {
  const parsed = parsePostQuery(query, index);
  if (!parsed) return null;
  const on = parsed.post && parsed.date ? trimmed(holdersOn(parsed.post, parsed.date)) : null;
  return {
    title: parsed.title,
    post: parsed.post ? postView(parsed.post) : null,
    date: parsed.date,
    on,
    coverage,
  };
}

export function findPost(index: PostIndex, idOrTitle: string): Post | null {
  return index.posts[idOrTitle] ?? index.posts[postId(idOrTitle)] ?? null;
}
