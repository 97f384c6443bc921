/**
 * Messages the background answers about the archive, for every extension page and content script.
 * Send them with `askArchive` (lib/archive/client.ts); each reply type is given by `ArchiveRequests`.
 *
 * Until the archive is installed, every message but `archive/status` is answered with the error code
 * 'not-ready'. Poll `archive/status` (e.g. every 500 ms) while `ready` is false to show the load's progress.
 */
import type { ImportPage, SavedArticleInput } from '@/core/additions/types';
import type { PageErrorCode } from '@/core/parse';
import type {
  ArticleView,
  EntitySummary,
  RelatedItem,
  SearchRequest,
  SearchResult,
  Timeline,
} from '@/core/search';
import type { LoadPhase } from '@/lib/storage/loader';
import type { ImportPhase } from './additions';

export type {
  ArticleView,
  EntitySummary,
  RelatedItem,
  SearchHit,
  SearchRequest,
  SearchResult,
  Segment,
  Timeline,
} from '@/core/search';

export interface ArchiveStatus {
  /**
   * empty: nothing installed yet (first start, before the load begins) · loading: the first install is running ·
   * ready: searchable · updating: searchable (the previous archive answers) while a new one is written ·
   * error: the last load failed (see `error`); a previously installed archive still answers when `ready`.
   */
  state: 'empty' | 'loading' | 'ready' | 'updating' | 'error';
  /** True when search, entity, related, timeline and article messages can be answered. */
  ready: boolean;
  /**
   * What the running load is doing ('fetch': reading the bundled files; 'import-*': committing the reader's
   * additions, while the previous archive answers), or null when none runs.
   */
  phase: LoadPhase | 'fetch' | ImportPhase | null;
  /** 0–1 progress of the running load; 1 when none runs and an archive is installed. */
  progress: number;
  archive: {
    version: string;
    loadedAt: string;
    counts: { editions: number; articles: number; entities: number; terms: number };
  } | null;
  error: string | null;
  /**
   * What went wrong, when the reader can do something about it or should wait: 'storage-full' (the browser
   * refused to store the archive; the load is retried until it fits) · 'repairing' (the stored archive was
   * found damaged or deleted and is being installed again) · null.
   */
  fault: 'storage-full' | 'repairing' | null;
  search: {
    /** 'quick' until jieba is warm; searches answered meanwhile say so and can be asked again. */
    tokenizer: 'quick' | 'jieba';
    /** Milliseconds jieba took to compile and to build its dictionary in this background, once known. */
    jiebaCompileMs: number | null;
    jiebaWarmMs: number | null;
    jiebaError: string | null;
  };
}

export interface RelatedRequest {
  /** Text of a page (only the first 20 000 characters are read). Give exactly one of text and articleId. */
  text?: string;
  articleId?: string;
  limit?: number;
}

export interface ArchiveRequests {
  'archive/status': { request: Record<never, never>; reply: ArchiveStatus };
  'archive/search': { request: SearchRequest; reply: SearchResult };
  /** Entities by name, traditional characters, pinyin or initials; exact spellings first. */
  'archive/entity': { request: { name: string; limit?: number }; reply: { entities: EntitySummary[] } };
  'archive/related': { request: RelatedRequest; reply: { items: RelatedItem[] } };
  'archive/timeline': { request: { entityId: string }; reply: Timeline };
  'archive/article': { request: { id: string }; reply: ArticleView };
}

export type AllArchiveRequests = ArchiveRequests & UserArchiveRequests;
export type ArchiveMessageType = keyof AllArchiveRequests;
export type ArchiveMessage<K extends ArchiveMessageType> = { type: K } & AllArchiveRequests[K]['request'];
export type ArchiveReply<K extends ArchiveMessageType> = AllArchiveRequests[K]['reply'];

/** Input limits; longer or larger values are rejected with 'bad-request'. */
export const LIMITS = {
  query: 500,
  name: 100,
  id: 200,
  text: 200_000,
  results: 100,
  offset: 10_000,
  related: 50,
  entities: 10,
} as const;

// ---------------------------------------------------------------------------------------------------------------
// The reader's own additions: imported newspaper pages, saved web articles, export, reset.
// The options page and the side panel decode and preview files themselves (core/import); the background
// re-parses what it is sent, so a commit never trusts a preview. Progress of a running import is reported by
// `archive/status` (`phase` 'import-parse' | 'import-entities' | 'import-index' | 'import-write', `progress`).
// ---------------------------------------------------------------------------------------------------------------

// One decoded front-page file to import, and a web article extracted in the content script (Readability), are
// declared with the additions they become: core/additions/types.ts.
export type { ImportPage, SavedArticleInput };

/** Something the reader added, as listed on the options page. */
export interface UserAddition {
  id: string;
  kind: 'page' | 'saved';
  /** Headline of a saved article, file name of an imported page. */
  label: string;
  /** Publication date, YYYY-MM-DD, or null. */
  date: string | null;
  url: string | null;
  /** Article ids the addition contributed. */
  articles: string[];
  addedAt: string;
}

export interface ImportResult {
  /** Pages written; pages whose content fingerprint was already in the archive are skipped, not errors. */
  added: number;
  skipped: number;
  articles: number;
  /** Per-file problems (`code` for the page's language, `message` in English); the other files still import. */
  errors: { fileName: string; code: PageErrorCode; message: string }[];
}

export interface UserArchiveRequests {
  /** Parses, extracts entities, merges and indexes the pages, then switches to the new generation. */
  'archive/import': { request: { pages: ImportPage[] }; reply: ImportResult };
  /**
   * Readies the background for an import (jieba, pinyin, traditional forms) while the reader looks at the
   * preview; answers once it is ready.
   */
  'archive/import-prepare': { request: Record<never, never>; reply: { ready: true } };
  /** Stops a running import; the previous archive keeps answering. */
  'archive/import-cancel': { request: Record<never, never>; reply: { cancelled: boolean } };
  /** Saves a web article as an article of kind 'saved'. `duplicate` when the same URL and text are stored. */
  'archive/save-article': {
    request: { article: SavedArticleInput };
    reply: { articleId: string; duplicate: boolean };
  };
  'archive/additions': { request: Record<never, never>; reply: { additions: UserAddition[] } };
  'archive/remove-addition': { request: { id: string }; reply: { removed: boolean } };
  /** The whole archive (bundled + imported + saved) in the format of docs/archive-format.md, as JSON text. */
  'archive/export': { request: Record<never, never>; reply: { json: string; fileName: string } };
  /** Imports an exported archive JSON: its articles not already in the archive become additions. */
  'archive/import-json': { request: { json: string }; reply: ImportResult };
  /** Removes every addition: back to the bundled archive. */
  'archive/reset': { request: Record<never, never>; reply: { removed: number } };
}
