/** The post index of an archive held in memory (build, CLI, tests); the background reads its own tables. */
import { publicationDate } from '../entities/profile';
import type { Archive } from '../types';
import { buildPostIndex } from './build';
import type { PostIndex } from './types';

export function postIndexOfArchive(archive: Archive): PostIndex {
  const editions = new Map(archive.editions.map((e) => [e.id, e]));
  const articles = new Map(
    archive.articles.map((a) => [a.id, { date: publicationDate(a, editions) ?? '', title: a.title }]),
  );
  return buildPostIndex({
    people: archive.entities.filter((e) => e.kind === 'person'),
    article: (id) => articles.get(id),
    issueDates: archive.editions.map((e) => e.date),
  });
}
