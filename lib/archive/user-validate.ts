/**
 * Validators of the messages about the reader's additions. They check shapes and sizes; what a page says (its
 * date, its text) is checked per file by the parser, so one bad file is an error in the result, not a refused
 * request.
 */
import type { ImportPage, SavedArticleInput } from '@/core/additions/types';
import { InvalidField, int, str, validating } from '../messages/validate';

/** Pages per import request, and characters per page (pages over the parser's own limit get its error). */
export const IMPORT_LIMITS = {
  pages: 1000,
  pageChars: 6_000_000,
  json: 512 * 1024 * 1024,
  articleChars: 500_000,
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new InvalidField(`${what} must be an object`);
  return value as Record<string, unknown>;
}

export function validateImport(raw: Record<string, unknown>): { pages: ImportPage[] } | string {
  return validating(() => {
    const pages = raw['pages'];
    if (!Array.isArray(pages) || pages.length === 0 || pages.length > IMPORT_LIMITS.pages)
      throw new InvalidField(`"pages" must be an array of 1 to ${IMPORT_LIMITS.pages} pages`);
    return {
      pages: pages.map((value, i) => {
        const page = record(value, `pages[${i}]`);
        return {
          fileName: str(page, 'fileName', { max: 500 }),
          // checked per file by the parser, so a bad date is that file's error
          date: str(page, 'date', { max: 40 }),
          page: int(page, 'page', { min: 0, max: 100_000 })!,
          text: str(page, 'text', { max: IMPORT_LIMITS.pageChars }),
        };
      }),
    };
  });
}

function nullableString(raw: Record<string, unknown>, key: string, max: number): string | null {
  const value = raw[key];
  if (value === null || value === undefined) return null;
  return str(raw, key, { max });
}

export function validateSaveArticle(raw: Record<string, unknown>): { article: SavedArticleInput } | string {
  return validating(() => {
    const a = record(raw['article'], '"article"');
    const url = str(a, 'url', { max: 4000 });
    if (!/^https?:\/\//i.test(url)) throw new InvalidField('"url" must be an http(s) address');
    const text = str(a, 'text', { max: IMPORT_LIMITS.articleChars });
    if (!text.trim()) throw new InvalidField('"text" is empty: there is no article to save');
    const date = nullableString(a, 'date', 10);
    if (date !== null && !DATE.test(date)) throw new InvalidField('"date" must be YYYY-MM-DD or null');
    const article: SavedArticleInput = {
      url,
      title: str(a, 'title', { max: 500 }),
      site: str(a, 'site', { max: 200 }),
      date,
      byline: nullableString(a, 'byline', 200),
      text,
    };
    if (a['edition'] !== undefined) {
      const edition = record(a['edition'], '"edition"');
      article.edition = {
        page: int(edition, 'page', { min: 1, max: 1000 })!,
        section: nullableString(edition, 'section', 100),
      };
    }
    return { article };
  });
}

export function validateRemoveAddition(raw: Record<string, unknown>): { id: string } | string {
  return validating(() => ({ id: str(raw, 'id', { max: 200 }) }));
}

export function validateImportJson(raw: Record<string, unknown>): { json: string } | string {
  return validating(() => ({ json: str(raw, 'json', { max: IMPORT_LIMITS.json }) }));
}

export function validateNothing(): Record<never, never> {
  return {};
}
