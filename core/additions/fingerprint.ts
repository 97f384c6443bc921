/** Content fingerprints of additions: the same page or article given twice is recognised and not added again. */
import { contentDigest as digest } from '../archive-version';
import type { Article, Edition } from '../types';
import type { ImportPage, SavedArticleInput } from './types';

/** Whitespace and line breaks differ between copies of one page (CRLF, trailing spaces): they do not count. */
function compact(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\s+/g, '');
}

/** A page is its date, page number and printed text; the file's name does not matter. */
export function pageFingerprint(page: ImportPage): string {
  return digest(`${page.date}|${page.page}|${compact(page.text)}`);
}

/** A saved article is its address and its text. */
export function savedFingerprint(article: SavedArticleInput): string {
  return digest(`${article.url}|${compact(article.text)}`);
}

/** Records from an exported archive are their ids and text. */
export function recordsFingerprint(editions: readonly Edition[], articles: readonly Article[]): string {
  const parts = [
    ...editions.map((e) => `${e.id}|${e.date}|${e.page}`),
    ...articles.map((a) => `${a.id}|${a.title}|${compact(a.body)}`),
  ];
  return digest(parts.join('\n'));
}
