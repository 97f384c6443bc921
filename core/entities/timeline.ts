/** Per-entity timeline figures: first and last mention, and articles per month. */
import { countByMonth } from '../months';
import type { EntityRecord } from './types';

/** Fills firstSeen, lastSeen and mentionsByMonth from the dates of the entity's articles. */
export function addTimeline(entity: EntityRecord, dateOf: ReadonlyMap<string, string | null>): void {
  const dates: string[] = [];
  let first: string | undefined;
  let last: string | undefined;
  for (const id of entity.articles) {
    const date = dateOf.get(id);
    if (!date) continue;
    if (first === undefined || date < first) first = date;
    if (last === undefined || date > last) last = date;
    dates.push(date);
  }
  if (first === undefined || last === undefined) return;
  entity.firstSeen = first;
  entity.lastSeen = last;
  entity.mentionsByMonth = countByMonth(dates);
}
