/**
 * How a snippet or a title with marked terms is shown. The engine's segments are plain text; they are
 * rendered as text nodes and <mark> elements, never parsed as markup.
 */
import type { Segment } from '@/lib/shared/archive-protocol';

/**
 * Normalises segments for display: line breaks and runs of spaces become one space (a snippet can span
 * paragraphs but shows as one line), empty pieces go, neighbours with the same marking merge, and a mark that
 * is only whitespace is not a mark.
 */
export function displaySegments(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const segment of segments) {
    const text = segment.text.replace(/\s+/g, ' ');
    if (!text) continue;
    const mark = segment.mark && text.trim() !== '';
    const last = out[out.length - 1];
    if (last && last.mark === mark) last.text += text;
    else out.push({ text, mark });
  }
  return out;
}

export function segmentsToText(segments: readonly Segment[]): string {
  return segments.map((s) => s.text).join('');
}

/** Segments for a text with nothing marked (a title shown without a query). */
export function plainSegments(text: string): Segment[] {
  return text ? [{ text, mark: false }] : [];
}
