import type { Article, Edition, Entity } from '../types';

/** Builds the entity layer of the archive from parsed articles. */
export function buildEntities(articles: Article[], editions: Edition[]): Entity[] {
  void articles;
  void editions;
  return [];
}
