/**
 * The matcher, asked of the background once per frame: it sends the automaton compiled, so a frame only unpacks
 * it (copying arrays: a few milliseconds where compiling took a hundred); asked again if that fails.
 */
import { matcherFromPacked, type Matcher } from '@/core/match';
import { ask } from '../../shared/messages/client';

let matcher: Promise<Matcher> | null = null;

export function loadMatcher(): Promise<Matcher> {
  matcher ??= ask({ type: 'overlay/matcher' }).then((reply) =>
    matcherFromPacked(reply.automaton, reply.data),
  );
  matcher.catch(() => (matcher = null));
  return matcher;
}
