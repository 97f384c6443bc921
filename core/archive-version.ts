/**
 * The archive's version: one digest names the archive's content wherever it matters. The build labels the
 * bundled archive with it, installation compares it to decide whether the installed archive is current, the
 * search index is stamped with it, and with the reader's additions laid over the archive the overlaid version
 * names what caches (matcher, posts) were built from.
 *
 * The digests are stored (installed archives, index stamps, additions' ids): changing how they are computed
 * would make every installed archive look stale and every addition new. The tests pin their values.
 */
import { fnv1a } from './search/hash';
import type { Archive } from './types';

const SECOND_SEED = 0x01000193 ^ 0x5bd1e995;

function hex(a: number, b: number): string {
  return (a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0')).slice(0, 16);
}

/** 16 hex characters: two FNV-1a passes over the text with different seeds (64 bits, collisions unseen). */
export function contentDigest(text: string): string {
  return hex(fnv1a(text), fnv1a(text, SECOND_SEED));
}

/**
 * The version of an archive: a digest of everything search and the overlay depend on (article ids, headlines,
 * text, editions, entity names and links). An index or an installed copy built from another archive is
 * detected and rebuilt instead of answering wrongly.
 */
export function archiveVersion(archive: Archive): string {
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
  return hex(a, b);
}

/** The version of the archive `base` (its `archiveVersion`) with additions (their content digests) laid over it. */
export function overlaidVersion(base: string, additions: readonly string[]): string {
  return contentDigest([base, ...additions].join('|'));
}
