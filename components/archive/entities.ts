/**
 * Entity lookups shared by the popup and the side panel, kept for the life of the page: a result row, a card
 * and a timeline that show the same person ask the background once.
 */
import { askArchive } from '@/lib/shared/archive-client';
import type { EntitySummary, Timeline } from '@/lib/shared/archive-protocol';

const MAX_CACHED = 200;
const timelines = new Map<string, Promise<Timeline>>();

export function entityTimeline(id: string): Promise<Timeline> {
  let found = timelines.get(id);
  if (!found) {
    found = askArchive({ type: 'archive/timeline', entityId: id });
    // A failure (archive updating, say) is not remembered: the next view asks again.
    found.catch(() => timelines.delete(id));
    if (timelines.size >= MAX_CACHED) timelines.delete(timelines.keys().next().value!);
    timelines.set(id, found);
  }
  return found;
}

/**
 * The entity a link or a deep link means: the one with that id, else that exact name, else that alias (any
 * letter case). Null when none matches exactly: a near match is offered to the reader, never shown as if
 * it were the one asked for.
 */
export function pickEntity(wanted: string, found: readonly EntitySummary[]): EntitySummary | null {
  const key = wanted.trim();
  const lower = key.toLowerCase();
  return (
    found.find((e) => e.id === key) ??
    found.find((e) => e.name === key) ??
    found.find((e) => e.aliases.some((a) => a === key || a.toLowerCase() === lower)) ??
    null
  );
}

export interface ResolvedEntity {
  timeline: Timeline | null;
  /** When nothing matched exactly: what the archive found for the name instead. */
  suggestions: EntitySummary[];
}

/** An entity id (`person:孙大军`, `person:王丽#reporter`, `place:柳林县`…), as every link carries it. */
export function isEntityId(value: string): boolean {
  return /^(?:person|place|organization|topic):\S/.test(value);
}

/** The name an id shows until its record is loaded: `person:王丽#reporter` → 王丽. */
export function nameInId(value: string): string {
  return isEntityId(value) ? value.slice(value.indexOf(':') + 1).replace(/#.*$/, '') : value;
}

/**
 * The entity a link or a deep link names, then its timeline. Links carry ids, which are looked up as they are
 * (a reporter and an official of one name stay apart); a name or alias typed into a deep link is resolved.
 */
export async function resolveEntity(name: string): Promise<ResolvedEntity> {
  if (isEntityId(name)) {
    try {
      return { timeline: await entityTimeline(name), suggestions: [] };
    } catch (error) {
      // an id the archive no longer has (removed addition): offer what the name finds instead
      if (!(error instanceof Error) || !/not in the archive/.test(error.message)) throw error;
      name = nameInId(name);
    }
  }
  const { entities } = await askArchive({ type: 'archive/entity', name: name.slice(0, 100), limit: 5 });
  const entity = pickEntity(name, entities);
  if (!entity) return { timeline: null, suggestions: entities };
  return { timeline: await entityTimeline(entity.id), suggestions: [] };
}
