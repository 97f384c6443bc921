/** Entities by name (Han, traditional, pinyin or initials), and the timeline of one entity. */
import { displayPinyin } from '../cite/pinyin-display';
import { countByMonth, monthList } from '../months';
import type { EntityRecord } from '../entities/types';
import type { Entity } from '../types';
import type { EngineContext } from './context';
import { ARTICLE_KINDS, docEntities, intToDate } from './docs';
import type { LexiconEntry } from './lexicon';
import { normalizeInput } from './normalize';
import type { EntitySummary, Timeline } from './types';

export function summarize(entry: LexiconEntry, entity?: Entity): EntitySummary {
  return {
    id: entry.id,
    kind: entry.kind,
    name: entry.name,
    aliases: entity?.aliases ?? entry.names.filter((n) => n !== entry.name),
    articles: entry.articles,
  };
}

/**
 * Entities a reader may mean by `name`: exact spellings first (name, alias, pinyin, initials); failing those,
 * names containing the text or pinyin starting with it. Most-mentioned first.
 */
export function findEntities(ctx: EngineContext, name: string, limit: number): EntitySummary[] {
  const key = normalizeInput(name).replace(/\s+/g, '');
  if (!key) return [];
  const index = ctx.entities;
  let found = [...new Set([...index.byHan(key), ...index.byPinyin(key)])];
  const id = index.number(name.trim());
  if (id !== undefined) found.unshift(id);
  if (found.length === 0)
    found = [...index.containing(key, limit * 4), ...index.byPinyinPrefix(key, limit * 4)];
  return [...new Set(found)]
    .map((e) => index.entry(e)!)
    .sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name, 'zh'))
    .slice(0, limit)
    .map((entry) => summarize(entry));
}

/**
 * An entity's timeline for the side panel: its posts and its stored profile (articles per month, companions),
 * the same the hover card reads, with every article it is linked to. An archive without profiles (written by
 * hand) gets them counted here from the document table.
 */
export async function timeline(ctx: EngineContext, entityId: string): Promise<Timeline | null> {
  const e = ctx.entities.number(entityId);
  const entity = (await ctx.reader.entity(entityId)) as EntityRecord | undefined;
  if (e === undefined || !entity) return null;
  const { dates, titles, kinds, ids } = ctx.docs;
  const docs = [...new Set(entity.articles)]
    .map((id) => ctx.docOf.get(id))
    .filter((d): d is number => d !== undefined)
    .sort((a, b) => dates[a]! - dates[b]! || a - b);
  return {
    entity: summarize(ctx.entities.entry(e)!, entity),
    ...(entity.pinyin ? { pinyin: displayPinyin(entity.pinyin, entity.name, entity.kind === 'person') } : {}),
    roles: entity.roles.map((r) => ({ ...r, articles: [...r.articles] })),
    articles: docs.map((d) => ({
      id: ids[d]!,
      title: titles[d] ?? '',
      date: intToDate(dates[d]!),
      kind: ARTICLE_KINDS[kinds[d]!] ?? 'news',
    })),
    perMonth: monthList(
      entity.mentionsByMonth ?? countByMonth(docs.map((d) => intToDate(ctx.docs.dates[d]!))),
    ),
    coPeople: entity.coAppearances
      ? entity.coAppearances.map(({ id, name, count }) => ({ id, name, count }))
      : countCompanions(ctx, e, docs),
  };
}

function countCompanions(ctx: EngineContext, e: number, docs: readonly number[]): Timeline['coPeople'] {
  const people = new Map<number, number>();
  for (const d of docs) {
    for (const other of new Set(docEntities(ctx.docs, d))) {
      if (other === e || ctx.entities.entry(other)?.kind !== 'person') continue;
      people.set(other, (people.get(other) ?? 0) + 1);
    }
  }
  return [...people]
    .map(([p, count]) => ({ id: ctx.entities.entry(p)!.id, name: ctx.entities.entry(p)!.name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh'))
    .slice(0, 20);
}
