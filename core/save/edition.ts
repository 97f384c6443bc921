/**
 * The 吕梁日报's own digital edition (数字报): an article page there prints which page of the paper it is on and
 * the page's section (`第1版:要闻`, `第 02 版：综合新闻`), and its address carries the issue's date
 * (`/xyllrb/pc/con/201811/09/c20940.html`, or `/html/2021-08/11/content_1.htm` in other e-paper systems). A
 * saved article from there keeps its page and section, as an imported page does.
 */
import { parseIsoDate } from '../parse/index';

/** Hosts of the paper's digital edition (and its subdomains). */
export const PAPER_HOSTS = ['sxllnews.cn'] as const;
const PAPER_NAME = /[吕呂]梁日[报報]/u;
const PAGE_LABEL = /第\s*0*(\d{1,3})\s*版\s*(?:[:：]\s*([\p{Script=Han}A-Za-z·]{1,12}))?/u;
/** How far into the page's text the label is looked for: it is printed in the page's header. */
const HEADER_CHARS = 2000;

export interface EditionInfo {
  page: number;
  section: string | null;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

export function isPaperHost(url: string): boolean {
  const host = hostOf(url);
  return host !== null && PAPER_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}

/**
 * The page number and section when `url` and `text` (the page's visible text, header first) are an article on
 * the paper's digital edition; null on any other page. Outside the paper's own site, a page counts only when
 * its header names the paper as well as the page, so a portal's "第1版" link list is not mistaken for it.
 */
export function findEdition(url: string, text: string): EditionInfo | null {
  const header = text.slice(0, HEADER_CHARS);
  if (!isPaperHost(url) && !PAPER_NAME.test(header)) return null;
  const label = PAGE_LABEL.exec(header);
  if (!label) return null;
  const page = Number(label[1]);
  if (page < 1 || page > 999) return null;
  return { page, section: label[2] ?? null };
}

const COMPACT_PATH = /\/((?:19|20)\d\d)(\d\d)\/(\d\d)\//u;
const DASHED_PATH = /\/((?:19|20)\d\d)-(\d\d)\/(\d\d)\//u;

/** The issue date an e-paper address carries (`/201811/09/`, `/2021-08/11/`), or null. */
export function editionDateFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const match = COMPACT_PATH.exec(path) ?? DASHED_PATH.exec(path);
  if (!match) return null;
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  return parseIsoDate(date) ? date : null;
}
