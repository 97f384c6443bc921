/**
 * Paints only the mentions near the viewport. The browser re-validates every registered highlight range
 * whenever a highlight changes, and on a long page that costs a long frame (tens of thousands of ranges take
 * hundreds of milliseconds); what is on or near the screen is at most a few hundred. An IntersectionObserver
 * watches the blocks that hold mentions and says when they come within a screen of the viewport, so scrolling
 * costs nothing until a block crosses that line.
 */
import type { EntityKind } from '@/core/types';
import { blockAncestor } from './text-walker';
import { clearAll, paint } from './highlights';
import { rangeOf } from './mention-range';
import type { PageMention } from './page-scanner';
import { markOnce } from './scan-marks';
import { runSliced, yieldToBrowser } from './scheduler';

/** Blocks this far beyond the viewport (in viewport heights) are painted already, so scrolling finds them ready. */
const MARGIN = '100% 0px 100% 0px';
/** Mentions grouped per step when the highlighted set changes. */
const STEP = 500;

export class ViewportPainter {
  private blocks = new Map<Element, PageMention[]>();
  /** Mentions with no element to observe (text right inside a shadow root): always painted. */
  private loose: PageMention[] = [];
  private readonly near = new Set<Element>();
  private readonly observer: IntersectionObserver;
  private pending: readonly PageMention[] | null = null;
  private regrouping: Promise<void> | null = null;
  private readonly abort = new AbortController();

  constructor(private readonly kindOf: (mention: PageMention) => EntityKind | undefined) {
    this.observer = new IntersectionObserver((entries) => this.onIntersect(entries), { rootMargin: MARGIN });
  }

  /** The highlighted mentions changed: observe their blocks and repaint (grouping runs in time slices). */
  update(highlighted: readonly PageMention[]): void {
    this.pending = highlighted;
    this.regrouping ??= this.regroup().finally(() => (this.regrouping = null));
  }

  stop(): void {
    this.abort.abort();
    this.observer.disconnect();
    this.blocks.clear();
    this.near.clear();
    this.loose = [];
    clearAll();
  }

  private async regroup(): Promise<void> {
    const signal = this.abort.signal;
    // Not in the caller's task: that one has just decided the whole page. Nothing painted yet: the reader is
    // waiting for it (see `SliceOptions.urgent`).
    await yieldToBrowser(0, this.blocks.size === 0);
    while (this.pending && !signal.aborted) {
      const list = this.pending;
      this.pending = null;
      const blocks = new Map<Element, PageMention[]>();
      const loose: PageMention[] = [];
      let at = 0;
      await runSliced(
        () => {
          const end = Math.min(list.length, at + STEP);
          for (; at < end; at++) {
            const mention = list[at]!;
            const block = containerOf(mention);
            if (!block) {
              loose.push(mention);
              continue;
            }
            const group = blocks.get(block);
            if (group) group.push(mention);
            else blocks.set(block, [mention]);
          }
          return at < list.length;
        },
        { signal },
      );
      if (signal.aborted || this.pending) continue;
      const gone = [...this.blocks.keys()].filter((block) => !blocks.has(block));
      const added = [...blocks.keys()].filter((block) => !this.blocks.has(block));
      this.blocks = blocks;
      this.loose = loose;
      for (const block of gone) this.near.delete(block);
      let i = 0;
      let j = 0;
      await runSliced(
        () => {
          for (const end = Math.min(gone.length, i + STEP); i < end; i++) this.observer.unobserve(gone[i]!);
          for (const end = Math.min(added.length, j + STEP); j < end; j++) this.observer.observe(added[j]!);
          return i < gone.length || j < added.length;
        },
        { signal },
      );
      // Blocks already near keep their paint; the observer reports the new ones after the next layout.
      if (!signal.aborted) this.paintNow();
    }
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    let changed = false;
    for (const entry of entries) {
      if (!this.blocks.has(entry.target)) continue;
      const was = this.near.has(entry.target);
      if (entry.isIntersecting && !was) this.near.add(entry.target);
      else if (!entry.isIntersecting && was) this.near.delete(entry.target);
      else continue;
      changed = true;
    }
    // Observers report once per frame, after layout (one repaint however many blocks moved): painting here
    // shows on the coming frame.
    if (changed) this.paintNow();
  }

  private paintNow(): void {
    const byKind = new Map<EntityKind, AbstractRange[]>();
    const add = (mention: PageMention): void => {
      const kind = this.kindOf(mention);
      if (!kind) return;
      const list = byKind.get(kind);
      if (list) list.push(rangeOf(mention));
      else byKind.set(kind, [rangeOf(mention)]);
    };
    for (const mention of this.loose) add(mention);
    for (const block of this.near) for (const mention of this.blocks.get(block) ?? []) add(mention);
    paint(byKind);
    if (byKind.size > 0) markOnce('first-paint');
  }
}

/** Block of each text node seen: mentions in one paragraph share it, and long pages repeat names a lot. */
const blockOf = new WeakMap<Node, Element | null>();

/** The element whose box stands for the mention: its block (a paragraph, a cell), else its parent element. */
function containerOf(mention: PageMention): Element | null {
  const node = mention.nodes[0]!;
  let block = blockOf.get(node);
  if (block === undefined) {
    const found = blockAncestor<Node>(node);
    block = found.nodeType === Node.ELEMENT_NODE ? (found as Element) : node.parentElement;
    blockOf.set(node, block);
  }
  return block;
}
