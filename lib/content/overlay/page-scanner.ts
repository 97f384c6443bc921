/**
 * Finds archive entities in a frame's text and keeps the findings current while the page changes: the
 * document and every open shadow root are scanned once, then only subtrees that mutation records mark stale.
 * All reading happens in time slices (`runSliced`); an idle page runs nothing.
 *
 * The matcher payload is only requested once the page shows a Chinese character, so most of the web never
 * costs a message.
 */
import type { EntryInfo, Matcher } from '@/core/match';
import type { TextPiece } from './text-walker';
import { TextWalker } from './text-walker';
import { CARD_HOST_TAG } from './card-view';
import { MentionStore, type Decision, type Mention } from './mention-store';
import { outermost, watchMutations, type Dirty } from './mutation-watch';
import { countLvliang, hasHan, OpeningText } from './page-text';
import { RootScan } from './root-scan';
import { markOnce } from './scan-marks';
import { runSliced, yieldToBrowser } from './scheduler';

export type PageMention = Mention<Node, StaticRange>;

export interface ScanResult extends Decision<Node, StaticRange> {
  /** Times the frame names 吕梁/呂梁. */
  lvliang: number;
  entries: readonly EntryInfo[];
}

export interface ScannerOptions {
  loadMatcher(): Promise<Matcher>;
  onResult(result: ScanResult): void;
}

const HOST_NAME = CARD_HOST_TAG.toUpperCase();
/** Characters of a long page read before its top is shown: a screen or two, decided in a millisecond. */
const PREVIEW_CHARS = 4096;
/** What a frame without Chinese text, or without a matcher, reports: nothing found. */
const NOTHING: ScanResult = { relevant: false, highlighted: [], ids: [], lvliang: 0, entries: [] };

export class PageScanner {
  readonly store = new MentionStore<Node, StaticRange>();
  private matcher: Matcher | null = null;
  private readonly shadowRoots = new Set<ShadowRoot>();
  private readonly unwatch: (() => void)[] = [];
  private dirty: Dirty<Node> = { roots: new Set(), removed: false };
  private running: Promise<void> | null = null;
  private readonly abort = new AbortController();
  private readonly lvliang = new Map<Node, number>();
  private readonly offsets = { next: 0 };
  readonly opening = new OpeningText();
  private openingRead = false;
  /** Until the top of the page is shown, reading goes first (see `SliceOptions.urgent`). */
  private urgent = true;

  constructor(private readonly options: ScannerOptions) {}

  /** Open shadow roots seen so far (the hover test looks into them). */
  get roots(): readonly ShadowRoot[] {
    return [...this.shadowRoots];
  }

  start(): void {
    // A Chinese title: the matcher is asked for at once, while the page is walked.
    if (hasHan(document.title)) void this.options.loadMatcher().catch(() => {});
    this.observe(document);
    this.queue(document.documentElement);
  }

  stop(): void {
    this.abort.abort();
    for (const stop of this.unwatch.splice(0)) stop();
    this.store.clear();
    this.lvliang.clear();
    this.dirty = { roots: new Set(), removed: false };
  }

  private observe(root: Document | ShadowRoot): void {
    this.unwatch.push(
      watchMutations(
        root,
        (node) => this.isOwn(node),
        (dirty) => this.merge(dirty),
      ),
    );
  }

  private isOwn(node: Node): boolean {
    return node.nodeName === HOST_NAME;
  }

  private merge(dirty: Dirty<Node>): void {
    for (const root of dirty.roots) this.dirty.roots.add(root);
    this.dirty.removed ||= dirty.removed;
    this.kick();
  }

  private queue(root: Node | null): void {
    if (!root) return;
    this.dirty.roots.add(root);
    this.kick();
  }

  /**
   * Starts a batch in a task of its own unless one is running; a running batch picks up what arrives
   * meanwhile. Mutation callbacks thus only note what changed, and a burst of changes becomes one batch.
   */
  private kick(): void {
    if (this.running || this.abort.signal.aborted) return;
    this.running = yieldToBrowser(0, this.urgent)
      .then(() => this.drain())
      .finally(() => {
        this.running = null;
        if (this.dirty.roots.size > 0 || this.dirty.removed) this.kick();
      });
  }

