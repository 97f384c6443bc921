/**
 * Citations of one article, in Chinese and in English, as a reader pastes them into a story or a paper:
 *   《吕梁日报》2021年8月11日第1版《标题》（冯凯治、王贾）
 *   Lüliang Daily (吕梁日报), 11 Aug 2021, p. 1, "标题" (Biāo tí …) [translation], by Feng Kaizhi, Wang Jia.
 * The English form keeps the headline in Chinese, reads it in pinyin and leaves a slot the reader fills with
 * their own translation. A saved web article cites its site and address instead of the paper.
 * The archive keeps bylined names without their role (记者 or 通讯员), so a citation names them without one.
 */
import type { Article, Edition } from '../types';
import { longDate } from './dates';
import { headlinePinyin, personPinyin } from './romanize';

export const PAPER = { zh: '吕梁日报', en: 'Lüliang Daily' } as const;

/** Where the English citation leaves room for the reader's translation of the headline. */
export const TRANSLATION_SLOT = '[translation]';

/** What a citation needs of an article. */
export interface CitableArticle {
  kind: Article['kind'];
  /** The printed headline, or null: the citation then says it is untitled and quotes the title derived from the lead. */
  headline: string | null;
  title: string;
  reporters: readonly string[];
  photographers: readonly string[];
  source: string | null;
  /** Publication date, YYYY-MM-DD, or null (a saved page without a date). */
  date: string | null;
  /** Printed page number, or null when unknown. */
  page: number | null;
  url?: string;
  site?: string;
}

export interface Citation {
  zh: string;
  en: string;
}

/** The citable fields of an article as the archive answers it (article, its edition, publication date). */
export function citable(view: {
  article: Article;
  edition: Edition | null;
  date: string | null;
}): CitableArticle {
  const { article } = view;
  return {
    kind: article.kind,
    headline: article.headline,
    title: article.title,
    reporters: article.reporters,
    photographers: article.photographers,
    source: article.source,
    date: view.date ?? article.date,
    page: view.edition?.page ?? article.printedPage ?? null,
    ...(article.url ? { url: article.url } : {}),
    ...(article.site ? { site: article.site } : {}),
  };
}

const AGENCIES: Readonly<Record<string, string>> = { 新华社: 'Xinhua', 中新社: 'China News Service' };

/** The byline in brackets: agency, reporters, photographers (`刘亮亮 摄`); '' when there is none. */
function bylineZh(a: CitableArticle): string {
  const parts: string[] = [];
  if (a.source && a.source !== '本报' && a.kind !== 'saved') parts.push(a.source);
  if (a.reporters.length) parts.push(a.reporters.join('、'));
  if (a.photographers.length) parts.push(`${a.photographers.join('、')} 摄`);
  return parts.length ? `（${parts.join(' ')}）` : '';
}

function bylineEn(a: CitableArticle): string {
  const parts: string[] = [];
  if (a.reporters.length) parts.push(`by ${a.reporters.map((n) => personPinyin(n)).join(', ')}`);
  if (a.photographers.length) parts.push(`photo ${a.photographers.map((n) => personPinyin(n)).join(', ')}`);
  if (a.source && a.source !== '本报' && a.kind !== 'saved') parts.push(AGENCIES[a.source] ?? a.source);
  return parts.length ? `, ${parts.join('; ')}` : '';
}

function titleZh(a: CitableArticle): string {
  return a.headline ? `《${a.headline}》` : `〔无标题，首句：${a.title}〕`;
}

function titleEn(a: CitableArticle): string {
  const text = a.headline ?? a.title;
  const read = `"${text}" (${headlinePinyin(text)}) ${TRANSLATION_SLOT}`;
  return a.headline ? read : `untitled, opening ${read}`;
}

/** 《吕梁日报》2021年8月11日第1版《标题》（冯凯治、王贾）; a saved page: 网站《标题》，2021年8月11日，address. */
export function citeZh(a: CitableArticle): string {
  const date = a.date ? longDate(a.date, 'zh') : '';
  if (a.kind === 'saved') {
    const site = a.site ? `${a.site}${a.page ? `第${a.page}版` : ''}` : '';
    const parts = [`${site}${titleZh(a)}${bylineZh(a)}`, date, a.url ?? ''].filter(Boolean);
    return parts.join('，');
  }
  return `《${PAPER.zh}》${date}${a.page ? `第${a.page}版` : ''}${titleZh(a)}${bylineZh(a)}`;
}

/** Lüliang Daily (吕梁日报), 11 Aug 2021, p. 1, "标题" (pinyin) [translation], by …; a saved page: its site, URL. */
export function citeEn(a: CitableArticle): string {
  const where: string[] = [];
  if (a.kind === 'saved') {
    if (a.site) where.push(a.site);
  } else where.push(`${PAPER.en} (${PAPER.zh})`);
  if (a.date) where.push(longDate(a.date, 'en'));
  if (a.page) where.push(`p. ${a.page}`);
  where.push(titleEn(a));
  const cited = `${where.join(', ')}${bylineEn(a)}`;
  return a.kind === 'saved' && a.url ? `${cited}, ${a.url}` : `${cited}.`;
}

export function citeArticle(a: CitableArticle): Citation {
  return { zh: citeZh(a), en: citeEn(a) };
}
