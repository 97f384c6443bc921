/**
 * Hand-made articles for the entity tests. Bodies are real sentences of the seed pages, written the way the
 * parser delivers them: paragraphs re-joined, no spaces between Chinese characters, full-width punctuation.
 */
import { buildEntities, type EntityRecord } from '../../../core/entities/index';
import type { Article, Edition } from '../../../core/types';

export const EDITIONS: Edition[] = [
  { id: '2020-04-11-p1', file: '001.txt', date: '2020-04-11', page: 1 },
  { id: '2020-05-10-p1', file: '000.txt', date: '2020-05-10', page: 1 },
  { id: '2021-08-11-p1', file: '003.txt', date: '2021-08-11', page: 1 },
  { id: '2021-08-19-p1', file: '002.txt', date: '2021-08-19', page: 1 },
  { id: '2022-03-26-p1', file: '004.txt', date: '2022-03-26', page: 1 },
];

export interface ArticleOptions {
  edition?: string;
  date?: string | null;
  headline?: string | null;
  reporters?: string[];
  photographers?: string[];
}

export function article(id: string, body: string, options: ArticleOptions = {}): Article {
  const headline = options.headline ?? null;
  return {
    id,
    edition: options.edition ?? '2020-04-11-p1',
    kind: 'news',
    headline,
    title: headline ?? body.slice(0, 20),
    reporters: options.reporters ?? [],
    photographers: options.photographers ?? [],
    source: '本报',
    date: options.date === undefined ? '2020-04-10' : options.date,
    body,
    continued: null,
  };
}

export function build(articles: Article[], editions: Edition[] = EDITIONS): EntityRecord[] {
  return buildEntities(articles, editions);
}

export function byId(entities: readonly EntityRecord[], id: string): EntityRecord | undefined {
  return entities.find((e) => e.id === id);
}

/** The person entity named `name` (the official or mentioned one, not a namesake reporter). */
export function person(entities: readonly EntityRecord[], name: string): EntityRecord {
  const found = byId(entities, `person:${name}`);
  if (!found) throw new Error(`no person ${name}`);
  return found;
}

/** The titles of a person's roles, as a set (order is by date, which these tests do not pin). */
export function titles(entity: EntityRecord): Set<string> {
  return new Set(entity.roles.map((r) => r.title));
}

export function role(entity: EntityRecord, title: string) {
  const found = entity.roles.find((r) => r.title === title);
  if (!found) throw new Error(`${entity.name} has no role ${title}: ${[...titles(entity)].join(', ')}`);
  return found;
}

export function people(entities: readonly EntityRecord[]): string[] {
  return entities.filter((e) => e.kind === 'person').map((e) => e.name);
}
