/**
 * Scans one subtree with the page matcher, a step at a time: each step reads one text node (or a 4 KB slice of
 * a long one), feeds it to the matcher's stream and turns settled matches into mentions with ranges over the
 * text nodes they span. Generic over node and range types, so it runs in tests over plain objects.
 */
import type { Match, Matcher, MatchStream } from '@/core/match';
import { TextWalker, type TextPiece, type WalkNode, type WalkOptions } from './text-walker';
import type { Mention, MentionStore } from './mention-store';

/** Keeps a single step short on a page made of one huge text node. */
const CHUNK = 4096;

export interface RootScanOptions<N extends object, R> {
  matcher: Matcher;
  store: MentionStore<N, R>;
  /**
   * Offsets of all scans on a page come from one counter, so mentions found later sort after earlier ones
   * and distinct runs never touch (a gap of one separates them).
   */
  offsets: { next: number };
  walk?: WalkOptions<N>;
  /** Sees every text node read, e.g. to count 吕梁 or keep the page's opening text. */
  onText?(piece: TextPiece<N>): void;
}

interface Segment<N> {
  node: N;
  start: number;
  end: number;
}

export class RootScan<N extends WalkNode & object, R> {
  private readonly walker: TextWalker<N>;
  private readonly stream: MatchStream;
  private segments: Segment<N>[] = [];
  /** The text node being fed in slices, and how far. */
  private pending: { piece: TextPiece<N>; at: number; base: number } | null = null;
  private done = false;

  constructor(
    root: N,
    private readonly options: RootScanOptions<N, R>,
  ) {
    this.walker = new TextWalker(root, options.walk);
    // Contexts are cut when the decision reads them, not for every match as the page is read.
    this.stream = options.matcher.stream(true);
  }

  /** Does one unit of work; false once the subtree is done. */
  step(): boolean {
    if (this.done) return false;
    if (this.pending) {
      this.feedSlice();
      return true;
    }
    const piece = this.walker.next();
    if (!piece) {
      this.settle(this.stream.end());
      this.segments = [];
      this.options.offsets.next = this.stream.position + 1;
      this.done = true;
      return false;
    }
    this.options.store.dropNode(piece.node);
    this.options.onText?.(piece);
    const offsets = this.options.offsets;
    if (piece.breakBefore || this.segments.length === 0) {
      // A new run: settle what the previous one left and start after a gap, so nothing matches across.
      this.settle(this.stream.end());
      this.segments = [];
      offsets.next = Math.max(offsets.next, this.stream.position + 1);
    }
    const base = offsets.next;
    this.segments.push({ node: piece.node, start: base, end: base + piece.text.length });
    offsets.next = base + piece.text.length;
    this.pending = { piece, at: 0, base };
    this.feedSlice();
    return true;
  }

  private feedSlice(): void {
    const pending = this.pending!;
    const { text } = pending.piece;
    const to = Math.min(text.length, pending.at + CHUNK);
    this.settle(this.stream.feed(text.slice(pending.at, to), pending.base + pending.at));
    pending.at = to;
    if (to >= text.length) this.pending = null;
    this.trim();
  }

  /** Drops segments no pending match can still start in. */
  private trim(): void {
    if (this.segments.length < 64) return;
    const horizon = this.stream.position - this.options.matcher.maxLength - 1;
    let keepFrom = 0;
    while (keepFrom < this.segments.length - 1 && this.segments[keepFrom]!.end < horizon) keepFrom++;
    if (keepFrom > 0) this.segments = this.segments.slice(keepFrom);
  }

  private settle(matches: Match[]): void {
    for (const match of matches) {
      const first = this.segmentAt(match.start, false);
      const last = this.segmentAt(match.end, true);
      if (first < 0 || last < 0) continue;
      const start = this.segments[first]!;
      const end = this.segments[last]!;
      const nodes = this.segments.slice(first, last + 1).map((s) => s.node);
      // The match becomes the mention (no copy, so its context stays uncut until read).
      const mention: Mention<N, R> = Object.assign(match, {
        nodes,
        startOffset: match.start - start.start,
        endOffset: match.end - end.start,
        entry: -1,
      });
      this.options.store.add(mention);
    }
  }

  /**
   * Index of the segment holding `offset`: the character at it (`isEnd` false), or the one before it (`isEnd`
   * true, for exclusive ends). -1 when no kept segment does.
   */
  private segmentAt(offset: number, isEnd: boolean): number {
    const target = isEnd ? offset - 1 : offset;
    let lo = 0;
    let hi = this.segments.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.segments[mid]!;
      if (target < s.start) hi = mid - 1;
      else if (target >= s.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }
}
