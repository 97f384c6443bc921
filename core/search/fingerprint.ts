/**
 * A short digest of everything the search index depends on (article ids, headlines, text, editions, entity names
 * and links). An index built from another archive is detected and rebuilt instead of answering wrongly.
 */
import type { Archive } from '../types';
import { fnv1a } from './hash';

export function archiveFingerprint(archive: Archive): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  const feed = (text: string) => {
    a = fnv1a(text, a);
    b = fnv1a(text, b ^ 0x5bd1e995);
  };
  for (const e of archive.editions) feed(`e${e.id}|${e.date}|${e.page}`);
  for (const x of archive.articles)
    feed(`a${x.id}|${x.edition}|${x.kind}|${x.headline ?? ''}|${x.title}|${x.body}`);
  for (const x of archive.entities)
    feed(`n${x.id}|${x.kind}|${x.name}|${x.aliases.join(',')}|${x.articles.join(',')}`);
  return (a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0')).slice(0, 16);
}
