/**
 * Lists of articles (an entity's, a search's) as CSV and as JSON, one shape for both: what a reader needs to
 * find each article again (id, dates, kind, title) and, for search results, the score and the snippet.
 */
import { PAPER } from '../cite/article';
import type { ArticleKind } from '../types';
import { toCsv } from './csv';

export interface ListedArticle {
  id: string;
  /** Publication date, YYYY-MM-DD. */
  date: string;
  /** Dateline date, when the article has one. */
  eventDate?: string | null;
  kind: ArticleKind;
  title: string;
  /** Search results: the relevance score and the snippet as plain text. */
  score?: number;
  snippet?: string;
}

export interface ArticleListExport {
  /** What the list is: `entity` (an entity's articles) or `search` (a query's results). */
  list: 'entity' | 'search';
  /** The entity's name or the query. */
  subject: string;
  /** ISO time of the export. */
  exportedAt: string;
  articles: readonly ListedArticle[];
}

export const LIST_COLUMNS = [
  'id',
  'date',
  'event_date',
  'kind',
  'title',
  'score',
  'snippet',
  'source',
] as const;

const source = (a: ListedArticle) => (a.kind === 'saved' ? 'saved web article' : PAPER.zh);

export function articleListCsv(articles: readonly ListedArticle[]): string {
  return toCsv(
    LIST_COLUMNS,
    articles.map((a) => [
      a.id,
      a.date,
      a.eventDate ?? '',
      a.kind,
      a.title,
      a.score === undefined ? '' : Math.round(a.score * 1000) / 1000,
      a.snippet ?? '',
      source(a),
    ]),
  );
}

export function articleListJson(list: ArticleListExport): string {
  const articles = list.articles.map((a) => ({
    id: a.id,
    date: a.date,
    eventDate: a.eventDate ?? null,
    kind: a.kind,
    title: a.title,
    ...(a.score === undefined ? {} : { score: a.score }),
    ...(a.snippet === undefined ? {} : { snippet: a.snippet }),
    source: source(a),
  }));
  return `${JSON.stringify({ ...list, count: articles.length, articles }, null, 2)}\n`;
}

/** A file name safe on every system: `吕梁镜-孙大军-articles-2026-11-30.csv`. */
export function exportFileName(subject: string, what: string, date: string, ext: string): string {
  const safe = subject.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 40) || 'export';
  return `lvliang-${safe}-${what}-${date.slice(0, 10)}.${ext}`;
}
