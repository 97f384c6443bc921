/** Text the hover card prints: post spans by month (kind names come from ../format). */
import type { CardPost } from '@/lib/shared/overlay-protocol';
import { monthSpan, postWithSpan } from '@/core/posts/reads';
import { detectLang, type Lang } from '../lang';

export { monthSpan };

/** `市委书记 · 2021-08 – 2022-03`; for English readers `市委书记 (Party Secretary of …) · 2021-08 – 2022-03`. */
export function postLine(post: CardPost, lang: Lang = detectLang()): string {
  return postWithSpan(post.label, lang === 'en' ? post.english : null, monthSpan(post.first, post.last));
}

export { addMonths } from '@/core/months';
