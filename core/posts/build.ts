/**
 * The post index: for every post the archive prints (organisation + office), its holders as printed spans
 * and the gaps between them, from every person's dated roles. Pure and deterministic, so the background
 * computes it once per archive generation and every answer reads it.
 */
import { issuesBetween, printedSpans } from './spans';
import type { Post, PostGap, PostHolder, PostIndex, SupportArticle } from './types';

export interface PostPerson {
  id: string;
  name: string;
  roles: readonly { title: string; org?: string; office?: string; articles: readonly string[] }[];
}

export interface PostIndexInput {
  people: Iterable<PostPerson>;
  /** Publication date and title of an article, or undefined when the archive has no date for it. */
  article(id: string): { date: string; title: string } | undefined;
  /** Publication dates of the archive's issues (editions), any order. */
  issueDates: Iterable<string>;
}

export const POST_ID_PREFIX = 'post:';

export function postId(title: string): string {
  return POST_ID_PREFIX + title;
}

/** Offices several people hold at once: a succession is never read from them. */
const PLURAL_OFFICE = /^(?:常务)?副|^(?:常委|委员|成员|组员|巡视员|一级巡视员|二级巡视员|代表|党组成员)$/;

/**
 * Whether a role names a post: its organisation is known (市长 of 市政府). A bare 副主任 printed before a name
 * that matched nothing says nothing about which body it belongs to.
 */
function isPost(role: PostPerson['roles'][number]): boolean {
  return Boolean(role.org);
}

function gapsOf(holders: readonly PostHolder[], issues: readonly string[]): PostGap[] {
  const spans = holders.flatMap((h) => h.spans).sort((a, b) => (a.first < b.first ? -1 : 1));
  const gaps: PostGap[] = [];
  let reach = '';
  for (const span of spans) {
    if (reach && span.first > reach) {
      gaps.push({ after: reach, before: span.first, issues: issuesBetween(issues, reach, span.first) });
    }
    if (span.last > reach) reach = span.last;
  }
  return gaps;
}

function overlapping(holders: readonly PostHolder[]): boolean {
  const spans = holders
    .flatMap((h) => h.spans.map((s) => ({ first: s.first, last: s.last, who: h.id })))
    .sort((a, b) => (a.first < b.first ? -1 : 1));
  let reach = '';
  let who = '';
  for (const span of spans) {
    if (reach && span.first <= reach && span.who !== who) return true;
    if (span.last > reach) {
      reach = span.last;
      who = span.who;
    }
  }
  return false;
}

export function buildPostIndex(input: PostIndexInput): PostIndex {
  const issues = [...new Set(input.issueDates)].sort();
  const grouped = new Map<
    string,
    { title: string; org: string | null; office: string; holders: PostHolder[] }
  >();
  for (const person of input.people) {
    for (const role of person.roles) {
      if (!isPost(role)) continue;
      const support: SupportArticle[] = [];
      for (const id of new Set(role.articles)) {
        const found = input.article(id);
        if (found?.date) support.push({ id, date: found.date, title: found.title });
      }
      if (support.length === 0) continue;
      const id = postId(role.title);
      let post = grouped.get(id);
      if (!post) {
        post = { title: role.title, org: role.org ?? null, office: role.office ?? role.title, holders: [] };
        grouped.set(id, post);
      }
      post.holders.push({ id: person.id, name: person.name, spans: printedSpans(support, issues) });
    }
  }
  const posts: Record<string, Post> = {};
  const byPerson: Record<string, string[]> = {};
  const firstOf = new Map<string, string>();
  for (const id of [...grouped.keys()].sort()) {
    const { title, org, office, holders } = grouped.get(id)!;
    holders.sort((a, b) =>
      a.spans[0]!.first < b.spans[0]!.first
        ? -1
        : a.spans[0]!.first > b.spans[0]!.first
          ? 1
          : a.id < b.id
            ? -1
            : 1,
    );
    posts[id] = {
      id,
      title,
      org,
      office,
      plural: PLURAL_OFFICE.test(office) || overlapping(holders),
      holders,
      gaps: gapsOf(holders, issues),
    };
    for (const holder of holders) {
      (byPerson[holder.id] ??= []).push(id);
      firstOf.set(`${holder.id}|${id}`, holder.spans[0]!.first);
    }
  }
  for (const [person, ids] of Object.entries(byPerson)) {
    ids.sort((a, b) => {
      const x = firstOf.get(`${person}|${a}`)!;
      const y = firstOf.get(`${person}|${b}`)!;
      return x < y ? -1 : x > y ? 1 : a < b ? -1 : 1;
    });
  }
  return { posts, byPerson, issueDates: issues };
}
