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
  const segmenter = new PageSegmenter();
  items.forEach((item, position) => segmenter.read(item, items[position + 1]));
  return segmenter.finish();
}

type ItemOf<T extends PageItem['type']> = Extract<PageItem, { type: T }>;

/** Reads page items in order, one method per kind of item; the state is where the reading stands. */
class PageSegmenter {
  private readonly page: SegmentedPage = {
    segments: [],
    runs: [],
    freeCaptions: [],
    banners: [],
    warnings: [],
  };
  private current: Segment | null = null;
  private pending: PendingRun | null = null;
  private justFinishedRun: HeadlineRun | null = null;
  private nextStart: SegmentStart = 'page-start';
  private previousItem: PageItem | null = null;
  // Banners and slogans are printed across columns, often right through an article: they do not tell where the
  // article stands, so the item before them does.
  private previousContent: PageItem | null = null;
  private contentBeforeRun: PageItem | null = null;

  /** One item; `next` is the item after it (a photo story's end is decided by what follows). */
  read(item: PageItem, next: PageItem | undefined): void {
    if (item.type === 'headline' && this.pending !== null && !this.pending.run.vertical) {
      this.pending.run.lines.push({ text: normalizeHeadlineLine(item.line.text), lines: [item.line] });
      this.previousItem = item;
      this.previousContent = item;
      return;
    }
    this.finishRun(item);
    switch (item.type) {
      case 'headline':
      case 'vertical':
        this.startRun(item);
        break;
      case 'marker':
        this.readMarker(item);
        break;
      case 'paragraph':
        this.readParagraph(item);
        break;
      case 'caption':
        this.readCaption(item, next);
        break;
      case 'banner':
        this.page.banners.push(item.line);
        break;
      case 'continuation':
        this.readContinuation(item);
        break;
    }
    this.previousItem = item;
    if (item.type !== 'banner') this.previousContent = item;
  }

  finish(): SegmentedPage {
    this.finishRun(null);
    return this.page;
  }

  private open(origin: SegmentOrigin, start: SegmentStart): Segment {
    const segment = newSegment(origin, start, this.current);
    this.page.segments.push(segment);
    if (this.justFinishedRun !== null) this.justFinishedRun.next = segment;
    this.current = segment;
    return segment;
  }

  /** Ends the reading of an article: what comes next starts another one, from `start`. */
  private close(segment: Segment, start: SegmentStart): void {
    segment.closed = true;
    this.nextStart = start;
  }

  /** A headline run: its lines gather until something else comes (`finishRun` decides what the run was). */
  private startRun(item: ItemOf<'headline'> | ItemOf<'vertical'>): void {
    const lines =
      item.type === 'vertical'
        ? distinctColumns(item.columns)
        : [{ text: normalizeHeadlineLine(item.line.text), lines: [item.line] }];
    const afterParagraphOf = this.previousContent?.type === 'paragraph' ? this.current : null;
    this.contentBeforeRun = this.previousContent;
    this.pending = {
      run: {
        lines,
        vertical: item.type === 'vertical',
        next: null,
        besideBanner: this.previousItem?.type === 'banner',
      },
      afterParagraphOf,
    };
  }

  /** The run gathered so far, now that `next` follows it: a sub-heading, a slogan by a banner, or headlines. */
  private finishRun(next: PageItem | null): void {
    this.justFinishedRun = null;
    if (this.pending === null) return;
    const { run, afterParagraphOf } = this.pending;
    this.pending = null;
    if (afterParagraphOf !== null && this.isSubheading(run, afterParagraphOf, next)) {
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
      this.page.runs.push(run);
      this.previousContent = this.contentBeforeRun;
      return;
    }
    if (next?.type === 'banner') run.besideBanner = true;
    this.page.runs.push(run);
    if (this.current !== null) this.current.closed = true;
    this.nextStart = 'after-headline';
    this.justFinishedRun = run;
  }

  /** A short run between two paragraphs of the article still being read. */
  private isSubheading(run: HeadlineRun, afterParagraphOf: Segment, next: PageItem | null): boolean {
    return (
      !run.vertical &&
      run.lines.length <= MAX_SUBHEAD_LINES &&
      next?.type === 'paragraph' &&
      !next.paragraph.framed &&
      afterParagraphOf === this.current &&
      !afterParagraphOf.closed
    );
  }

  private readMarker(item: ItemOf<'marker'>): void {
    const segment = this.open(item.kind, 'marker');
    segment.markerLines = item.lines;
    segment.bylineNames = item.names;
  }

  private readParagraph(item: ItemOf<'paragraph'>): void {
    const reading = this.current;
    let owner: Segment;
    if (reading === null || reading.closed) {
      owner = this.open('unmarked', this.nextStart);
    } else if (item.paragraph.framed && reading.paragraphs.length > 0) {
      owner = this.open('unmarked', 'frame');
    } else {
      owner = reading;
    }
    owner.paragraphs.push(item.paragraph);
    // The names that end an article: what follows is another article.
    if (isSigned(item.paragraph)) this.close(owner, 'after-byline');
  }

  private readCaption(item: ItemOf<'caption'>, next: PageItem | undefined): void {
    const caption: Caption = {
      lines: item.lines,
      text: item.text,
      photographers: item.photographers,
      opensWithCaption: item.opensWithCaption,
    };
    const reading = this.current;
    if (reading === null || reading.closed) {
      this.page.freeCaptions.push(caption);
    } else if (endsPhotoStory(reading, item, next)) {
      this.endPhotoStory(reading, item);
    } else if (item.opensWithCaption) {
      reading.captions.push(caption);
    } else if (reading.photoCredit === null) {
      // A credit without 图为 ends a photo story (or credits the article's own photo).
      reading.photoCredit = caption;
      if (reading.origin === 'unmarked') this.close(reading, 'after-photo');
    } else {
      this.page.freeCaptions.push(caption);
    }
  }

  /** The photo story's last sentence describes its photo (`图为…`), then its credit closes it. */
  private endPhotoStory(reading: Segment, item: ItemOf<'caption'>): void {
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
    this.close(reading, 'after-photo');
  }

  private readContinuation(item: ItemOf<'continuation'>): void {
    const reading = this.current;
    if (reading === null) {
      this.page.warnings.push(
        `line ${item.line.number}: continuation mark "${item.line.text}" before any article`,
      );
    } else if (item.mark.direction === 'to') {
      reading.continued = item.mark.target;
      this.close(reading, 'after-continuation');
    } else {
      reading.continuedFrom = item.mark.target;
    }
  }
}
