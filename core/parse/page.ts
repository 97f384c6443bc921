/**
 * Parses one page: the pipeline lines → items → segments → repairs → draft articles → captions → headlines,
 * then the final articles with ids, dates and titles, and the page report.
 */
import type { Edition } from '../types';
import { buildPageItems } from './blocks';
import { isFeatureHeadline, stripContinuations } from './classify';
import { matchCaptions } from './captions';
import { matchOpeningDate, resolveDatelineDate } from './dateline';
import { draftArticle, draftPhotoArticle, type DraftArticle } from './draft';
import { matchHeadlines, type MatchedHeadline } from './headlines';
import { splitSourceLines } from './lines';
import type {
  ArchiveArticle,
  CaptionReport,
  HeadlineReport,
  PageError,
  PageInput,
  PageParseReport,
} from './model';
import { normalizeBodyText } from './normalize';
import { repairSegments } from './repairs';
import { segmentPage, type Caption } from './segment';
import { deriveTitle } from './title';
import { validatePageInput } from './validate';

export interface ParsedPage {
  edition: Edition;
  articles: ArchiveArticle[];
  report: PageParseReport;
}

export type PageResult = { ok: true; page: ParsedPage } | { ok: false; report: PageParseReport };

/** `2020-04-11-p1`: one edition per publication date and page. */
export function editionId(date: string, page: number): string {
  return `${date}-p${page}`;
}

/** `2020-04-11-p1-a3`: articles are numbered from 1 in the order their bodies start on the page. */
export function articleId(edition: string, position: number): string {
  return `${edition}-a${position + 1}`;
}

export function failedPageReport(
  error: PageError,
  input?: { date?: unknown; page?: unknown },
): PageParseReport {
  return {
    file: error.file,
    edition: null,
    date: typeof input?.date === 'string' ? input.date : null,
    page: typeof input?.page === 'number' ? input.page : null,
    error,
    articles: [],
    headlines: [],
    captions: [],
    banners: [],
    warnings: [],
  };
}

function bodyOf(draft: DraftArticle): string {
  return draft.paragraphs.join('\n');
}

function attachFreeCaptions(drafts: DraftArticle[], captions: readonly Caption[]): DraftArticle[] {
  const owners = matchCaptions(captions, drafts.map(bodyOf));
  const photoArticles: DraftArticle[] = [];
  captions.forEach((caption, i) => {
    const owner = owners[i];
    const draft = owner === null || owner === undefined ? undefined : drafts[owner];
    const text = normalizeBodyText(caption.text);
    if (draft === undefined || text === '') {
      photoArticles.push(draftPhotoArticle(caption));
      return;
    }
    draft.photos.push({ caption: text, photographers: [...caption.photographers] });
    draft.photographers = [...new Set([...draft.photographers, ...caption.photographers])];
    draft.lines.push(...caption.lines);
    draft.captions.push(caption);
  });
  return [...drafts, ...photoArticles];
}

function titleOf(headline: string | null, body: string, photographers: readonly string[]): string {
  if (headline !== null && headline.trim() !== '') return headline;
  if (body.trim() === '' && photographers.length > 0) return `图片（摄影：${photographers.join('、')}）`;
  return deriveTitle(body);
}

function headlineWarnings(matches: readonly MatchedHeadline[], warnings: string[]): void {
  for (const match of matches) {
    if (match.article !== null || match.banner) continue;
    const lines = match.group.lines.flatMap((line) => line.lines.map((l) => l.number));
    warnings.push(`line ${lines.join(', ')}: headline "${match.text}" matches no article on the page`);
  }
}

