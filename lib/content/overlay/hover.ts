/**
 * The hover card's behaviour: open after the pointer rests on a mention (intent delay), stay while the pointer
 * moves into the card, close on leaving it or on Esc, follow the mention on scroll. The keyboard command steps
 * through mentions in document order and opens their cards at once.
 *
 * Listeners are passive and do nothing until the pointer moves; hit tests run at most once per frame.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ask } from '../../shared/messages/client';
import type { CardData } from '../../shared/overlay-protocol';
import type { Box } from './card-position';
import type { CardActions, CardState, CardView } from './card-view';
import { paintFocus } from './highlights';
import { liveRange, mentionAt } from './hit-test';
import { rangeOf } from './mention-range';
import type { PageMention } from './page-scanner';

export interface HoverOptions {
  card: CardView;
  delayMs(): number;
  /** Mentions spanning a text node (highlighted or not; only highlighted ones count). */
  lookup(node: Node): readonly PageMention[];
  shadowRoots(): readonly ShadowRoot[];
  /** Entity id of a highlighted mention. */
  entityOf(mention: PageMention): string | null;
  /** Request details that depend on the page: its date and the other entities on it. */
  context(id: string): { date?: string; context?: string[]; printed?: string[] };
}

/** Grace period for crossing the gap between a mention and its card. */
const CLOSE_DELAY_MS = 250;

