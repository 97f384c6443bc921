/**
 * The top frame's answer to the side panel's "This page" view: the page's address and title, the entities the
 * overlay highlighted (most mentioned first), and the page's readable text for related articles. Computed on
 * request only, so an idle page does no work for it.
 */
import { LIMITS } from '../../shared/messages/limits';
import type { PageContext } from '../../shared/messages/to-tab';
import type { ScanResult } from './page-scanner';

/** Entity ids ordered by how many highlighted mentions each has, then by first appearance. */
export function idsByMentions(result: Pick<ScanResult, 'ids' | 'highlighted' | 'entries'> | null): string[] {
  if (!result) return [];
  const counts = new Map<string, number>();
  for (const mention of result.highlighted) {
    const id = result.entries[mention.entry]?.id;
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const first = new Map(result.ids.map((id, position) => [id, position]));
  return [...result.ids]
    .sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || first.get(a)! - first.get(b)!)
    .slice(0, LIMITS.contextIds);
}

export function pageContext(result: ScanResult | null): PageContext {
  // textContent, not innerText: no layout is forced on a long page, and the limit keeps the reply small.
  const text = (document.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return {
    url: location.href,
    title: document.title,
    entityIds: idsByMentions(result),
    text: text.slice(0, LIMITS.contextText),
  };
}
