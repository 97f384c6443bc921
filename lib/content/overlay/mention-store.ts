/**
 * The mentions found on a page, indexed by the text nodes they span so a re-scanned node drops its old
 * mentions first and the hover test finds the mentions under the caret at once. Generic over the node and
 * range types so it is tested without a DOM.
 */
import type { EntryInfo, PageMatch } from '@/core/match';
import { decideSteps, finish } from './decide';

export interface Mention<N, R> extends PageMatch {
  /** Text nodes the mention spans, first to last. */
  nodes: N[];
  startOffset: number;
  endOffset: number;
  /**
   * The range over `nodes`, made the first time it is needed (lib/content/overlay/mention-range.ts): a long
   * page holds tens of thousands of mentions, and only the few near the screen are ever painted.
   */
  range?: R;
  /** Entry chosen for this mention by the last decision, or -1 when it is not highlighted. */
  entry: number;
}

export interface Decision<N, R> {
  relevant: boolean;
  /** Highlighted mentions, in the order they were found. */
  highlighted: Mention<N, R>[];
  /** Distinct highlighted entity ids, first mentioned first. */
  ids: string[];
}

export class MentionStore<N extends object, R> {
  private readonly all = new Set<Mention<N, R>>();
  private byNode = new WeakMap<N, Mention<N, R>[]>();

  get size(): number {
    return this.all.size;
  }

  add(mention: Mention<N, R>): void {
    this.all.add(mention);
    for (const node of mention.nodes) {
      const list = this.byNode.get(node);
      if (list) list.push(mention);
      else this.byNode.set(node, [mention]);
    }
  }

  /** Mentions that span `node`. */
  at(node: N): readonly Mention<N, R>[] {
    return this.byNode.get(node) ?? [];
  }

  /** Forgets every mention that spans `node` (called before the node is scanned again). */
  dropNode(node: N): void {
    const list = this.byNode.get(node);
    if (!list) return;
    for (const mention of [...list]) this.remove(mention);
  }

  /** Forgets mentions for which `alive` says no (their text left the page). Returns how many. */
  sweep(alive: (mention: Mention<N, R>) => boolean): number {
    let removed = 0;
    for (const mention of [...this.all]) {
      if (alive(mention)) continue;
      this.remove(mention);
      removed++;
    }
    return removed;
  }

  clear(): void {
    this.all.clear();
    this.byNode = new WeakMap();
  }

  /** Applies the page-level rules (`decidePage`) to every mention found so far and marks the ones to highlight. */
  decide(entries: readonly EntryInfo[]): Decision<N, R> {
    return finish(this.decideSteps(entries));
  }

  /** `decide` in steps that pause every few thousand mentions (see `decideSteps`). */
  *decideSteps(entries: readonly EntryInfo[]): Generator<void, Decision<N, R>, void> {
    const mentions: Mention<N, R>[] = [];
    for (const mention of this.all) {
      mention.entry = -1;
      if (mentions.push(mention) % 2000 === 0) yield;
    }
    const decision = yield* decideSteps(entries, mentions);
    const highlighted: Mention<N, R>[] = [];
    for (let i = 0; i < mentions.length; i++) {
      const entry = decision.chosen[i]!;
      if (entry >= 0) {
        mentions[i]!.entry = entry;
        highlighted.push(mentions[i]!);
      }
      if (i % 2000 === 1999) yield;
    }
    return { relevant: decision.relevant, highlighted: byStart(highlighted), ids: decision.ids };
  }

  private remove(mention: Mention<N, R>): void {
    if (!this.all.delete(mention)) return;
    for (const node of mention.nodes) {
      const list = this.byNode.get(node);
      if (!list) continue;
      const at = list.indexOf(mention);
      if (at >= 0) list.splice(at, 1);
      if (list.length === 0) this.byNode.delete(node);
    }
  }
}

/** Sorted by start; usually they already are (mentions are kept in the order they were read). */
function byStart<T extends { start: number }>(list: T[]): T[] {
  for (let i = 1; i < list.length; i++)
    if (list[i]!.start < list[i - 1]!.start) return list.sort((a, b) => a.start - b.start);
  return list;
}
