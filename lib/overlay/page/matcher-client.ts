/** The matcher, asked of the background once per frame and compiled here; asked again if that fails. */
import { createMatcher, type Matcher } from '@/core/match';
import { ask } from '../../messages/client';

let matcher: Promise<Matcher> | null = null;

export function loadMatcher(): Promise<Matcher> {
  matcher ??= ask({ type: 'overlay/matcher' }).then((reply) => createMatcher(reply.data));
  matcher.catch(() => (matcher = null));
  return matcher;
}
