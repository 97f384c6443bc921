/**
 * Repairs to the segmentation that need the whole page:
 *  - a byline printed away from its article (`□ 本报记者 阮兴时` with nothing under it) joins the unmarked
 *    article that lacks one;
 *  - a text frame that turned out not to be an article (no byline, no dateline, no photo) goes back to the
 *    article it interrupted;
 *  - an article that stops mid-sentence takes back its continuation line when that line was printed inside
 *    another article (`“少跑腿”，得到了群众一致好评。`).
 */
import type { Paragraph } from './blocks';
import { matchLeadingDate } from './dateline';
import type { SourceLine } from './lines';
import { joinWrappedLines } from './normalize';
import type { Caption, Segment } from './segment';
import { compact, endsSentence } from './text';

export interface RepairedSegment extends Segment {
  /** Lines of a byline printed elsewhere that was attached to this article. */
  detachedBylineLines: SourceLine[];
}

function segmentLength(segment: Segment): number {
  return segment.paragraphs.reduce((sum, paragraph) => sum + compact(paragraph.texts.join('')).length, 0);
}

function isUnmarkedText(segment: Segment): boolean {
  return segment.origin === 'unmarked' && segment.photoCredit === null && segment.paragraphs.length > 0;
}

function firstLineNumber(segment: Segment): number {
  return segment.paragraphs[0]?.lines[0]?.number ?? segment.markerLines[0]?.number ?? 0;
}

/** Bylines with no text under them go to the longest unmarked article without a byline. */
function attachFloatingBylines(segments: RepairedSegment[], warnings: string[]): RepairedSegment[] {
  const floating = segments.filter(
    (segment) =>
      (segment.origin === 'feature-byline' || segment.origin === 'commentary') &&
      segment.paragraphs.length === 0,
  );
  const removed = new Set<Segment>();
  // Sorted once: a target stops being a candidate when it takes a byline, so the next one is simply the next.
  const candidates = segments
    .filter((segment) => isUnmarkedText(segment) && segment.bylineNames.length === 0)
    .sort((a, b) => segmentLength(b) - segmentLength(a));
  let nextCandidate = 0;
  for (const byline of floating) {
    const target = candidates[nextCandidate];
    const where = byline.markerLines.map((line) => line.number).join(', ');
    if (target === undefined) {
      warnings.push(
        `line ${where}: byline "${byline.markerLines.map((l) => l.text).join(' ')}" has no article`,
      );
      continue;
    }
    nextCandidate += 1;
    target.origin = byline.origin;
    target.bylineNames = [...byline.bylineNames];
    target.detachedBylineLines = [...byline.markerLines];
    removed.add(byline);
    warnings.push(
      `line ${where}: byline printed apart from its article; attached to the article at line ${firstLineNumber(target)}`,
    );
  }
  return segments.filter((segment) => !removed.has(segment));
}

/** A new text frame without byline, dateline or photo credit is the continuation of the article before it. */
function mergeStrayFrames(segments: RepairedSegment[]): RepairedSegment[] {
  const kept: RepairedSegment[] = [];
  const keptSet = new Set<Segment>();
  for (const segment of segments) {
    const previous = segment.previous;
    const stray =
      segment.start === 'frame' &&
      isUnmarkedText(segment) &&
      segment.bylineNames.length === 0 &&
      matchLeadingDate(joinWrappedLines(segment.paragraphs[0]?.texts ?? [])) === null &&
      previous !== null &&
      keptSet.has(previous);
    if (stray && previous !== null) {
      previous.paragraphs.push(...segment.paragraphs);
      previous.captions.push(...segment.captions);
      continue;
    }
    kept.push(segment);
    keptSet.add(segment);
  }
  return kept;
}

const MAX_FRAGMENT_CHARS = 40;

/** A short line, complete to its full stop, that stands as an unmarked article of its own. */
function isStrayLine(segment: Segment): boolean {
  const only = segment.paragraphs[0];
  if (only === undefined || segment.paragraphs.length !== 1 || only.lines.length !== 1) return false;
  const text = only.texts.join('');
  return (
    isUnmarkedText(segment) &&
    segment.captions.length === 0 &&
    segment.bylineNames.length === 0 &&
    compact(text).length <= MAX_FRAGMENT_CHARS &&
    endsSentence(text)
  );
}

function isFragmentCandidate(segment: Segment, position: number): boolean {
  if (position === 0 && isStrayLine(segment)) return true;
  const paragraph = segment.paragraphs[position];
  const before = segment.paragraphs[position - 1];
  if (paragraph === undefined || before === undefined) return false;
  if (position === segment.paragraphs.length - 1) return false;
  if (paragraph.subhead || before.subhead || !before.ended || paragraph.lines.length !== 1) return false;
  const text = paragraph.texts.join('');
  return compact(text).length <= MAX_FRAGMENT_CHARS && endsSentence(text);
}

interface Fragment {
  owner: Segment;
  paragraph: Paragraph;
  line: SourceLine;
}

