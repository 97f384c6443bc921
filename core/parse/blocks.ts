/**
 * Second pass: source lines → page items. Re-joins hard-wrapped lines into paragraphs and sets apart every
 * line that is not running text (markers, bylines, captions, banners, headlines, vertical headlines).
 *
 * A paragraph ends on a line that ends a sentence (。！？ and closing quotes) or on a line much shorter than its
 * neighbours (the short last line of a paragraph in a column). A blank line means nothing: some pages put one
 * after every line. A paragraph interrupted by a caption or a vertical headline continues after it.
 */
import { splitTrailingByline, standaloneBylineNames } from './bylines';
import {
  isBannerLine,
  isCaptionStart,
  isParallelPhrases,
  isVerticalCharacter,
  matchContinuation,
  matchPhotoCredit,
  type ContinuationMark,
  type PhotoCredit,
} from './classify';
import type { SourceLine } from './lines';
import { bylineLineNames, markerKindOf, markerWrappedOf, type MarkerKind } from './markers';
import { isLetterSpaced } from './normalize';
import { compact, endsMidSentence, endsSentence, hasSentencePunctuation } from './text';

export interface Paragraph {
  lines: SourceLine[];
  /** Line texts as they belong to the paragraph (continuation marks removed). */
  texts: string[];
  ended: boolean;
  /** Starts a new text frame (first line indented). */
  framed: boolean;
  /** A sub-heading inside an article. */
  subhead: boolean;
}

export interface VerticalColumn {
  text: string;
  lines: SourceLine[];
}

export type PageItem =
  | { type: 'marker'; kind: MarkerKind; lines: SourceLine[]; names: string[] }
  | { type: 'paragraph'; paragraph: Paragraph }
  | { type: 'headline'; line: SourceLine }
  | { type: 'vertical'; columns: VerticalColumn[] }
  | { type: 'caption'; lines: SourceLine[]; text: string; photographers: string[]; opensWithCaption: boolean }
  | { type: 'banner'; line: SourceLine }
  | { type: 'continuation'; line: SourceLine; mark: ContinuationMark };

/** Longest headline line; anything wider is running text. */
const MAX_HEADLINE_CHARS = 40;
/** How far a caption that opens with 图为 may run before its credit. */
const MAX_CAPTION_LINES = 4;
/** A line narrower than this share of its neighbours is the short last line of a paragraph. */
const SHORT_LINE_RATIO = 0.5;
/** Fewer one-character lines in a row are wrapped text, not a vertical headline. */
const MIN_VERTICAL_CHARACTERS = 3;

/**
 * What each line is, computed once per page (several passes look ahead, and a page may have many lines).
 */
interface LineFacts {
  lines: readonly SourceLine[];
  marker: Array<MarkerKind | null>;
  credit: Array<PhotoCredit | null>;
  banner: boolean[];
  /** Length of the run of one-character lines starting here. */
  verticalRun: number[];
  /** Last line of a 图为 caption starting here, or null. */
  captionEnd: Array<number | null>;
  /**
   * The first line at or after this one that is structural, has sentence punctuation, opens a text frame or
   * jumps to another page (lines.length when none): where a run of headline-shaped lines ends, however long.
   */
  runStop: number[];
}

function lineFacts(lines: readonly SourceLine[]): LineFacts {
  const marker = lines.map(
    (line, i) => markerKindOf(line.text) ?? markerWrappedOf(line.text, lines[i + 1]?.text),
  );
  const credit = lines.map((line) => matchPhotoCredit(line.text));
  const banner = lines.map((line, i) => marker[i] === null && isBannerLine(line.text));
  const verticalRun: number[] = new Array<number>(lines.length).fill(0);
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    verticalRun[i] = isVerticalCharacter(lines[i]?.text ?? '') ? 1 + (verticalRun[i + 1] ?? 0) : 0;
  }
  const captionEnd = lines.map((line, start): number | null => {
    if (!isCaptionStart(line.text)) return null;
    for (let i = start; i < Math.min(lines.length, start + MAX_CAPTION_LINES); i += 1) {
      if (i > start && marker[i] !== null) return null;
      if (credit[i] !== null) return i;
    }
    return null;
  });
  const facts = { lines, marker, credit, banner, verticalRun, captionEnd, runStop: [] as number[] };
  const runStop = new Array<number>(lines.length).fill(lines.length);
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const line = lines[i];
    const stops =
      isStructural(facts, i) ||
      hasSentencePunctuation(line?.text ?? '') ||
      line?.indented === true ||
      matchContinuation(line?.text ?? '') !== null;
    runStop[i] = stops ? i : (runStop[i + 1] ?? lines.length);
  }
  facts.runStop = runStop;
  return facts;
}

/** Lines that can never continue running text. */
function isStructural(facts: LineFacts, index: number): boolean {
  if (index >= facts.lines.length) return true;
  return (
    facts.marker[index] !== null ||
    (facts.verticalRun[index] ?? 0) >= MIN_VERTICAL_CHARACTERS ||
    facts.captionEnd[index] !== null ||
    facts.credit[index] !== null ||
    facts.banner[index] === true
  );
}

