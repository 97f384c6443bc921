/**
 * Snippets: the passage of an article that holds most of the query, with every occurrence of the query's
 * phrases, words and bigrams marked. Returned as segments, so UIs insert text and never HTML.
 */
import { fold } from './text';
import type { Segment } from './types';

const SENTENCE_END = /[。！？；!?;\n]/;
const MAX_OCCURRENCES = 400;

interface Hit {
  start: number;
  end: number;
  needle: number;
}

function occurrences(folded: string, needles: string[]): Hit[] {
  const hits: Hit[] = [];
  needles.forEach((needle, n) => {
    if (!needle) return;
    for (
      let i = folded.indexOf(needle);
      i >= 0 && hits.length < MAX_OCCURRENCES;
      i = folded.indexOf(needle, i + 1)
    ) {
      hits.push({ start: i, end: i + needle.length, needle: n });
    }
  });
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Merges overlapping and touching hits into marked ranges. */
function ranges(hits: Hit[]): [number, number][] {
  const out: [number, number][] = [];
  for (const hit of hits) {
    const last = out[out.length - 1];
    if (last && hit.start <= last[1]) last[1] = Math.max(last[1], hit.end);
    else out.push([hit.start, hit.end]);
  }
  return out;
}

function segments(text: string, offset: number, marks: [number, number][]): Segment[] {
  const out: Segment[] = [];
  let pos = 0;
  for (const [s, e] of marks) {
    const start = Math.max(0, s - offset);
    const end = Math.min(text.length, e - offset);
    if (end <= start) continue;
    if (start > pos) out.push({ text: text.slice(pos, start), mark: false });
    out.push({ text: text.slice(Math.max(start, pos), end), mark: true });
    pos = Math.max(pos, end);
  }
  if (pos < text.length) out.push({ text: text.slice(pos), mark: false });
  return out;
}

/** Marks every occurrence of the needles (folded, simplified) in the text. */
export function markAll(text: string, needles: string[]): Segment[] {
  if (!text) return [];
  return segments(text, 0, ranges(occurrences(fold(text), needles)));
}

/** Where a passage ending near `pos` may start: just after the sentence end before it, if close enough. */
function passageStart(folded: string, pos: number, lookBack: number): number {
  for (let i = pos - 1; i >= Math.max(0, pos - lookBack); i--)
    if (SENTENCE_END.test(folded[i]!)) return i + 1;
  return Math.max(0, pos - Math.floor(lookBack / 2));
}

/**
 * The best passage of about `maxLength` characters: the window whose distinct needles weigh most (a needle
 * weighs its length squared, so a whole phrase outweighs scattered bigrams). Windows start at a match; on equal
 * weight the one starting at the heavier match wins (the phrase leads the passage), then the earliest.
 */
export function bestPassage(body: string, needles: string[], maxLength = 110): Segment[] {
  const text = body.replace(/\s*\n\s*/g, ' ');
  if (!text) return [];
  const folded = fold(text);
  const hits = occurrences(folded, needles);
  let best = 0;
  let bestScore = -1;
  let bestAnchor = -1;
  for (const hit of hits) {
    const anchor = (hit.end - hit.start) ** 2;
    // look back for a sentence start, but not so far that the match itself falls out of the window
    const start = passageStart(folded, hit.start, Math.min(40, Math.floor(maxLength / 3)));
    const end = start + maxLength;
    const seen = new Set<number>();
    let score = 0;
    for (const other of hits) {
      if (other.start < start || other.end > end || seen.has(other.needle)) continue;
      seen.add(other.needle);
      const len = other.end - other.start;
      score += len * len;
    }
    if (score > bestScore || (score === bestScore && anchor > bestAnchor)) {
      bestScore = score;
      bestAnchor = anchor;
      best = start;
    }
  }
  const marks = ranges(hits);
  let end = Math.min(text.length, best + maxLength);
  // never cut a marked phrase in two at the end of the passage
  for (const [s, e] of marks) if (s < end && e > end) end = e;
  const out = segments(text.slice(best, end), best, marks);
  if (best > 0) out.unshift({ text: '…', mark: false });
  if (end < text.length) out.push({ text: '…', mark: false });
  return out;
}

export function segmentsText(segments: Segment[]): string {
  return segments.map((s) => s.text).join('');
}