/** Lines that may be fragments of other articles, found once (a page can have many paragraphs). */
function fragmentCandidates(segments: readonly Segment[]): Fragment[] {
  const candidates: Fragment[] = [];
  for (const owner of segments) {
    owner.paragraphs.forEach((paragraph, position) => {
      const line = paragraph.lines[0];
      if (line !== undefined && isFragmentCandidate(owner, position))
        candidates.push({ owner, paragraph, line });
    });
  }
  return candidates;
}

/**
 * Fragment candidates in printed order, each taken at most once. Finding the nearest free candidate before
 * or after a line is a binary search plus a skip over taken ones (path-compressed), so a page with many
 * unfinished articles and many short lines stays near-linear.
 */
class FragmentPool {
  private readonly sorted: Fragment[];
  private readonly indexes: number[];
  /** For each position, a position at or before it that may still be free (-1: none). */
  private readonly left: number[];
  /** For each position, a position at or after it that may still be free (length: none). */
  private readonly right: number[];

  constructor(fragments: readonly Fragment[]) {
    this.sorted = [...fragments].sort((a, b) => a.line.index - b.line.index);
    this.indexes = this.sorted.map((fragment) => fragment.line.index);
    this.left = this.sorted.map((_, i) => i);
    this.right = this.sorted.map((_, i) => i);
  }

  private find(links: number[], position: number, step: number): number {
    let root = position;
    while (root >= 0 && root < links.length && links[root] !== root) root = links[root] ?? -1;
    let at = position;
    while (at >= 0 && at < links.length && links[at] !== root) {
      const next = links[at] ?? -1;
      links[at] = root;
      at = next;
    }
    return root < 0 || root >= links.length ? (step < 0 ? -1 : links.length) : root;
  }

  /** First position whose line index is at least `index`. */
  private lowerBound(index: number): number {
    let low = 0;
    let high = this.indexes.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.indexes[middle] ?? 0) < index) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** The nearest free fragment printed before the line, else the first free one at or after it. */
  take(index: number, except: Paragraph): Fragment | null {
    const boundary = this.lowerBound(index);
    const skipped: number[] = [];
    let chosen = -1;
    for (let at = this.find(this.left, boundary - 1, -1); at >= 0; at = this.find(this.left, at - 1, -1)) {
      if (this.sorted[at]?.paragraph !== except) {
        chosen = at;
        break;
      }
      skipped.push(at);
      this.left[at] = at - 1;
    }
    if (chosen < 0) {
      for (
        let at = this.find(this.right, boundary, 1);
        at < this.sorted.length;
        at = this.find(this.right, at + 1, 1)
      ) {
        if (this.sorted[at]?.paragraph !== except) {
          chosen = at;
          break;
        }
        skipped.push(at);
        this.right[at] = at + 1;
      }
    }
    // The article's own last paragraph stays available to other articles.
    for (const at of skipped) {
      this.left[at] = at;
      this.right[at] = at;
    }
    if (chosen < 0) return null;
    this.left[chosen] = chosen - 1;
    this.right[chosen] = chosen + 1;
    return this.sorted[chosen] ?? null;
  }
}

/**
 * An article whose last paragraph stops mid-sentence continues in a column fragment printed elsewhere: a
 * single short line, complete to its full stop, sitting between two paragraphs of another article. The nearest
 * fragment printed before the article's last line is preferred (the column jumps back up the page); the
 * fragment may sit in the same article, since a long article's columns wrap back up the page too.
 */
function reattachFragments(segments: RepairedSegment[], warnings: string[]): void {
  const pool = new FragmentPool(fragmentCandidates(segments));
  for (const segment of segments) {
    const last = segment.paragraphs[segment.paragraphs.length - 1];
    if (last === undefined || last.ended || segment.continued !== null) continue;
    const lastLine = last.lines[last.lines.length - 1];
    if (lastLine === undefined) continue;
    const fragment = pool.take(lastLine.index, last);
    if (fragment === null) {
      warnings.push(`line ${lastLine.number}: article ends mid-sentence ("…${lastLine.text.slice(-12)}")`);
      continue;
    }
    fragment.owner.paragraphs.splice(fragment.owner.paragraphs.indexOf(fragment.paragraph), 1);
    last.lines.push(...fragment.paragraph.lines);
    last.texts.push(...fragment.paragraph.texts);
    last.ended = true;
    warnings.push(
      `line ${fragment.line.number}: column fragment moved to the article ending at line ${lastLine.number}`,
    );
  }
}

export interface RepairedPage {
  segments: RepairedSegment[];
  /** Captions of segments that turned out to hold no text; they are matched like free captions. */
  orphanCaptions: Caption[];
}

export function repairSegments(segments: readonly Segment[], warnings: string[]): RepairedPage {
  let repaired: RepairedSegment[] = segments.map((segment) =>
    Object.assign(segment, { detachedBylineLines: [] as SourceLine[] }),
  );
  repaired = attachFloatingBylines(repaired, warnings);
  repaired = mergeStrayFrames(repaired);
  reattachFragments(repaired, warnings);
  const orphanCaptions: Caption[] = [];
  const kept = repaired.filter((segment) => {
    if (segment.paragraphs.length > 0 || segment.photoCredit !== null) return true;
    orphanCaptions.push(...segment.captions);
    return false;
  });
  return { segments: kept, orphanCaptions };
}