  private async drain(): Promise<void> {
    while ((this.dirty.roots.size > 0 || this.dirty.removed) && !this.abort.signal.aborted) {
      const { roots, removed } = this.dirty;
      this.dirty = { roots: new Set(), removed: false };
      try {
        await this.batch(
          outermost(roots).filter((r) => r.isConnected),
          removed,
        );
      } catch (error) {
        console.debug('[lvliang] page scan failed', error);
      }
    }
  }

  private async batch(roots: Node[], removed: boolean): Promise<void> {
    const signal = this.abort.signal;
    if (removed) {
      this.store.sweep((m) => m.nodes.every((n) => n.isConnected));
      for (const node of [...this.lvliang.keys()]) if (!node.isConnected) this.lvliang.delete(node);
    }
    if (!this.matcher) {
      // No matcher (the background did not answer): nothing is shown, and the next change asks again.
      this.matcher = (await this.sawHan(roots))
        ? await this.options.loadMatcher().catch((error: unknown) => {
            console.debug('[lvliang] no matcher', error);
            return null;
          })
        : null;
      if (!this.matcher) {
        // Only the first look at a page goes first; later changes to a page without names wait their turn.
        this.urgent = false;
        if (!signal.aborted) this.options.onResult(NOTHING);
        return;
      }
      // With the matcher in hand, everything seen so far is read once, in document order.
      roots = [document.documentElement, ...this.shadowRoots];
    }
    const matcher = this.matcher;
    for (const root of roots) {
      if (signal.aborted) return;
      const opening = root === document.documentElement && !this.openingRead;
      if (opening) this.openingRead = true;
      const scan = new RootScan<Node, StaticRange>(root, {
        matcher,
        store: this.store,
        offsets: this.offsets,
        walk: { skip: (el) => this.isOwn(el), onElement: (el) => this.enter(el) },
        onText: (piece) => this.read(piece, opening),
      });
      // The first read of the document shows what it has found once the top of the page is read, if that
      // already proves the page is about Lüliang: the reader sees the highlights on screen without waiting for the
      // rest of a long page. The decision over the whole page follows and replaces it.
      if (opening) {
        await runSliced(() => scan.step() && this.offsets.next < PREVIEW_CHARS, { signal, urgent: true });
        if (this.offsets.next >= PREVIEW_CHARS) this.preview(matcher);
        this.urgent = false;
      }
      await runSliced(() => scan.step(), { signal });
    }
    // The decision runs in slices too: on a long page it goes over thousands of mentions.
    const steps = this.store.decideSteps(matcher.entries);
    let decision: Decision<Node, StaticRange> | null = null;
    await runSliced(
      () => {
        const step = steps.next();
        if (step.done) decision = step.value;
        return !step.done;
      },
      { signal },
    );
    if (signal.aborted || !decision) return;
    markOnce('page-read');
    this.options.onResult({
      ...(decision as Decision<Node, StaticRange>),
      lvliang: this.total(),
      entries: matcher.entries,
    });
  }

  /** Shows the mentions read so far when they already make the page relevant (never reports a page as not). */
  private preview(matcher: Matcher): void {
    const decision = this.store.decide(matcher.entries);
    if (!decision.relevant) return;
    this.options.onResult({ ...decision, lvliang: this.total(), entries: matcher.entries });
  }

  /** Walks `roots` until a Chinese character shows up (finding shadow roots on the way). */
  private async sawHan(roots: Node[]): Promise<boolean> {
    for (const root of roots) {
      const walker = new TextWalker<Node>(root, {
        skip: (el) => this.isOwn(el),
        onElement: (el) => this.enter(el),
      });
      let found = false;
      await runSliced(
        () => {
          const piece = walker.next();
          if (piece && hasHan(piece.text)) found = true;
          return piece !== null && !found;
        },
        { signal: this.abort.signal, urgent: this.urgent },
      );
      if (found) return true;
    }
    return false;
  }

  private enter(el: Node): void {
    const shadow = (el as Element).shadowRoot;
    if (!shadow || this.shadowRoots.has(shadow)) return;
    this.shadowRoots.add(shadow);
    this.observe(shadow);
    this.queue(shadow);
  }

  private read(piece: TextPiece<Node>, opening: boolean): void {
    const n = countLvliang(piece.text);
    if (n > 0) this.lvliang.set(piece.node, n);
    else this.lvliang.delete(piece.node);
    if (opening) this.opening.add(piece.text, piece.breakBefore);
  }

  private total(): number {
    let sum = 0;
    for (const n of this.lvliang.values()) sum += n;
    return sum;
  }
}