export class Hover {
  private highlighted: PageMention[] = [];
  private hovered: PageMention | null = null;
  /** The mention whose card is open. */
  private shown: PageMention | null = null;
  private shownBy: 'pointer' | 'keyboard' = 'pointer';
  private overCard = false;
  private point = { x: 0, y: 0 };
  private frame = 0;
  private scrollFrame = 0;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly cards = new Map<string, Promise<CardData>>();
  /** What each opened mention's card last showed, so a moved card keeps its content. */
  private readonly loaded = new WeakMap<PageMention, CardState>();
  private readonly listeners = new AbortController();

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly options: HoverOptions,
  ) {}

  attach(): void {
    const signal = this.listeners.signal;
    document.addEventListener('pointermove', (e) => this.onMove(e), { passive: true, capture: true, signal });
    window.addEventListener('keydown', (e) => this.onKey(e), { capture: true, signal });
    window.addEventListener('scroll', () => this.onScroll(), { passive: true, capture: true, signal });
    document.addEventListener('pointerdown', (e) => this.onPointerDown(e), {
      passive: true,
      capture: true,
      signal,
    });
  }

  detach(): void {
    this.listeners.abort();
    this.close();
    cancelAnimationFrame(this.frame);
    cancelAnimationFrame(this.scrollFrame);
  }

  setMentions(highlighted: PageMention[]): void {
    this.highlighted = highlighted;
    // The open card's mention left the page (its text was replaced): the card goes with it.
    if (this.shown && !this.shown.nodes.every((node) => node.isConnected)) this.close();
  }

  /** The keyboard command: the next highlighted mention after the open one, wrapping around. */
  next(): void {
    const ordered = inDocumentOrder(this.highlighted);
    if (ordered.length === 0) return;
    const at = this.shown ? ordered.indexOf(this.shown) : -1;
    const mention = ordered[(at + 1) % ordered.length]!;
    const element = mention.nodes[0]!.parentElement;
    element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    paintFocus(rangeOf(mention));
    this.open(mention, 'keyboard');
  }

  private onMove(event: PointerEvent): void {
    // Only the reader's own pointer opens cards: a page script's synthetic events are ignored.
    if (!event.isTrusted) return;
    if (this.highlighted.length === 0 || this.overCard || this.isCardEvent(event)) return;
    this.point = { x: event.clientX, y: event.clientY };
    if (this.frame) return;
    this.frame = this.ctx.requestAnimationFrame(() => {
      this.frame = 0;
      this.check();
    });
  }

  private check(): void {
    if (this.overCard || this.highlighted.length === 0) return;
    const mention = mentionAt(this.point, (node) => this.options.lookup(node), this.options.shadowRoots());
    if (mention === this.hovered) return;
    this.hovered = mention;
    clearTimeout(this.openTimer);
    if (mention && mention === this.shown) {
      clearTimeout(this.closeTimer);
      return;
    }
    if (mention) {
      const id = this.options.entityOf(mention);
      if (id) void this.data(id).catch(() => undefined); // fetch while the delay runs
      this.openTimer = setTimeout(() => this.open(mention, 'pointer'), this.options.delayMs());
      return;
    }
    if (this.shown && this.shownBy === 'pointer') this.closeSoon();
  }

  private onKey(event: KeyboardEvent): void {
    if (!event.isTrusted) return;
    if (event.key === 'Escape' && this.options.card.open) this.close();
  }

  private onPointerDown(event: PointerEvent): void {
    if (!event.isTrusted) return;
    if (this.options.card.open && !this.isCardEvent(event)) this.close();
  }

  private onScroll(): void {
    if (!this.shown || this.scrollFrame) return;
    this.scrollFrame = this.ctx.requestAnimationFrame(() => {
      this.scrollFrame = 0;
      const mention = this.shown;
      if (!mention) return;
      const box = anchorOf(mention);
      if (!box || box.bottom < 0 || box.top > window.innerHeight) this.close();
      else this.options.card.show(this.state(mention), box, this.actions());
    });
  }

  private isCardEvent(event: Event): boolean {
    const target = event.target as Node | null;
    return target?.nodeName === 'LVLIANG-CARD';
  }

  private closeSoon(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => {
      if (!this.overCard && this.hovered !== this.shown && !this.options.card.editing) this.close();
    }, CLOSE_DELAY_MS);
  }

  private close(): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    if (this.shown && this.shownBy === 'keyboard') paintFocus(null);
    this.shown = null;
    this.overCard = false;
    if (this.options.card.open) this.options.card.hide();
  }

  private data(id: string): Promise<CardData> {
    let card = this.cards.get(id);
    if (!card) {
      card = ask({ type: 'overlay/card', id, ...this.options.context(id) });
      this.cards.set(id, card);
      card.catch(() => this.cards.delete(id));
    }
    return card;
  }

  /** What the card shows right now for `mention`: the data if it arrived, else a loading line. */
  private state(mention: PageMention): CardState {
    const known = this.loaded.get(mention);
    return known ?? { status: 'loading', name: textOf(mention) };
  }

  private open(mention: PageMention, by: 'pointer' | 'keyboard'): void {
    clearTimeout(this.closeTimer);
    const id = this.options.entityOf(mention);
    const box = anchorOf(mention);
    if (!id || !box) return;
    if (this.shown && this.shownBy === 'keyboard' && by === 'pointer') paintFocus(null);
    this.shown = mention;
    this.shownBy = by;
    this.options.card.show(this.state(mention), box, this.actions());
    void this.data(id).then(
      (data) => this.settle(mention, { status: 'ready', data }),
      (error: unknown) =>
        this.settle(mention, {
          status: 'error',
          name: textOf(mention),
          message: error instanceof Error ? error.message : String(error),
        }),
    );
  }

  private settle(mention: PageMention, state: CardState): void {
    this.loaded.set(mention, state);
    if (this.shown === mention) this.options.card.update(state);
  }

  private actions(): CardActions {
    return {
      onPointerEnter: () => {
        this.overCard = true;
        clearTimeout(this.closeTimer);
      },
      onPointerLeave: () => {
        this.overCard = false;
        this.hovered = null;
        if (this.shownBy === 'pointer') this.closeSoon();
      },
      onClose: () => this.close(),
      // Sent straight from the click: the background needs the user gesture to open the side panel.
      onOpenArticle: (id) => void openPanel(`?${new URLSearchParams({ article: id })}`),
      onOpenTimeline: (name) => void openPanel(`?${new URLSearchParams({ entity: name })}`),
      onOpenPost: (id) => void openPanel(`?${new URLSearchParams({ post: id })}`),
    };
  }
}

function openPanel(query: string): Promise<unknown> {
  return ask({ type: 'overlay/open-panel', query }).catch((error: unknown) =>
    console.debug('[lvliang] side panel', error),
  );
}

function textOf(mention: PageMention): string {
  try {
    return liveRange(mention).toString();
  } catch {
    return '';
  }
}

function anchorOf(mention: PageMention): Box | null {
  try {
    const rect = liveRange(mention).getBoundingClientRect();
    return rect.width === 0 && rect.height === 0 ? null : rect;
  } catch {
    return null;
  }
}

export function inDocumentOrder(mentions: readonly PageMention[]): PageMention[] {
  return [...mentions].sort((a, b) => {
    const x = a.nodes[0]!;
    const y = b.nodes[0]!;
    if (x === y) return a.startOffset - b.startOffset;
    const position = x.compareDocumentPosition(y);
    if (position & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
    if (position & Node.DOCUMENT_POSITION_PRECEDING) return 1;
    return a.start - b.start;
  });
}
