/**
 * The entity layer of the archive: people (with the posts the archive shows them in, over time), places,
 * organisations and topics, built from parsed articles. Pure TypeScript: runs in Node at build time and in
 * the extension when a reader imports pages.
 */
import type { Article, Edition } from '../types';
import { buildEntityRecords, type EntityBuildOptions } from './build';
import type { EntityRecord } from './types';

export type { EntityBuildOptions } from './build';
export { addTopArticles, mergeTopArticles, PROFILE_ARTICLES, publicationDate } from './profile';
export type {
  CoAppearance,
  ProfileArticle,
  Designation,
  EntityRecord,
  Occupation,
  PlaceType,
  RoleRecord,
} from './types';
export { jiebaUserWords, type JiebaUserWord } from './jieba';
export { summarizeEntities } from './summary';
export { TOPICS, type TopicDef } from './topics';

/** Builds the entity layer of the archive from parsed articles. Deterministic for a given input. */
export function buildEntities(
  articles: Article[],
  editions: Edition[],
  options?: EntityBuildOptions,
): EntityRecord[] {
  return buildEntityRecords(articles, editions, options);
}