/**
 * At a paragraph boundary, decides whether a line is a headline line rather than the first line of a new
 * paragraph: it has no sentence punctuation and either looks like a headline (parallel phrases, letter
 * spacing), is much narrower than the text that follows, or is followed only by other such lines up to
 * something that is not running text.
 */
function isHeadlineLine(facts: LineFacts, index: number): boolean {
  const lines = facts.lines;
  const line = lines[index];
  if (line === undefined) return false;
  if (hasSentencePunctuation(line.text) || endsSentence(line.text)) return false;
  if (compact(line.text).length > MAX_HEADLINE_CHARS) return false;
  if (isParallelPhrases(line.text) || isLetterSpaced(line.text)) return true;
  const next = lines[index + 1];
  if (next === undefined || isStructural(facts, index + 1)) return true;
  if (line.width < SHORT_LINE_RATIO * next.width) return true;
  // Headline blocks can be of any length (several articles' headlines together at the top or the bottom).
  // The run may also end where a new text frame starts (a headline above an article without a marker).
  const stop = facts.runStop[index + 1] ?? lines.length;
  return stop >= lines.length || isStructural(facts, stop) || lines[stop]?.indented === true;
}

/** Columns at most this wide are hard-wrapped newspaper columns (wider lines are whole paragraphs). */
const MAX_COLUMN_WIDTH = 40;
/** The first line of a paragraph is indented by two characters. */
const PARAGRAPH_INDENT = 2;
/** A full line may overhang its column by one punctuation mark (or fall short of it by one). */
const FULL_LINE_TOLERANCE = 1;

/** Lines of a paragraph looked at to know its column. */
const COLUMN_SAMPLE = 6;

/**
 * The width of the column a paragraph is set in, from its own last lines and, when it has only one or two, the
 * lines printed around it — never from the line whose fate is being decided, which may be a headline of any
 * width. The widest line is taken — the second widest when neighbours are sampled, so that one wide neighbour
 * (a headline, a marker) does not count; a full line may overhang by a punctuation mark, hence the tolerance
 * below.
 */
function columnOf(facts: LineFacts, index: number, paragraph: Paragraph): number {
  const sample = paragraph.lines.slice(-COLUMN_SAMPLE);
  if (sample.length < 3) {
    for (const k of [index - 2, index - 1, index + 2, index + 3]) {
      const around = facts.lines[k];
      if (around !== undefined && !sample.includes(around) && !isStructural(facts, k)) sample.push(around);
    }
  }
  const widths = sample.map((line) => line.width).sort((a, b) => b - a);
  const around = sample.length - paragraph.lines.slice(-COLUMN_SAMPLE).length;
  return (around > 0 && widths.length >= 4 ? widths[1] : widths[0]) ?? 0;
}

/**
 * A sentence can end exactly at the end of a full line while its paragraph goes on. The first line of a new
 * paragraph is indented (two characters narrower than the column), so a full line after a full line ending a
 * sentence continues the same paragraph — unless that line is a headline (as wide as the column, or wider).
 */
function continuesAfterFullLine(facts: LineFacts, index: number, paragraph: Paragraph): boolean {
  const lines = facts.lines;
  const line = lines[index];
  const next = lines[index + 1];
  if (line === undefined || next === undefined || isStructural(facts, index + 1)) return false;
  // A letter-spaced line is set apart on purpose (a sub-heading), not wrapped.
  if (isParallelPhrases(next.text) || isLetterSpaced(line.text)) return false;
  const column = columnOf(facts, index, paragraph);
  if (column > MAX_COLUMN_WIDTH) return false;
  const fits = (width: number, measure: number): boolean =>
    width >= measure - FULL_LINE_TOLERANCE && width <= measure + FULL_LINE_TOLERANCE;
  // The paragraph's first line is indented: it is full two characters short of the column.
  const measure = paragraph.lines.length === 1 ? column - PARAGRAPH_INDENT : column;
  // After an indented first line the next line must fill the column exactly (no overhang): a wider line is
  // more likely a paragraph of a ragged column.
  const nextFits =
    paragraph.lines.length === 1
      ? fits(next.width, column) && next.width <= column
      : fits(next.width, column);
  return fits(line.width, measure) && nextFits && !isHeadlineLine(facts, index + 1);
}

/** Whether the line just added to a paragraph is its last line. */
function closesParagraph(facts: LineFacts, index: number, paragraph: Paragraph): boolean {
  const text = paragraph.texts[paragraph.texts.length - 1] ?? '';
  if (splitTrailingByline(text) !== null) return true;
  if (endsSentence(text)) return !continuesAfterFullLine(facts, index, paragraph);
  if (endsMidSentence(text)) return false;
  const lines = facts.lines;
  const line = lines[index];
  if (line === undefined) return true;
  // Only a line after a full line can be a short last line; the first line of a paragraph says nothing about
  // the column (in pages printed one paragraph per line, the next line is a whole paragraph).
  const previous = paragraph.lines.length >= 2 ? paragraph.lines[paragraph.lines.length - 2] : undefined;
  if (previous === undefined) return false;
  const next = isStructural(facts, index + 1) ? undefined : lines[index + 1];
  const shorterThanPrevious = line.width < SHORT_LINE_RATIO * previous.width;
  const shorterThanNext = next === undefined || line.width < SHORT_LINE_RATIO * next.width;
  return shorterThanPrevious && shorterThanNext;
}

