/** The engine's public request and result shapes (also what the background sends to pages). */
import type { ArticleKind, EntityKind } from '../types';

/** A piece of text, marked when it matched the query. UIs render text, never HTML. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** 'date': newest first; 'oldest': oldest first; 'relevance': best first (equal scores to the newer). */
export type SortOrder = 'relevance' | 'date' | 'oldest';

export interface SearchRequest {
  query: string;
  limit?: number;
  offset?: number;
  /** Publication date range, YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
  /** Entity ids the articles must all mention (person, place, organisation, topic). */
  entities?: string[];
  kinds?: ArticleKind[];
  sort?: SortOrder;
}

export interface SearchHit {
  id: string;
  title: string;
  titleSegments: Segment[];
  /** Publication date (the edition's), YYYY-MM-DD. */
  date: string;
  /** The dateline's date, when the article has one. */
  eventDate: string | null;
  kind: ArticleKind;
  score: number;
  snippet: Segment[];
}

export interface SearchResult {
  /** Matching articles in all (hits is one page of them). */
  total: number;
  hits: SearchHit[];
  /** 'quick' while the word segmenter warms up: bigrams and entity names only; ask again for 'jieba' results. */
  tokenizer: 'jieba' | 'quick';
  normalized: string;
  terms: string[];
  tookMs: number;
}

export interface EntitySummary {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  articles: number;
}

export interface RelatedItem {
  id: string;
  title: string;
  date: string;
  kind: ArticleKind;
  score: number;
  /** Why it is related, readable as it is: "孙大军 · 文明城市 · 创建". */
  reason: string;
  sharedEntities: { id: string; name: string; kind: EntityKind }[];
  sharedTerms: string[];
}

export interface TimelineArticle {
  id: string;
  title: string;
  date: string;
  kind: ArticleKind;
}

export interface Timeline {
  entity: EntitySummary;
  /** People and places: the name in pinyin as English texts print it (`Sūn Dàjūn`), when known. */
  pinyin?: string;
  roles: { title: string; org?: string; first: string; last: string; articles: string[] }[];
  /** Oldest first. */
  articles: TimelineArticle[];
  /** "YYYY-MM" → articles that month, oldest month first; months without mentions are left out. */
  perMonth: { month: string; count: number }[];
  /** People mentioned in the same articles, most shared articles first. */
  coPeople: { id: string; name: string; count: number }[];
}
