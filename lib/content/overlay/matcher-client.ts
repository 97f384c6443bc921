/**
 * The matcher, asked of the background once per frame and compiled here in slices that let the page go first
 * (`createMatcherSliced`); asked again if that fails.
 */
import type { Matcher } from '@/core/match';
import { ask } from '../../shared/messages/client';
import { createMatcherSliced } from './page-scanner';

let matcher: Promise<Matcher> | null = null;

export function loadMatcher(): Promise<Matcher> {
  matcher ??= ask({ type: 'overlay/matcher' }).then((reply) => createMatcherSliced(reply.data));
  matcher.catch(() => (matcher = null));
  return matcher;
}
