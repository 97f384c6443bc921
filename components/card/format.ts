/** Text the hover card prints: post spans by month (kind names come from ../format). */
import type { CardPost } from '@/lib/overlay/protocol';
import { detectLang, type Lang } from '../lang';

const month = (date: string): string => date.slice(0, 7);

/** `2021-08 – 2022-03`, or one month when the post was seen in a single month. */
export function monthSpan(first: string, last: string): string {
  const a = month(first);
  const b = month(last);
  return a === b ? a : `${a} – ${b}`;
}

/** `市委书记 · 2021-08 – 2022-03`; for English readers `市委书记 (Party Secretary of …) · 2021-08 – 2022-03`. */
export function postLine(post: CardPost, lang: Lang = detectLang()): string {
  const label = lang === 'en' && post.english ? `${post.label} (${post.english})` : post.label;
  return `${label} · ${monthSpan(post.first, post.last)}`;
}

/** Month `from` (YYYY-MM) plus `n` months. */
export function addMonths(from: string, n: number): string {
  const index = Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7)) - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
