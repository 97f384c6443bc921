/**
 * The search engine facade: one per index reader. Storage-agnostic; the word segmenter is supplied as a function
 * so it can arrive later (jieba warming up) without blocking the first queries.
 */
import type { Article, Edition } from '../types';
import { loadContext, type EngineContext } from './context';
import { docEntities, intToDate } from './docs';
import { findEntities, summarize, timeline } from './entities';
import type { IndexReader } from './reader';
import { related } from './related';
import { search } from './search';
import type { Tokenizer } from './tokenizer';
import type { EntitySummary, RelatedItem, SearchRequest, SearchResult, Timeline } from './types';

export interface ArticleView {
  article: Article;
  edition: Edition | null;
  /** Publication date, YYYY-MM-DD. */
  date: string;
  entities: EntitySummary[];
}

export interface SearchEngine {
  /** Loads what stays in memory (statistics, document table, lexicon); later calls reuse it. */
  ready(): Promise<void>;
  /**
   * Hands the archive's entity names to the segmenter, if one is available now (otherwise the first query that
   * finds one does it). Returns which path queries take from now on.
   */
  prepareTokenizer(): Promise<'jieba' | 'quick'>;
  search(request: SearchRequest): Promise<SearchResult>;
  relatedToText(text: string, limit?: number): Promise<RelatedItem[]>;
  relatedToArticle(id: string, limit?: number): Promise<RelatedItem[] | null>;
  findEntities(name: string, limit?: number): Promise<EntitySummary[]>;
  timeline(entityId: string): Promise<Timeline | null>;
  article(id: string): Promise<ArticleView | null>;
}

export function createSearchEngine(
  reader: IndexReader,
  tokenizer: () => Tokenizer | null = () => null,
): SearchEngine {
  let context: Promise<EngineContext> | null = null;
  const ctx = () => {
    context ??= loadContext(reader, tokenizer).catch((error: unknown) => {
      context = null; // a failed load (storage hiccup) is retried on the next call
      throw error;
    });
    return context;
  };
  return {
    async ready() {
      await ctx();
    },
    async prepareTokenizer() {
      return (await ctx()).tokenizer() ? 'jieba' : 'quick';
    },
    async search(request) {
      return search(await ctx(), request);
    },
    async relatedToText(text, limit = 8) {
      return related(await ctx(), { text }, limit);
    },
    async relatedToArticle(id, limit = 8) {
      const c = await ctx();
      const doc = c.docOf.get(id);
      if (doc === undefined) return null;
      const article = (await c.reader.articles([doc])).get(doc);
      if (!article) return null;
      const text = `${article.headline ?? article.title}\n${article.body}`;
      return related(c, { text, entities: [...docEntities(c.docs, doc)], exclude: doc }, limit);
    },
    async findEntities(name, limit = 10) {
      return findEntities(await ctx(), name, limit);
    },
    async timeline(entityId) {
      return timeline(await ctx(), entityId);
    },
    async article(id) {
      const c = await ctx();
      const doc = c.docOf.get(id);
      if (doc === undefined) return null;
      const article = (await c.reader.articles([doc])).get(doc);
      if (!article) return null;
      const edition = (await c.reader.edition(article.edition)) ?? null;
      const entities = [...new Set(docEntities(c.docs, doc))].map((e) => summarize(c.entities.entry(e)!));
      return { article, edition, date: intToDate(c.docs.dates[doc]!), entities };
    },
  };
}
