/** A human-readable summary of the entity layer, printed after an archive build. */
import type { Entity } from '../types';
import type { EntityRecord } from './types';

/** How many places, organisations and topics the summary names (most mentioned first). */
const TOP = 12;

function span(first: string, last: string): string {
  return first === last ? first : `${first}…${last}`;
}

/** Most mentioned entities; places by their key, which names the county when two share a name (临县三交镇). */
function top(entities: readonly Entity[]): string {
  return entities
    .filter((e) => e.articles.length > 0)
    .slice(0, TOP)
    .map((e) => `${e.kind === 'place' ? e.id.slice('place:'.length) : e.name} ${e.articles.length}`)
    .join('、');
}

function byMentions(a: Entity, b: Entity): number {
  return b.articles.length - a.articles.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Lines like:
 *   people 58 (officials 41, reporters/photographers 20) · places 170 (mentioned 14) · organisations 31 · topics 32 (mentioned 19)
 *   张广勇: 市委副书记 2020-04-10…2022-03-25 (2 articles); 市长 2021-08-10…2022-03-26 (4 articles)
 */
export function summarizeEntities(entities: readonly Entity[]): string {
  const records = entities as readonly EntityRecord[];
  const people = records.filter((e) => e.kind === 'person').sort(byMentions);
  const places = records.filter((e) => e.kind === 'place').sort(byMentions);
  const orgs = records.filter((e) => e.kind === 'organization').sort(byMentions);
  const topics = records.filter((e) => e.kind === 'topic').sort(byMentions);
  const officials = people.filter((p) => p.roles.length > 0 || (p.designations?.length ?? 0) > 0);
  const bylined = people.filter((p) => p.occupation === 'reporter' || p.occupation === 'photographer');
  const mentioned = (list: readonly Entity[]) => list.filter((e) => e.articles.length > 0).length;
  const lines = [
    `entities ${entities.length}: people ${people.length} (officials ${officials.length}, ` +
      `reporters/photographers ${bylined.length}) · places ${places.length} (mentioned ${mentioned(places)}) · ` +
      `organisations ${orgs.length} · topics ${topics.length} (mentioned ${mentioned(topics)})`,
    'officials:',
  ];
  for (const p of officials) {
    const posts = p.roles.map((r) => `${r.title} ${span(r.first, r.last)} (${r.articles.length})`);
    const groups = (p.designations ?? []).map(
      (d) => `[${d.label}] ${span(d.first, d.last)} (${d.articles.length})`,
    );
    lines.push(`  ${p.name}: ${[...posts, ...groups].join('; ')}`);
  }
  lines.push(`places: ${top(places)}`);
  lines.push(`organisations: ${top(orgs)}`);
  lines.push(`topics: ${top(topics)}`);
  return lines.join('\n');
}
