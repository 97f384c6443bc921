/**
 * Third pass: page items → article segments, headline runs, free captions and banners.
 *
 * An article starts at a marker, or — without one — at the first paragraph after something that ends an
 * article (a headline run, a photo credit, a continuation mark), at the top of the page, or at a paragraph
 * that opens a new text frame. Headline lines printed between two paragraphs of one article are that article's
 * sub-headings, not headlines.
 */
import type { PageItem, Paragraph, VerticalColumn } from './blocks';
import type { SourceLine } from './lines';
import type { MarkerKind } from './markers';
import { splitTrailingByline } from './bylines';
import { matchPhotoCredit } from './classify';
import { joinWrappedLines, normalizeHeadlineLine } from './normalize';

export type SegmentOrigin = MarkerKind | 'unmarked';
export type SegmentStart =
  | 'marker'
  | 'page-start'
  | 'after-headline'
  | 'after-photo'
  | 'after-continuation'
  | 'after-byline'
  | 'frame';

export interface Caption {
  lines: SourceLine[];
  text: string;
  photographers: string[];
  /** The caption opens with 图为 (describes a photo) rather than being the text of a photo story. */
  opensWithCaption: boolean;
}

export interface Segment {
  origin: SegmentOrigin;
  start: SegmentStart;
  markerLines: SourceLine[];
  /** Names from a byline printed on its own lines (`□ 本报记者 穆佳妮`). */
  bylineNames: string[];
  paragraphs: Paragraph[];
  /** 图为 captions printed inside the article. */
  captions: Caption[];
  /** Credit that ends a photo story, when this segment is one. */
  photoCredit: Caption | null;
  continued: string | null;
  continuedFrom: string | null;
  closed: boolean;
  /** The article that was being read when this one started; frames that turn out not to be articles go back. */
  previous: Segment | null;
}

export interface HeadlineLine {
  text: string;
  lines: SourceLine[];
}

export interface HeadlineRun {
  lines: HeadlineLine[];
  vertical: boolean;
  /** The article that starts right after the run, for headlines printed inline above their article. */
  next: Segment | null;
  /** Printed next to a banner: a lone slogan here is part of the banner, not a headline. */
  besideBanner: boolean;
}

export interface SegmentedPage {
  segments: Segment[];
  runs: HeadlineRun[];
  freeCaptions: Caption[];
  banners: SourceLine[];
  /** Things printed where they cannot belong to anything (a continuation mark before any article). */
  warnings: string[];
}

function newSegment(origin: SegmentOrigin, start: SegmentStart, previous: Segment | null): Segment {
  return {
    origin,
    start,
    markerLines: [],
    bylineNames: [],
    paragraphs: [],
    captions: [],
    photoCredit: null,
    continued: null,
    continuedFrom: null,
    closed: false,
    previous,
  };
}

/** Doubled vertical headlines (printed twice, e.g. with a shadow) read once. */
function distinctColumns(columns: readonly VerticalColumn[]): HeadlineLine[] {
  const lines: HeadlineLine[] = [];
  for (const column of columns) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.text === column.text) {
      last.lines.push(...column.lines);
      continue;
    }
    lines.push({ text: column.text, lines: [...column.lines] });
  }
  return lines;
}

interface PendingRun {
  run: HeadlineRun;
  /** The segment whose paragraph came right before the run, if any. */
  afterParagraphOf: Segment | null;
}

const MAX_SUBHEAD_LINES = 2;

/** A paragraph that ends with a trailing byline (`…成果。（吴改玲 王艳）`). */
function isSigned(paragraph: Paragraph): boolean {
  return splitTrailingByline(joinWrappedLines(paragraph.texts.slice(-3))) !== null;
}

/**
 * A 图为 caption that closes an article without a marker or byline, its credit on a line of its own, with
 * nothing of the article after it: the text of a photo story, whose last sentence describes its photo.
 */
function endsPhotoStory(
  reading: Segment,
  caption: Extract<PageItem, { type: 'caption' }>,
  next: PageItem | undefined,
): boolean {
  const creditLine = caption.lines[caption.lines.length - 1];
  return (
    reading.origin === 'unmarked' &&
    reading.bylineNames.length === 0 &&
    reading.photoCredit === null &&
    reading.captions.length === 0 &&
    reading.paragraphs.length > 0 &&
    caption.opensWithCaption &&
    caption.lines.length >= 2 &&
    creditLine !== undefined &&
    matchPhotoCredit(creditLine.text)?.caption === '' &&
    (next === undefined || next.type !== 'paragraph' || next.paragraph.framed)
  );
}

