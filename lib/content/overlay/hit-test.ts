/**
 * Which highlighted mention is under the pointer. The caret position at the point names a text node and an
 * offset; the mentions spanning that node are candidates; the one whose rendered rectangles contain the point
 * wins. The rectangle check matters: over blank space the caret snaps to the nearest text.
 */
import type { Mention } from './mention-store';

export interface Point {
  x: number;
  y: number;
}

export interface RectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function rectsContain(rects: Iterable<RectLike>, point: Point, slop = 1): boolean {
  for (const r of rects) {
    if (
      point.x >= r.left - slop &&
      point.x <= r.right + slop &&
      point.y >= r.top - slop &&
      point.y <= r.bottom + slop
    ) {
      return true;
    }
  }
  return false;
}

/** Mentions among `candidates` whose text includes the caret position (`node`, `offset`), inclusive ends. */
export function mentionsAtCaret<N, R>(
  candidates: readonly Mention<N, R>[],
  node: N,
  offset: number,
): Mention<N, R>[] {
  return candidates.filter((m) => {
    if (m.entry < 0) return false;
    const first = m.nodes[0] === node;
    const last = m.nodes[m.nodes.length - 1] === node;
    if (first && offset < m.startOffset) return false;
    if (last && offset > m.endOffset) return false;
    return true;
  });
}

/** The caret position at a point, looking into the page's open shadow roots where the browser can. */
export function caretAt(
  x: number,
  y: number,
  shadowRoots: readonly ShadowRoot[],
): { node: Node; offset: number } | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (
      x: number,
      y: number,
      options?: { shadowRoots?: ShadowRoot[] },
    ) => CaretPosition | null;
  };
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y, { shadowRoots: [...shadowRoots] });
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** A live Range over a mention, for layout queries (StaticRange has no rectangles). */
export function liveRange(m: Mention<Node, AbstractRange>): Range {
  const range = document.createRange();
  range.setStart(m.nodes[0]!, m.startOffset);
  range.setEnd(m.nodes[m.nodes.length - 1]!, m.endOffset);
  return range;
}

/** The highlighted mention under the point, or null. */
export function mentionAt(
  point: Point,
  lookup: (node: Node) => readonly Mention<Node, AbstractRange>[],
  shadowRoots: readonly ShadowRoot[],
): Mention<Node, AbstractRange> | null {
  const caret = caretAt(point.x, point.y, shadowRoots);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  for (const mention of mentionsAtCaret(lookup(caret.node), caret.node, caret.offset)) {
    try {
      if (rectsContain(liveRange(mention).getClientRects(), point)) return mention;
    } catch {
      // The text changed under the mention since it was found; the next scan replaces it.
    }
  }
  return null;
}
