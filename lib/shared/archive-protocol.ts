/**
 * What the archive's messages carry: the shapes of their replies. The messages themselves (types, payload
 * schemas, reply types) are declared once, in lib/shared/messages/to-background.ts; send them with `askArchive`
 * (lib/shared/archive-client.ts).
 */
import type { ImportPage, SavedArticleInput } from '@/core/additions/types';
import type { PageErrorCode } from '@/core/parse';
import type { LoadPhase } from '@/lib/background/storage/loader';
import type { ImportPhase } from '../background/archive/additions';

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

/** Input limits, named once for every message: see lib/shared/messages/limits.ts. */
export { LIMITS } from '@/lib/shared/messages/limits';

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

// ---------------------------------------------------------------------------------------------------------------
// Posts and succession (answered by lib/background/posts/post-handlers.ts from the post index of the installed archive). Every
// date is a printing date: a span runs from the first to the last article printing the person in the post.
// ---------------------------------------------------------------------------------------------------------------

export type { Coverage } from '@/core/coverage';
export type { HoldersOn, PersonPost, PostAnswer, PostView } from '@/core/posts';

// The reader's private notes (one per entity, post or article), in a store of their own that archive updates
// and resets never touch.
export type { Note, NoteHit, NoteTarget } from '@/core/notes';
