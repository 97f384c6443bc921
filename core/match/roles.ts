/**
 * Which post(s) a person held on a given day, for the hover card on a dated page. Role spans come from the
 * archive (first and last issue the post was printed in), so a date between two spans means the person
 * most likely still held the earlier post: the nearest earlier role is shown rather than nothing.
 */
export interface RoleSpan {
  /** YYYY-MM-DD, inclusive. */
  first: string;
  /** YYYY-MM-DD, inclusive. */
  last: string;
}

/**
 * Roles with first ≤ date ≤ last (most recently started first); when none, the role(s) that ended last
 * before the date; when the date precedes every role, none. Without a date: the role(s) seen last.
 * Dates are compared as YYYY-MM-DD strings.
 */
export function roleAt<T extends RoleSpan>(roles: readonly T[], date: string | null): T[] {
  if (date !== null) {
    const held = roles.filter((r) => r.first <= date && date <= r.last);
    if (held.length > 0) return held.sort((a, b) => (a.first < b.first ? 1 : a.first > b.first ? -1 : 0));
  }
  const earlier = date === null ? [...roles] : roles.filter((r) => r.last < date);
  let latest = '';
  for (const r of earlier) if (r.last > latest) latest = r.last;
  return earlier.filter((r) => r.last === latest);
}
