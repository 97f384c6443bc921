/**
 * The real archive's entities carried over to a synthetic archive: each entity (and each of its posts) is linked
 * to the synthetic articles built from sentences that mention it, instead of running entity extraction again
 * over N articles (about 1.3 ms an article: minutes at 100 000). Names, aliases, kinds and posts stay the real
 * ones, so the matcher payload and the entity mix are those of the real archive; only article lists and the
 * posts' first/last dates follow the synthetic articles.
 */
import type { Archive, Article, Entity, Role } from '../core/types';
import { sentencesOf, syntheticArchive, type SyntheticOptions } from './synthetic';

interface Mention {
  entity: number;
  /** Real articles the sentence comes from (a post counts only sentences of its own articles). */
  from: ReadonlySet<string>;
}

function surfaces(entity: Entity): string[] {
  // Pinyin aliases never occur in article text; only CJK forms can be found in a sentence.
  return [entity.name, ...entity.aliases].filter((s) => /[\u3400-\u9fff]/.test(s) && s.length >= 2);
}

/** Which entities each real sentence or headline mentions, with the real articles it comes from. */
function mentionTable(source: Archive): Map<string, Mention[]> {
  const origins = new Map<string, Set<string>>();
  for (const article of source.articles) {
    const pieces = [...sentencesOf(article.body), ...(article.headline ? [article.headline] : [])];
    for (const piece of pieces) {
      const set = origins.get(piece) ?? new Set<string>();
      set.add(article.id);
      origins.set(piece, set);
    }
  }
  const names = source.entities.map(surfaces);
  const table = new Map<string, Mention[]>();
  for (const [piece, from] of origins) {
    const found: Mention[] = [];
    names.forEach((list, entity) => {
      if (list.some((name) => piece.includes(name))) found.push({ entity, from });
    });
    if (found.length > 0) table.set(piece, found);
  }
  return table;
}

function remapRole(
  role: Role,
  linked: Map<string, ReadonlySet<string>>,
  dates: Map<string, string>,
): Role | null {
  const real = new Set(role.articles);
  const articles = [...linked].filter(([, from]) => [...from].some((id) => real.has(id))).map(([id]) => id);
  if (articles.length === 0) return null;
  const days = articles.map((id) => dates.get(id) ?? '').sort();
  return { ...role, first: days[0] ?? role.first, last: days.at(-1) ?? role.last, articles };
}

/** `synthetic` with the entities of `source`, linked to the synthetic articles whose sentences mention them. */
export function carryEntities(synthetic: Archive, source: Archive): Archive {
  const table = mentionTable(source);
  const editionDate = new Map(synthetic.editions.map((e) => [e.id, e.date]));
  const dates = new Map(synthetic.articles.map((a) => [a.id, editionDate.get(a.edition) ?? '']));
  // entity index → synthetic article id → the real articles its mentioning sentences come from
  const linked = source.entities.map(() => new Map<string, Set<string>>());
  const byName = new Map(source.entities.map((e, i) => [e.name, i]));
  const link = (entity: number, article: Article, from: Iterable<string>) => {
    const map = linked[entity]!;
    const set = map.get(article.id) ?? new Set<string>();
    for (const id of from) set.add(id);
    map.set(article.id, set);
  };
  for (const article of synthetic.articles) {
    const pieces = [...sentencesOf(article.body), ...(article.headline ? [article.headline] : [])];
    for (const piece of pieces) for (const m of table.get(piece) ?? []) link(m.entity, article, m.from);
    // Reporters are named in bylines, not sentences.
    for (const name of [...article.reporters, ...article.photographers]) {
      const entity = byName.get(name);
      if (entity !== undefined) link(entity, article, []);
    }
  }
  const entities = source.entities.map((entity, i) => {
    const map = linked[i]!;
    const roles = entity.roles
      .map((role) => remapRole(role, map, dates))
      .filter((r): r is Role => r !== null);
    return { ...entity, roles, articles: [...map.keys()] };
  });
  return { ...synthetic, entities };
}

/** The benchmark's synthetic archive: `syntheticArchive` of the real one, with the real entities carried over. */
export function syntheticWithEntities(source: Archive, options: SyntheticOptions = {}): Archive {
  return carryEntities(syntheticArchive(source, options), source);
}
