/**
 * Messages the background answers about the archive, for every extension page and content script.
 * Send them with `askArchive` (lib/archive/client.ts); each reply type is given by `ArchiveRequests`.
 *
 * Until the archive is installed, every message but `archive/status` is answered with the error code
 * 'not-ready'. Poll `archive/status` (e.g. every 500 ms) while `ready` is false to show the load's progress.
 */
import type {
  ArticleView,
  EntitySummary,
  RelatedItem,
  SearchRequest,
  SearchResult,
  Timeline,
} from '@/core/search';
import type { LoadPhase } from '@/lib/storage/loader';

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
  /** What the running load is doing ('fetch': reading the bundled files), or null when none runs. */
  phase: LoadPhase | 'fetch' | null;
  /** 0–1 progress of the running load; 1 when none runs and an archive is installed. */
  progress: number;
  archive: {
    version: string;
    loadedAt: string;
    counts: { editions: number; articles: number; entities: number; terms: number };
  } | null;
  error: string | null;
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

export type ArchiveMessageType = keyof ArchiveRequests;
export type ArchiveMessage<K extends ArchiveMessageType> = { type: K } & ArchiveRequests[K]['request'];
export type ArchiveReply<K extends ArchiveMessageType> = ArchiveRequests[K]['reply'];

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
