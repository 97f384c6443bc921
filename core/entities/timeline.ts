/** Per-entity timeline figures: first and last mention, and articles per month. */
import type { EntityRecord } from './types';

/** Fills firstSeen, lastSeen and mentionsByMonth from the dates of the entity's articles. */
export function addTimeline(entity: EntityRecord, dateOf: ReadonlyMap<string, string | null>): void {
  const months: Record<string, number> = {};
  let first: string | undefined;
  let last: string | undefined;
  for (const id of entity.articles) {
    const date = dateOf.get(id);
    if (!date) continue;
    if (first === undefined || date < first) first = date;
    if (last === undefined || date > last) last = date;
    const month = date.slice(0, 7);
    months[month] = (months[month] ?? 0) + 1;
  }
  if (first === undefined || last === undefined) return;
  entity.firstSeen = first;
  entity.lastSeen = last;
  entity.mentionsByMonth = Object.fromEntries(Object.entries(months).sort(([a], [b]) => (a < b ? -1 : 1)));
}
