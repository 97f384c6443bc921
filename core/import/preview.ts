/**
 * The preview of a page before it is imported: the articles the parser finds on it (headline, kind, date,
 * bylines) and its warnings, computed with the same parser the archive runs, so what the reader confirms is
 * what will be imported.
 */
import type { ArticleKind } from '../types';
import { parsePage, type PageError } from '../parse/index';

export interface ArticlePreview {
  id: string;
  title: string;
  /** Whether the title is the printed headline (else it is derived from the lead). */
  printedHeadline: boolean;
  kind: ArticleKind;
  /** Dateline date, or null. */
  date: string | null;
  reporters: string[];
  photographers: string[];
  source: string | null;
  characters: number;
}

export interface PagePreview {
  fileName: string;
  date: string;
  page: number;
  articles: ArticlePreview[];
  warnings: string[];
  error: PageError | null;
}

export function previewPage(input: {
  fileName: string;
  date: string;
  page: number;
  text: string;
}): PagePreview {
  const result = parsePage({ file: input.fileName, date: input.date, page: input.page, text: input.text });
  const base = { fileName: input.fileName, date: input.date, page: input.page };
  if (!result.ok) return { ...base, articles: [], warnings: [], error: result.report.error };
  const { report } = result.page;
  return {
    ...base,
    articles: report.articles.map((article) => ({
      id: article.id,
      title: article.title,
      printedHeadline: article.headline !== null,
      kind: article.kind,
      date: article.date,
      reporters: article.reporters,
      photographers: article.photographers,
      source: article.source,
      characters: article.characters,
    })),
    warnings: report.warnings,
    error: null,
  };
}
