/**
 * The disagreement rule: a page prints a post right before a name (市长张广勇) and, on the page's date, the
 * archive prints someone else in that post while this person is not printed in it. The card then says so.
 * Conservative by design, since a wrong warning is worse than none:
 *   - only a post the archive knows, printed whole right before the name (副市长 is not 市长; 原市长, 前市长,
 *     代市长 and 孝义市长 are other things and are left alone);
 *   - only when the page's date is known;
 *   - only a post one person holds at a time, and only when another holder's printed span contains the date
 *     (the archive printed them in it before and after that day, with no long silence in between);
 *   - never when the person's own printed span in the post contains the date.
 */
import { postId } from './build';
import { holdersOn, type HolderSpan } from './query';
import type { PostIndex } from './types';

/** Characters that, printed right before a post, make it another thing (原市长 former, 代市长 acting). */
const MODIFIER = /[副代原前老首名]$/;
/** Words after which a post may begin (在市长张某…, 由市委书记…, 陪同市长…). */
const LEAD_IN = /(?:[在由有和及与向对请]|陪同|会见|出席|上午|下午|会上)$/;
/** The paper's own city before a post is the same post: 吕梁市长 = 市长, 中共吕梁市委书记 = 市委书记. */
const OWN_CITY = /(?:中共)?吕梁(?=市)|(?:中共)?呂梁(?=市)|吕梁(?=[^市])/g;

/**
 * The post printed right before a name, from the text before it (`before`, as the matcher gives it): the
 * longest title of the index that ends the text where a post can begin, or null.
 */
export function printedPost(before: string, index: PostIndex): string | null {
  const text = before.replace(/[\s\u3000]+$/u, '').replace(OWN_CITY, '');
  let best: string | null = null;
  for (let length = Math.min(text.length, 24); length >= 2; length--) {
    const title = text.slice(-length);
    if (!index.posts[postId(title)]) continue;
    const head = text.slice(0, -length);
    // The post must begin where the text allows one to: start, punctuation, a list, or (吕梁 removed) nothing.
    if (MODIFIER.test(head) || (/\p{Script=Han}$/u.test(head) && !LEAD_IN.test(head))) continue;
    best = title;
    break;
  }
  return best;
}

export interface Disagreement {
  /** The post the page prints before the name. */
  printed: string;
  postId: string;
  date: string;
  /** Who the archive prints in the post around that date. */
  holders: HolderSpan[];
  /**
   * What the archive has the person as then: their posts whose printed spans contain the date (`held`), or
   * failing those the span(s) printed last before it.
   */
  own: { postId: string; title: string; first: string; last: string; held: boolean }[];
}

/**
 * Whether the archive disagrees with a page that prints one of `befores` before the person's name on
 * `pageDate`. The first disagreeing post is returned; null when the rule does not apply.
 */
export function disagreement(
  index: PostIndex,
  personId: string,
  pageDate: string | null | undefined,
  befores: readonly string[],
): Disagreement | null {
  if (!pageDate) return null;
  const seen = new Set<string>();
  for (const before of befores) {
    const printed = printedPost(before, index);
    if (!printed || seen.has(printed)) continue;
    seen.add(printed);
    const post = index.posts[postId(printed)]!;
    if (post.plural) continue;
    const on = holdersOn(post, pageDate);
    if (on.during.some((h) => h.id === personId)) continue;
    const others = on.during.filter((h) => h.id !== personId);
    if (others.length === 0) continue;
    const own = ownPostsOn(index, personId, pageDate);
    return { printed, postId: post.id, date: pageDate, holders: others, own };
  }
  return null;
}

function ownPostsOn(index: PostIndex, personId: string, date: string): Disagreement['own'] {
  const spans = (index.byPerson[personId] ?? []).flatMap((id) => {
    const post = index.posts[id]!;
    const holder = post.holders.find((h) => h.id === personId);
    return (holder?.spans ?? []).map((s) => ({
      postId: id,
      title: post.title,
      first: s.first,
      last: s.last,
    }));
  });
  const held = spans.filter((s) => s.first <= date && date <= s.last);
  if (held.length > 0) return held.map((s) => ({ ...s, held: true }));
  const latest = spans.reduce((max, s) => (s.last < date && s.last > max ? s.last : max), '');
  return spans.filter((s) => latest && s.last === latest).map((s) => ({ ...s, held: false }));
}