function bylineBlock(facts: LineFacts, start: number): { end: number; names: string[] } {
  const lines = facts.lines;
  const first = lines[start];
  const names = first === undefined ? [] : (bylineLineNames(first.text) ?? []);
  let end = start + 1;
  while (end < lines.length) {
    const line = lines[end];
    if (line === undefined || facts.marker[end] !== null) break;
    const more = bylineLineNames(line.text);
    if (more === null) break;
    names.push(...more);
    end += 1;
  }
  return { end, names };
}

function verticalColumns(lines: readonly SourceLine[], start: number, length: number): VerticalColumn[] {
  const columns: VerticalColumn[] = [];
  let current: VerticalColumn | null = null;
  for (let i = start; i < start + length; i += 1) {
    const line = lines[i];
    if (line === undefined) continue;
    const previous = lines[i - 1];
    // Columns are printed as runs of adjacent lines; a blank line separates them.
    if (current === null || previous === undefined || previous.index !== line.index - 1) {
      current = { text: '', lines: [] };
      columns.push(current);
    }
    current.text += compact(line.text);
    current.lines.push(line);
  }
  return columns;
}

export function buildPageItems(lines: readonly SourceLine[]): PageItem[] {
  const facts = lineFacts(lines);
  const items: PageItem[] = [];
  let open: Paragraph | null = null;

  const startParagraph = (line: SourceLine, text: string): Paragraph => {
    const paragraph: Paragraph = {
      lines: [line],
      texts: [text],
      ended: false,
      framed: line.indented,
      subhead: false,
    };
    items.push({ type: 'paragraph', paragraph });
    return paragraph;
  };

  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line === undefined) break;

    const verticalLength = facts.verticalRun[i] ?? 0;
    if (verticalLength >= MIN_VERTICAL_CHARACTERS) {
      items.push({ type: 'vertical', columns: verticalColumns(lines, i, verticalLength) });
      i += verticalLength;
      continue;
    }

    const marker = facts.marker[i] ?? null;
    if (marker === 'feature-byline' || marker === 'commentary') {
      open = null;
      const block = marker === 'feature-byline' ? bylineBlock(facts, i) : { end: i + 1, names: [] };
      items.push({ type: 'marker', kind: marker, lines: lines.slice(i, block.end), names: block.names });
      i = block.end;
      continue;
    }

    const captionLast = facts.captionEnd[i] ?? null;
    if (captionLast !== null) {
      const captionLines = lines.slice(i, captionLast + 1);
      const credit = matchPhotoCredit(captionLines[captionLines.length - 1]?.text ?? '');
      const text = [...captionLines.slice(0, -1).map((l) => l.text), credit?.caption ?? ''].join('');
      items.push({
        type: 'caption',
        lines: captionLines,
        text,
        photographers: credit?.photographers ?? [],
        opensWithCaption: true,
      });
      i = captionLast + 1;
      continue;
    }

    const credit = facts.credit[i] ?? null;
    if (credit !== null && marker === null) {
      items.push({
        type: 'caption',
        lines: [line],
        text: credit.caption,
        photographers: credit.photographers,
        opensWithCaption: isCaptionStart(credit.caption),
      });
      i += 1;
      continue;
    }

    if (facts.banner[i] === true) {
      items.push({ type: 'banner', line });
      i += 1;
      continue;
    }

    const continuation = matchContinuation(line.text);
    const text = continuation === null ? line.text : continuation.rest;

    if (marker !== null) {
      // A dispatch marker opens the lead paragraph of a new article.
      items.push({ type: 'marker', kind: marker, lines: [line], names: [] });
      open = startParagraph(line, text);
    } else if (text === '') {
      // A line holding only a continuation mark.
    } else if (open !== null && !open.ended && !line.indented) {
      // A line marked as opening a text frame never continues the paragraph before it, even one left open (an
      // article's last line printed elsewhere): the frame cue is checked on every line.
      open.lines.push(line);
      open.texts.push(text);
    } else if (open !== null && continuation === null && standaloneBylineNames(text) !== null) {
      // A byline is a byline wherever it stands: on its own line it still ends the paragraph before it.
      open.lines.push(line);
      open.texts.push(text);
      i += 1;
      continue;
    } else if (continuation === null && isHeadlineLine(facts, i)) {
      items.push({ type: 'headline', line });
      i += 1;
      continue;
    } else {
      open = startParagraph(line, text);
    }

    if (open !== null && text !== '' && closesParagraph(facts, i, open)) open.ended = true;
    if (continuation !== null) {
      items.push({ type: 'continuation', line, mark: continuation });
      if (open !== null) open.ended = true;
      open = null;
    }
    i += 1;
  }
  return items;
}
