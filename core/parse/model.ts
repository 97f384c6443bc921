/**
 * Types of the parser's public API: its input (one page of text), the optional article fields it adds to the
 * archive format, and the per-page report.
 */
import type { Archive, Article, ArticleKind } from '../types';

/** One printed page as extracted text, with its archive metadata. */
export interface PageInput {
  /** Source file name (as listed in the manifest). */
  file: string;
  /** Publication date, YYYY-MM-DD. */
  date: string;
  /** Page number, from 1. */
  page: number;
  text: string;
}

/** A photo printed with an article. */
export interface ArticlePhoto {
  /** Caption text (`图为…`), '' when the photo has only a credit. */
  caption: string;
  photographers: string[];
}

/**
 * An archive article. The optional fields are written only when they have content:
 *  - `photos`: photos printed with the article (their photographers are also in `photographers`);
 *  - `continuedFrom`: the page the article comes from (`（上接1版）` → "1版").
 */
export interface ArchiveArticle extends Article {
  photos?: ArticlePhoto[];
  continuedFrom?: string;
}

/** The archive as the parser builds it: its articles carry the optional fields above. */
export interface ParsedArchive extends Archive {
  articles: ArchiveArticle[];
}

export type PageErrorCode =
  | 'too-large'
  | 'binary'
  | 'encoding'
  | 'empty'
  | 'html'
  | 'no-markers'
  | 'no-articles'
  | 'no-date'
  | 'bad-entry'
  | 'missing-file'
  | 'duplicate-edition'
  | 'internal';

/** Why a page could not be parsed. `message` names the file and the reason. */
export interface PageError {
  file: string;
  code: PageErrorCode;
  message: string;
}

export interface ArticleReport {
  id: string;
  kind: ArticleKind;
  title: string;
  headline: string | null;
  reporters: string[];
  photographers: string[];
  source: string | null;
  date: string | null;
  continued: string | null;
  /** 1-based line where the body starts. */
  line: number;
  characters: number;
}

export interface HeadlineReport {
  text: string;
  /** Id of the article it was matched to, or null when left unmatched. */
  article: string | null;
  /** 1-based source lines. */
  lines: number[];
}

export interface CaptionReport {
  text: string;
  photographers: string[];
  /** Article the photo was attached to (or the photo article it became). */
  article: string | null;
  lines: number[];
}

export interface PageParseReport {
  file: string;
  /** Edition id, or null when the page failed before one could be made. */
  edition: string | null;
  date: string | null;
  page: number | null;
  error: PageError | null;
  articles: ArticleReport[];
  headlines: HeadlineReport[];
  captions: CaptionReport[];
  banners: string[];
  warnings: string[];
}

export interface ArchiveReport {
  pages: PageParseReport[];
  /** Pages that could not be parsed. */
  failed: number;
  articles: number;
  /** Problems that concern the whole archive rather than one page. */
  warnings: string[];
}