/** The final article for a draft, once its position and headline are known. */
function finishArticle(
  draft: DraftArticle,
  id: string,
  edition: Edition,
  headline: string | null,
  warnings: string[],
): ArchiveArticle {
  const marks = stripContinuations(bodyOf(draft));
  const body = marks.text;
  const kind =
    draft.kind === 'news' &&
    draft.segment?.origin === 'unmarked' &&
    headline !== null &&
    isFeatureHeadline(headline)
      ? 'feature'
      : draft.kind;
  let date: string | null = null;
  if (draft.dateline !== null) {
    date = resolveDatelineDate(draft.dateline, edition.date);
    if (date === null) {
      const { month, day } = draft.dateline;
      warnings.push(`line ${draft.startIndex + 1}: dateline ${month}月${day}日 is not a real date`);
    }
  }
  const article: ArchiveArticle = {
    id,
    edition: edition.id,
    kind,
    headline,
    title: titleOf(headline, body, draft.photographers),
    reporters: draft.reporters,
    photographers: draft.photographers,
    source: draft.source,
    date,
    body,
    continued: draft.continued ?? marks.to,
  };
  if (date === null && kind !== 'photo') {
    const opening = matchOpeningDate(body.split('\n', 1)[0] ?? '');
    const openingDate = opening === null ? null : resolveDatelineDate(opening, edition.date);
    if (openingDate !== null) article.openingDate = openingDate;
  }
  if (draft.photos.length > 0) article.photos = draft.photos;
  const continuedFrom = draft.continuedFrom ?? marks.from;
  if (continuedFrom !== null) article.continuedFrom = continuedFrom;
  return article;
}

function pageReport(
  edition: Edition,
  articles: readonly ArchiveArticle[],
  drafts: readonly DraftArticle[],
  matches: readonly MatchedHeadline[],
  banners: readonly string[],
  warnings: string[],
): PageParseReport {
  return {
    file: edition.file,
    edition: edition.id,
    date: edition.date,
    page: edition.page,
    error: null,
    articles: articles.map((article, position) => ({
      id: article.id,
      kind: article.kind,
      title: article.title,
      headline: article.headline,
      reporters: article.reporters,
      photographers: article.photographers,
      source: article.source,
      date: article.date,
      continued: article.continued,
      line: (drafts[position]?.startIndex ?? 0) + 1,
      characters: [...article.body].length,
    })),
    headlines: matches
      .filter((match) => !match.banner)
      .map((match): HeadlineReport => ({
        text: match.text,
        article: match.article === null ? null : (articles[match.article]?.id ?? null),
        lines: match.group.lines.flatMap((line) => line.lines.map((l) => l.number)),
      })),
    captions: drafts.flatMap((draft, position) =>
      draft.captions.map((caption): CaptionReport => ({
        text: normalizeBodyText(caption.text),
        photographers: caption.photographers,
        article: articles[position]?.id ?? null,
        lines: caption.lines.map((line) => line.number),
      })),
    ),
    banners: [...banners, ...matches.filter((match) => match.banner).map((match) => match.text)],
    warnings,
  };
}

/**
 * Parses one page into its edition and articles. Returns the report of a failed page, naming the file and
 * the reason, when the input is not a usable page; never throws on text.
 */
export function parsePage(input: PageInput): PageResult {
  const validated = validatePageInput(input, 0);
  if (!validated.ok) return { ok: false, report: failedPageReport(validated.error, input) };
  const { file, date, page, text } = validated.value;
  const edition: Edition = { id: editionId(date, page), file, date, page };
  const warnings: string[] = [];

  const segmented = segmentPage(buildPageItems(splitSourceLines(text)));
  warnings.push(...segmented.warnings);
  const repaired = repairSegments(segmented.segments, warnings);
  const drafts = attachFreeCaptions(repaired.segments.map(draftArticle), [
    ...segmented.freeCaptions,
    ...repaired.orphanCaptions,
  ]).sort((a, b) => a.startIndex - b.startIndex);

  const matches = matchHeadlines(
    segmented.runs,
    drafts.map((draft) => ({ body: bodyOf(draft), segment: draft.segment })),
  );
  headlineWarnings(matches, warnings);
  const headlineOf = new Map<number, string>();
  for (const match of matches) if (match.article !== null) headlineOf.set(match.article, match.text);

  const articles = drafts.map((draft, position) =>
    finishArticle(
      draft,
      articleId(edition.id, position),
      edition,
      headlineOf.get(position) ?? null,
      warnings,
    ),
  );
  const banners = segmented.banners.map((line) => line.text);
  return {
    ok: true,
    page: { edition, articles, report: pageReport(edition, articles, drafts, matches, banners, warnings) },
  };
}
