import type { EntityRecord } from '../entities/types';
import type { Article, Edition } from '../types';

/**
 * What a reader adds to the archive, kept as it was given (the page's text, the saved article) so the archive's
 * share of it can be recomputed at any time: after a removal, or over a new bundled archive.
 */

/** One decoded front-page text file in the seeds' format. */
export interface ImportPage {
  /** The file's name (shown in errors and in the list of imported pages). */
  fileName: string;
  /** Publication date, YYYY-MM-DD (from manifest.json, the file name or the form). */
  date: string;
  /** Page number (第N版); 1 when unknown. */
  page: number;
  /** The file's text, already decoded (UTF-8, GB18030, UTF-16 …). */
  text: string;
}

/** A web article extracted in the content script, to be saved into the archive. */
export interface SavedArticleInput {
  url: string;
  title: string;
  /** The site's name (og:site_name, or the host). */
  site: string;
  /** YYYY-MM-DD from the page-date rules, or null when unsure. */
  date: string | null;
  byline: string | null;
  text: string;
  /** Set on the paper's own digital edition: the printed page number and section. */
  edition?: { page: number; section: string | null };
}

interface AdditionBase {
  /** `<kind>:<fingerprint>`: the same content is the same addition. */
  id: string;
  /** Content fingerprint (see `fingerprint.ts`). */
  fingerprint: string;
  addedAt: string;
  /**
   * 'pending' while the commit that adds it runs (a crashed commit is finished on the next start; a cancelled
   * or failed one removes it), 'committed' once the archive answering includes it.
   */
  state: 'pending' | 'committed';
  /** Article ids it contributed to the installed archive (empty until committed). */
  contributed: string[];
  /**
   * The entities extracted from those articles alone, as they were merged (absent until committed, and in
   * additions committed before they were kept): removing another addition lays these again without re-reading.
   */
  mentions?: EntityRecord[];
}

export interface PageAddition extends AdditionBase {
  kind: 'page';
  page: ImportPage;
}

export interface SavedAddition extends AdditionBase {
  kind: 'saved';
  article: SavedArticleInput;
}

/** Records read from an exported archive (one edition with its articles, or one saved article), taken as they are. */
export interface RecordsAddition extends AdditionBase {
  kind: 'records';
  editions: Edition[];
  articles: Article[];
}

export type Addition = PageAddition | SavedAddition | RecordsAddition;
