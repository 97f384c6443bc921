/**
 * Extracts the article a page shows, for saving it into the archive: Readability finds the article (title,
 * byline, text without the page's menus and link lists); the date follows the page-date rules the hover card
 * uses (core/match), and on the paper's digital edition the page number and section come from its header.
 */
import { findPageDate } from '@/core/match';
import { parseIsoDate } from '@/core/parse';
import { editionDateFromUrl, findEdition, headlineFrom } from '@/core/save';
import type { SavedArticleInput } from '../../shared/archive-protocol';
import { loadReadability } from './readability-loader';

/** The archive's message limit for text; an article beyond it is cut, not refused. */
const MAX_TEXT = 200_000;
const MAX_TITLE = 300;
/** How much of the page's visible text the date and the edition's header are read from. */
const OPENING_CHARS = 20_000;

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, th, dd, dt';

/** The article's paragraphs, one per line, from the HTML Readability kept. */
export function paragraphsOf(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const blocks = [...doc.body.querySelectorAll<HTMLElement>(BLOCKS)].filter(
    (el) => !el.querySelector(BLOCKS), // the innermost blocks only, so no text is taken twice
  );
  const texts = (blocks.length > 0 ? blocks : [doc.body])
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((text) => text !== '');
  return texts.join('\n');
}

function metaContent(doc: Document, selector: string): string | null {
  const value = doc.querySelector<HTMLMetaElement>(selector)?.content?.trim();
  return value ? value : null;
}

function isoDay(value: string | null | undefined): string | null {
  const day = value?.trim().slice(0, 10) ?? '';
  return parseIsoDate(day) ? day : null;
}

const today = (): string => new Date().toISOString().slice(0, 10);

/** The article on this page, or null when Readability finds no article text. */
export async function extractArticle(doc: Document = document): Promise<SavedArticleInput | null> {
  const Readability = await loadReadability();
  // Readability rewrites the document it reads: it gets a copy, never the page.
  const parsed = new Readability(doc.cloneNode(true) as Document).parse();
  const text = parsed?.content ? paragraphsOf(parsed.content) : '';
  if (!parsed || text.trim() === '') return null;
  const url = doc.location?.href ?? '';
  // innerText puts line breaks between blocks, which the page-date rules read line by line.
  const opening = (doc.body?.innerText ?? '').slice(0, OPENING_CHARS);
  const edition = findEdition(url, opening);
  const pageDate = findPageDate(opening, { today: today() });
  const date = edition
    ? (editionDateFromUrl(url) ?? pageDate)
    : (pageDate ??
      isoDay(parsed.publishedTime) ??
      isoDay(metaContent(doc, 'meta[property="article:published_time"]')));
  const host = (() => {
    try {
      return new URL(url).hostname;
    } catch {
      return '';
    }
  })();
  const headings = [...doc.querySelectorAll('h1, h2')].map((h) => h.textContent ?? '');
  const title = headlineFrom(parsed.title || doc.title || text.split('\n')[0] || host, headings).slice(
    0,
    MAX_TITLE,
  );
  return {
    url,
    title,
    site: (parsed.siteName || metaContent(doc, 'meta[property="og:site_name"]') || host).trim(),
    date,
    byline: parsed.byline?.trim() || null,
    text: text.slice(0, MAX_TEXT),
    ...(edition ? { edition } : {}),
  };
}
