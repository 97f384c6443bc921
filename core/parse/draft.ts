/**
 * Fourth pass: a repaired segment → a draft article. Extracts marker, byline, dateline and trailing byline
 * from the text, and normalises the paragraphs. Headlines and free captions are attached afterwards.
 */
import type { ArticleKind } from '../types';
import { splitTrailingByline, uniqueNames } from './bylines';
import { matchLeadingDate, type MonthDay } from './dateline';
import type { SourceLine } from './lines';
import { parseDispatchLead } from './markers';
import type { ArticlePhoto } from './model';
import { joinWrappedLines, normalizeBodyText } from './normalize';
import type { RepairedSegment } from './repairs';
import type { Caption } from './segment';

export interface DraftArticle {
  kind: ArticleKind;
  source: string | null;
  reporters: string[];
  photographers: string[];
  dateline: MonthDay | null;
  paragraphs: string[];
  photos: ArticlePhoto[];
  continued: string | null;
  continuedFrom: string | null;
  /** Line where the body starts (0-based index), for reading order. */
  startIndex: number;
  /** Every source line the article was built from (body, markers, bylines, captions). */
  lines: SourceLine[];
  /** Captions and photo credits printed with the article. */
  captions: Caption[];
  segment: RepairedSegment | null;
}

function kindOf(segment: RepairedSegment, dispatch: boolean): ArticleKind {
  if (segment.origin === 'commentary') return 'commentary';
  if (segment.origin === 'feature-byline') return 'feature';
  if (dispatch) return 'news';
  if (segment.origin === 'unmarked' && segment.photoCredit !== null) return 'photo';
  return 'news';
}

function photoOf(caption: { text: string; photographers: string[] }): ArticlePhoto {
  return { caption: normalizeBodyText(caption.text), photographers: [...caption.photographers] };
}

export function draftArticle(segment: RepairedSegment): DraftArticle {
  // Paragraph text with spaces still in place, so that names in bylines stay apart.
  const spaced = segment.paragraphs.map((paragraph) => joinWrappedLines(paragraph.texts));
  const dispatch = segment.origin === 'local-dispatch' || segment.origin === 'agency-dispatch';
  const leadTexts = segment.paragraphs[0]?.texts ?? [];
  const [firstLine, ...restLines] = leadTexts;
  if (dispatch && firstLine !== undefined && restLines.length > 0 && /[（(][^）)]*$/u.test(firstLine)) {
    // The marker's byline wraps onto the next line (`本报讯（记者 冯凯治` / `王贾）…`): the line break
    // separates two names.
    spaced[0] = `${firstLine} ${joinWrappedLines(restLines)}`;
  }
  let source: string | null = null;
  let reporters: string[] = [...segment.bylineNames];
  let dateline: MonthDay | null = null;

  if (dispatch && spaced[0] !== undefined) {
    const lead = parseDispatchLead(spaced[0]);
    if (lead !== null) {
      source = lead.source;
      reporters.push(...lead.reporters);
      dateline = lead.dateline;
      spaced[0] = lead.rest;
    }
  } else if (segment.origin === 'feature-byline' || segment.origin === 'commentary') {
    // `□ 本报记者 …`, `□ 本报评论员`: the paper's own staff.
    const bylineLines = [...segment.markerLines, ...segment.detachedBylineLines];
    source = bylineLines.some((line) => line.text.includes('本报')) ? '本报' : null;
  }

  const kind = kindOf(segment, dispatch);
  if (kind === 'news' && !dispatch && spaced[0] !== undefined) {
    const date = matchLeadingDate(normalizeBodyText(spaced[0]));
    if (date !== null) dateline = { month: date.month, day: date.day };
  }

  const lastIndex = spaced.length - 1;
  const last = spaced[lastIndex];
  if (last !== undefined) {
    const trailing = splitTrailingByline(last);
    if (trailing !== null) {
      reporters.push(...trailing.names);
      spaced[lastIndex] = trailing.rest;
    }
  }
  reporters = uniqueNames(reporters);

  const photos = segment.captions.map(photoOf);
  const paragraphs = spaced.map(normalizeBodyText).filter((paragraph) => paragraph !== '');
  let photographers = photos.flatMap((photo) => photo.photographers);
  if (segment.photoCredit !== null) {
    photographers.push(...segment.photoCredit.photographers);
    const captionText = normalizeBodyText(segment.photoCredit.text);
    if (kind === 'photo') {
      if (captionText !== '') paragraphs.push(captionText);
    } else {
      photos.push({ caption: captionText, photographers: [...segment.photoCredit.photographers] });
    }
  }
  photographers = uniqueNames(photographers);

  const lines = [
    ...segment.markerLines,
    ...segment.detachedBylineLines,
    ...segment.paragraphs.flatMap((paragraph) => paragraph.lines),
    ...segment.captions.flatMap((caption) => caption.lines),
    ...(segment.photoCredit?.lines ?? []),
  ];
  const firstBody =
    segment.paragraphs[0]?.lines[0] ?? segment.markerLines[0] ?? segment.photoCredit?.lines[0];

  return {
    kind,
    source,
    reporters: kind === 'photo' ? [] : reporters,
    photographers,
    dateline: kind === 'photo' ? null : dateline,
    paragraphs,
    photos,
    continued: segment.continued,
    continuedFrom: segment.continuedFrom,
    startIndex: firstBody?.index ?? 0,
    lines,
    captions: [...segment.captions, ...(segment.photoCredit === null ? [] : [segment.photoCredit])],
    segment,
  };
}

/** A photo printed on its own with only a caption. */
export function draftPhotoArticle(caption: Caption): DraftArticle {
  const text = normalizeBodyText(caption.text);
  return {
    kind: 'photo',
    source: null,
    reporters: [],
    photographers: uniqueNames(caption.photographers),
    dateline: null,
    paragraphs: text === '' ? [] : [text],
    photos: [],
    continued: null,
    continuedFrom: null,
    startIndex: caption.lines[0]?.index ?? 0,
    lines: [...caption.lines],
    captions: [caption],
    segment: null,
  };
}
