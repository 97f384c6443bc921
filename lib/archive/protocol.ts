/**
 * Messages the background answers about the archive, for every extension page and content script.
 * Send them with `askArchive` (lib/archive/client.ts); each reply type is given by `ArchiveRequests`.
 *
 * Until the archive is installed, every message but `archive/status` is answered with the error code
 * 'not-ready'. Poll `archive/status` (e.g. every 500 ms) while `ready` is false to show the load's progress.
 */
import type { ImportPage, SavedArticleInput } from '@/core/additions/types';
import type { Citation } from '@/core/cite/article';
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
import type { Coverage } from '@/core/coverage';
import type { HoldersOn, PersonPost, PostAnswer, PostView } from '@/core/posts';
import type { Note, NoteHit, NoteTarget } from '@/core/notes';

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
  // Citations: the same text wherever a reader copies one (reader view, card, search results).
  /** An article's citation in Chinese and in English (pinyin computed here, not in the content script). */
  'archive/cite': { request: { id: string }; reply: Citation };
}

export type AllArchiveRequests = ArchiveRequests & UserArchiveRequests & PostRequests & NoteRequests;
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
  /** An exported archive's notes: new ones, newer versions written over older, and ones already here. */
  notes?: { added: number; updated: number; kept: number };
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

// ---------------------------------------------------------------------------------------------------------------
// Posts and succession (answered by lib/posts/handlers.ts from the post index of the installed archive). Every
// date is a printing date: a span runs from the first to the last article printing the person in the post.
// ---------------------------------------------------------------------------------------------------------------

export type { Coverage } from '@/core/coverage';
export type { HoldersOn, PersonPost, PostAnswer, PostView } from '@/core/posts';

export interface PostRequests {
  /**
   * One post (`post:市委书记`, or its title): holders as spans, gaps; with `date`, who was printed then. `post`
   * is null when the archive prints nobody in it (an empty view, not an error: the coverage still says why).
   */
  'posts/post': {
    request: { id: string; date?: string };
    reply: { post: PostView | null; on: HoldersOn | null; coverage: Coverage };
  };
  /** A search box's text read as a post question (市委书记, who held 市长 on 2020-09-01), or null. */
  'posts/ask': { request: { query: string }; reply: { answer: PostAnswer | null } };
  /** A person's posts as printed spans, with who came before and after them in each. */
  'posts/person': { request: { entityId: string }; reply: { posts: PersonPost[]; coverage: Coverage } };
  /** Which editions and dates the archive holds, and its gaps. */
  'posts/coverage': { request: Record<never, never>; reply: Coverage };
}

// The reader's private notes (one per entity, post or article), in a store of their own that archive updates
// and resets never touch. Sizes are checked in the background (NOTE_LIMITS in core/notes/types.ts). Content
// scripts (the hover card) may read, write and delete one note by its target; only extension pages search them.
// ---------------------------------------------------------------------------------------------------------------

export type { Note, NoteHit, NoteTarget };

export interface NoteRequests {
  'notes/get': { request: { target: NoteTarget }; reply: { note: Note | null } };
  /** Writes the note on `target` (a new one or an edit); `label` names the target where it is not shown. */
  'notes/save': { request: { target: NoteTarget; label: string; text: string }; reply: { note: Note } };
  'notes/delete': { request: { target: NoteTarget }; reply: { deleted: boolean } };
  /** Notes whose text or label holds every word of the query, the most recently edited first. */
  'notes/search': { request: { query: string; limit?: number }; reply: { hits: NoteHit[]; total: number } };
}
