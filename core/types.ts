/**
 * The archive's data model, shared by the parser (build time, Node), the storage layer (IndexedDB in the
 * background) and every UI. Field names are the public archive format: see docs/archive-format.md.
 */

export const SCHEMA_VERSION = 1;

import type { ArticleKind } from './article-kinds';

/** Article kinds are listed in `article-kinds.ts`. */
export type { ArticleKind };
export type EntityKind = 'person' | 'place' | 'organization' | 'topic';

/** One printed page. */
export interface Edition {
  id: string;
  /** Source file name as listed in the manifest. */
  file: string;
  /** Publication date, YYYY-MM-DD. */
  date: string;
  page: number;
}

export interface Article {
  id: string;
  /** Id of the edition (page) the article was printed on; '' for a saved web article. */
  edition: string;
  kind: ArticleKind;
  /** The printed headline (kicker / main / sub lines joined with a space), or null when none is printed. */
  headline: string | null;
  /** Headline, or a title derived from the lead when there is none. Never empty. */
  title: string;
  reporters: string[];
  photographers: string[];
  /** '本报', '新华社', … or null when the page does not say. */
  source: string | null;
  /** Dateline date, YYYY-MM-DD, or null when the article has no dateline. */
  date: string | null;
  /**
   * Without a dateline: the event date a later sentence of the lead opens with (`……3月24日，我市正式启动…`),
   * YYYY-MM-DD. Absent otherwise.
   */
  openingDate?: string;
  /** Paragraphs joined by "\n". */
  body: string;
  /** Where the article continues (e.g. "4版"), or null. */
  continued: string | null;
  /** Saved web articles: the page's address and the site's name. */
  url?: string;
  site?: string;
  /** Saved from the paper's own digital edition: the printed page (第N版) and its section, when it names one. */
  printedPage?: number;
  section?: string;
}

export interface Role {
  title: string;
  org?: string;
  first: string;
  last: string;
  articles: string[];
}

export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  roles: Role[];
  articles: string[];
}

export interface Archive {
  schemaVersion: number;
  editions: Edition[];
  articles: Article[];
  entities: Entity[];
}
