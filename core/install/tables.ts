/**
 * The tables an install stores besides the archive's own records, all derived from the archive: the search
 * document table and lexicon, each entity's profile and document list, and the post index with the archive's
 * coverage. The build derives them (in Node, with these functions) and ships them, so installing only writes;
 * an archive given without them (tests, a build without the records file) gets them at install, from the same
 * functions.
 */
import { splitEntity, type EntityProfile } from '../additions/profile';
import { coverage, type Coverage } from '../coverage';
import type { EntityRecord } from '../entities/types';
import { buildPostIndex, keptForViews, type PostIndex } from '../posts';
import { buildDocTable, intToDate, type DocTable } from '../search/docs';
import { buildLexicon, type Lexicon } from '../search/lexicon';
import type { Archive, Edition } from '../types';

export interface PostTables {
  index: PostIndex;
  coverage: Coverage;
}

export interface PrebuiltTables {
  docs: DocTable;
  lexicon: Lexicon;
  /** Per entity of the archive, in its order: the profile and its documents. */
  entities: { profile: EntityProfile; docs: Uint32Array }[];
  posts: PostTables;
}

/**
 * The post index and coverage of an archive held as stored tables: its people's profiles, the document table
 * (each supporting article's date and title) and the editions. The background builds it this way over the
 * installed layers; the build, over the archive it ships. Each span keeps the newest supporting articles the
 * views send, and their count.
 */
export function postTables(
  people: Iterable<EntityProfile>,
  docs: Pick<DocTable, 'ids' | 'titles' | 'dates'>,
  editions: Iterable<Pick<Edition, 'date' | 'page'>>,
): PostTables {
  const docOf = new Map(docs.ids.map((id, d) => [id, d]));
  const issues = [...editions];
  const index = keptForViews(
    buildPostIndex({
      people,
      article(id) {
        const d = docOf.get(id);
        const date = d === undefined ? '' : intToDate(docs.dates[d]!);
        return date ? { date, title: docs.titles[d!] ?? '' } : undefined;
      },
      issueDates: issues.map((e) => e.date),
    }),
  );
  return { index, coverage: coverage(issues) };
}

export function deriveTables(archive: Archive): PrebuiltTables {
  const docOf = new Map(archive.articles.map((a, d) => [a.id, d]));
  const docs = buildDocTable(archive);
  const entities = (archive.entities as EntityRecord[]).map((e) => splitEntity(e, (id) => docOf.get(id)));
  const people = entities.map((e) => e.profile).filter((p) => p.kind === 'person');
  return {
    docs,
    lexicon: buildLexicon(archive.entities),
    entities,
    posts: postTables(people, docs, archive.editions),
  };
}
