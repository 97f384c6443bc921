/**
 * The whole installed archive (bundled + the reader's additions) read back as the archive JSON of
 * docs/archive-format.md: editions, articles in document order, entities in the builder's order (the same
 * content exports the same, whatever order it was added in).
 */
import { canonicalEntities } from '@/core/additions/canonical';
import { concatDocs, joinEntity, type EntityProfile } from '@/core/additions/profile';
import type { Lexicon } from '@/core/search/lexicon';
import { SCHEMA_VERSION, type Archive, type Article, type Edition, type Entity } from '@/core/types';
import type { LensDatabase } from './db';
import { readEditions } from './edition-months';
import { ARTICLE_CHUNK, generationRange, type ArchiveMeta } from './schema';

export async function exportArchive(db: LensDatabase, meta: ArchiveMeta): Promise<Archive> {
  const base = meta.generation;
  const top = meta.overlay?.generation;
  const [baseEditions, baseChunkKeys, baseChunks, baseEntities, lexicon, baseDocKeys, baseDocs] =
    await Promise.all([
      readEditions(db, base),
      db.getAllKeys('articles', generationRange(base)),
      db.getAll('articles', generationRange(base)),
      db.getAll('entities', generationRange(base)),
      db.get('searchIndex', [top ?? base, 'lexicon']) as Promise<Lexicon | undefined>,
      db.getAllKeys('entityDocs', generationRange(base)),
      db.getAll('entityDocs', generationRange(base)),
    ]);
  if (!lexicon) throw new Error('The installed archive is missing its lexicon.');
  const editions: Edition[] = [...baseEditions];
  const chunks = baseChunkKeys.map((key, i) => ({ c: key[1] as number, chunk: baseChunks[i]! }));
  const entities = new Map<string, EntityProfile>(baseEntities.map((e) => [e.id, e]));
  const entityDocs = new Map<string, Uint32Array[]>(
    baseDocKeys.map((k, i) => [k[1] as string, [baseDocs[i]!]]),
  );
  if (top !== undefined && meta.overlay) {
    const [topEditions, topChunkKeys, topChunks, topEntities, topDocKeys, topDocs] = await Promise.all([
      readEditions(db, top),
      db.getAllKeys('articles', generationRange(top)),
      db.getAll('articles', generationRange(top)),
      db.getAll('entities', generationRange(top)),
      db.getAllKeys('entityDocs', generationRange(top)),
      db.getAll('entityDocs', generationRange(top)),
    ]);
    topDocKeys.forEach((k, i) => {
      const id = k[1] as string;
      entityDocs.set(id, [...(entityDocs.get(id) ?? []), topDocs[i]!]);
    });
    editions.push(...topEditions);
    const first = Math.floor(meta.overlay.baseDocs / ARTICLE_CHUNK);
    const own = chunks.filter(({ c }) => c < first);
    chunks.length = 0;
    chunks.push(...own, ...topChunkKeys.map((key, i) => ({ c: key[1] as number, chunk: topChunks[i]! })));
    for (const e of topEntities) entities.set(e.id, e);
  }
  chunks.sort((a, b) => a.c - b.c);
  const articles: Article[] = chunks.flatMap(({ chunk }) => chunk.articles);
  // editions in the order of their first article, as the archive lists them
  const firstArticle = new Map<string, number>();
  articles.forEach((a, i) => {
    if (!firstArticle.has(a.edition)) firstArticle.set(a.edition, i);
  });
  editions.sort((a, b) => (firstArticle.get(a.id) ?? Infinity) - (firstArticle.get(b.id) ?? Infinity));
  return {
    schemaVersion: SCHEMA_VERSION,
    editions,
    articles,
    entities: canonicalEntities(
      lexicon.entries.flatMap((entry): Entity[] => {
        const profile = entities.get(entry.id);
        if (!profile) return [];
        const docs = concatDocs(entityDocs.get(entry.id) ?? []);
        return [
          joinEntity(
            profile,
            Array.from(docs, (d) => articles[d]!.id),
          ),
        ];
      }),
      articles.map((a) => a.id),
    ),
  };
}