export function segmentPage(items: readonly PageItem[]): SegmentedPage {
  const page: SegmentedPage = { segments: [], runs: [], freeCaptions: [], banners: [], warnings: [] };
  // Declared through `as` so that the closures below, which reassign them, do not leave them narrowed to null.
  let current = null as Segment | null;
  let pending = null as PendingRun | null;
  let justFinishedRun = null as HeadlineRun | null;
  let nextStart: SegmentStart = 'page-start';
  let previousItem = null as PageItem | null;
  // Banners and slogans are printed across columns, often right through an article: they do not tell where the
  // article stands, so the item before them does.
  let previousContent = null as PageItem | null;
  let contentBeforeRun = null as PageItem | null;

  const open = (origin: SegmentOrigin, start: SegmentStart): Segment => {
    const segment = newSegment(origin, start, current);
    page.segments.push(segment);
    if (justFinishedRun !== null) justFinishedRun.next = segment;
    current = segment;
    return segment;
  };

  const finishRun = (next: PageItem | null): void => {
    justFinishedRun = null;
    if (pending === null) return;
    const { run, afterParagraphOf } = pending;
    pending = null;
    const subheading =
      !run.vertical &&
      run.lines.length <= MAX_SUBHEAD_LINES &&
      next?.type === 'paragraph' &&
      !next.paragraph.framed &&
      afterParagraphOf !== null &&
      afterParagraphOf === current &&
      !afterParagraphOf.closed;
    if (subheading) {
      // A sub-heading too long for the column wraps: its lines are one paragraph.
      const lines = run.lines.flatMap((line) => line.lines);
      afterParagraphOf.paragraphs.push({
        lines,
        texts: lines.map((l) => l.text),
        ended: true,
        framed: false,
        subhead: true,
      });
      return;
    }
    if (next?.type === 'banner' && run.lines.length === 1 && !run.vertical) {
      // A one-line slogan printed against a banner belongs to the banner: it neither ends the article it is
      // printed across nor stands between that article and what follows.
      run.besideBanner = true;
      page.runs.push(run);
      previousContent = contentBeforeRun;
      return;
    }
    if (next?.type === 'banner') run.besideBanner = true;
    page.runs.push(run);
    if (current !== null) current.closed = true;
    nextStart = 'after-headline';
    justFinishedRun = run;
  };

  items.forEach((item, position) => {
    if (item.type === 'headline' && pending !== null && !pending.run.vertical) {
      pending.run.lines.push({ text: normalizeHeadlineLine(item.line.text), lines: [item.line] });
      previousItem = item;
      previousContent = item;
      return;
    }
    finishRun(item);
    switch (item.type) {
      case 'headline':
      case 'vertical': {
        const lines =
          item.type === 'vertical'
            ? distinctColumns(item.columns)
            : [{ text: normalizeHeadlineLine(item.line.text), lines: [item.line] }];
        const afterParagraphOf = previousContent?.type === 'paragraph' ? current : null;
        contentBeforeRun = previousContent;
        pending = {
          run: {
            lines,
            vertical: item.type === 'vertical',
            next: null,
            besideBanner: previousItem?.type === 'banner',
          },
          afterParagraphOf,
        };
        break;
      }
      case 'marker': {
        const segment = open(item.kind, 'marker');
        segment.markerLines = item.lines;
        segment.bylineNames = item.names;
        break;
      }
      case 'paragraph': {
        const reading = current;
        let owner: Segment;
        if (reading === null || reading.closed) {
          owner = open('unmarked', nextStart);
        } else if (item.paragraph.framed && reading.paragraphs.length > 0) {
          owner = open('unmarked', 'frame');
        } else {
          owner = reading;
        }
        owner.paragraphs.push(item.paragraph);
        if (isSigned(item.paragraph)) {
          // The names that end an article: what follows is another article.
          owner.closed = true;
          nextStart = 'after-byline';
        }
        break;
      }
      case 'caption': {
        const caption: Caption = {
          lines: item.lines,
          text: item.text,
          photographers: item.photographers,
          opensWithCaption: item.opensWithCaption,
        };
        const reading = current;
        if (reading === null || reading.closed) {
          page.freeCaptions.push(caption);
        } else if (endsPhotoStory(reading, item, items[position + 1])) {
          // The photo story's last sentence describes its photo (`图为…`), then its credit closes it.
          const creditLine = item.lines[item.lines.length - 1];
          reading.paragraphs.push({
            lines: item.lines.slice(0, -1),
            texts: item.lines.slice(0, -1).map((line) => line.text),
            ended: true,
            framed: false,
            subhead: false,
          });
          reading.photoCredit = {
            lines: creditLine === undefined ? [] : [creditLine],
            text: '',
            photographers: item.photographers,
            opensWithCaption: false,
          };
          reading.closed = true;
          nextStart = 'after-photo';
        } else if (item.opensWithCaption) {
          reading.captions.push(caption);
        } else if (reading.photoCredit === null) {
          // A credit without 图为 ends a photo story (or credits the article's own photo).
          reading.photoCredit = caption;
          if (reading.origin === 'unmarked') {
            reading.closed = true;
            nextStart = 'after-photo';
          }
        } else {
          page.freeCaptions.push(caption);
        }
        break;
      }
      case 'banner':
        page.banners.push(item.line);
        break;
      case 'continuation': {
        const reading = current;
        if (reading === null) {
          page.warnings.push(
            `line ${item.line.number}: continuation mark "${item.line.text}" before any article`,
          );
        } else {
          if (item.mark.direction === 'to') {
            reading.continued = item.mark.target;
            reading.closed = true;
            nextStart = 'after-continuation';
          } else {
            reading.continuedFrom = item.mark.target;
          }
        }
        break;
      }
    }
    previousItem = item;
    if (item.type !== 'banner') previousContent = item;
  });
  finishRun(null);
  return page;
}
