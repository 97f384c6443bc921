/**
 * Additions to archive records: each imported page re-parsed with the archive parser (a preview is never
 * trusted), each saved web article made an article of kind 'saved'. A page whose edition the archive already
 * holds is not added twice: it is skipped when it prints the same articles, refused otherwise.
 */
import { parsePage } from '../parse/page';
import { normalizeBodyText } from '../parse/normalize';
import { deriveTitle } from '../parse/title';
import type { PageError } from '../parse/model';
import type { Article, Edition } from '../types';
import type { Addition, SavedArticleInput } from './types';

/** What the archive the additions go into already holds (by id). */
export interface Existing {
  edition(id: string): boolean;
  /** The title the archive has for an article id, or undefined. */
  articleTitle(id: string): string | undefined;
}

export interface Materialized {
  editions: Edition[];
  articles: Article[];
  /** Article ids per addition id (additions that failed or were skipped have none). */
  contributed: Map<string, string[]>;
  /** Additions whose content the archive already holds. */
  skipped: string[];
  /** Per addition: why it cannot be added (`file` names the page, or the article's title). */
  errors: Map<string, PageError>;
}

/** Article id of a saved web article: stable for the same content. */
export function savedArticleId(fingerprint: string): string {
  return `saved-${fingerprint}`;
}

/** Names in a page's byline, without the words around them (记者 王丽 / 作者：王丽 / By Wang Li). */
function bylineNames(byline: string | null): string[] {
  const text = (byline ?? '')
    .replace(/^\s*(?:by\s+)/i, '')
    .replace(/(?:本报|特约|实习)?(?:记者|通讯员|作者|编辑|责任编辑|撰文|文|图|摄影)\s*[:：]?\s*/g, ' ')
    .trim();
  // Chinese bylines separate names with spaces; Latin names keep theirs
  const separators = /[a-z]/i.test(text) ? /\s*(?:[,，、;；/]|\sand\s)\s*/i : /[\s,，、;；/]+/;
  return text ? [...new Set(text.split(separators).filter((n) => n.length > 0))] : [];
}

function savedArticle(input: SavedArticleInput, fingerprint: string): Article {
  const body = input.text
    .split(/\n+/)
    .map((p) => normalizeBodyText(p))
    .filter((p) => p !== '')
    .join('\n');
  const title = input.title.trim() || deriveTitle(body);
  return {
    id: savedArticleId(fingerprint),
    edition: '',
    kind: 'saved',
    headline: input.title.trim() || null,
    title,
    reporters: bylineNames(input.byline),
    photographers: [],
    source: input.site || null,
    date: input.date,
    body,
    continued: null,
    url: input.url,
    site: input.site,
    ...(input.edition ? { printedPage: input.edition.page } : {}),
    ...(input.edition?.section ? { section: input.edition.section } : {}),
  };
}

export function materialize(additions: readonly Addition[], existing: Existing): Materialized {
  const out: Materialized = {
    editions: [],
    articles: [],
    contributed: new Map(),
    skipped: [],
    errors: new Map(),
  };
  const editions = new Set<string>();
  const articles = new Set<string>();
  for (const addition of additions) {
    if (addition.kind === 'saved') {
      const article = savedArticle(addition.article, addition.fingerprint);
      if (!article.body) {
        out.errors.set(addition.id, {
          file: article.title,
          code: 'empty',
          message: 'The article has no text.',
        });
        continue;
      }
      if (articles.has(article.id) || existing.articleTitle(article.id) !== undefined) {
        out.skipped.push(addition.id);
        continue;
      }
      articles.add(article.id);
      out.articles.push(article);
      out.contributed.set(addition.id, [article.id]);
      continue;
    }
    if (addition.kind === 'records') {
      const taken = addition.articles.filter(
        (a) => !articles.has(a.id) && existing.articleTitle(a.id) === undefined,
      );
      const newEditions = addition.editions.filter((e) => !editions.has(e.id) && !existing.edition(e.id));
      if (taken.length === 0) {
        out.skipped.push(addition.id);
        continue;
      }
      for (const e of newEditions) editions.add(e.id);
      for (const a of taken) articles.add(a.id);
      out.editions.push(...newEditions);
      out.articles.push(...taken);
      out.contributed.set(
        addition.id,
        taken.map((a) => a.id),
      );
      continue;
    }
    const { fileName, date, page, text } = addition.page;
    const result = parsePage({ file: fileName, date, page, text });
    if (!result.ok) {
      out.errors.set(
        addition.id,
        result.report.error ?? {
          file: fileName,
          code: 'internal',
          message: `${fileName}: the page could not be read.`,
        },
      );
      continue;
    }
    const { edition, articles: parsed } = result.page;
    if (parsed.length === 0) {
      out.errors.set(addition.id, {
        file: fileName,
        code: 'no-articles',
        message: `${fileName}: no article was found on the page.`,
      });
      continue;
    }
    if (editions.has(edition.id) || existing.edition(edition.id)) {
      const same = !editions.has(edition.id) && parsed.every((a) => existing.articleTitle(a.id) === a.title);
      if (same) out.skipped.push(addition.id);
      else
        out.errors.set(addition.id, {
          file: fileName,
          code: 'duplicate-edition',
          message: `${fileName}: the archive already has page ${page} of ${date} with other articles.`,
        });
      continue;
    }
    editions.add(edition.id);
    out.editions.push(edition);
    out.articles.push(...parsed);
    for (const a of parsed) articles.add(a.id);
    out.contributed.set(
      addition.id,
      parsed.map((a) => a.id),
    );
  }
  return out;
}
