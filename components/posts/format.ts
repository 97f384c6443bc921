/** How a printed span reads: first – last printing, with … where the archive cannot see past an end. */
import type { PrintedSpan } from '@/core/posts';

export function spanDates(span: Pick<PrintedSpan, 'first' | 'last' | 'openStart' | 'openEnd'>): string {
  const body = span.first === span.last ? span.first : `${span.first} – ${span.last}`;
  return `${span.openStart ? '… ' : ''}${body}${span.openEnd ? ' …' : ''}`;
}

/** What an assistive reader hears for the ends: the dates, and which ends are open. */
export function spanLabel(
  span: Pick<PrintedSpan, 'first' | 'last' | 'openStart' | 'openEnd'>,
  t: { spanOpenStart: string; spanOpenEnd: string },
): string {
  const open = [span.openStart ? t.spanOpenStart : '', span.openEnd ? t.spanOpenEnd : ''].filter(Boolean);
  const body = span.first === span.last ? span.first : `${span.first} – ${span.last}`;
  return open.length ? `${body} (${open.join(', ')})` : body;
}
