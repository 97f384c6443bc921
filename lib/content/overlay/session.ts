/**
 * One run of the overlay in a frame, from the moment it is switched on until it is switched off: the scanner,
 * the highlight painter and the hover card, sharing the scan's latest result. A new session starts fresh;
 * a stopped one drops every listener and highlight.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findPageDate } from '@/core/match';
import { printedBefore } from './printed-before';
import type { PageContext } from '../../shared/messages/to-tab';
import { cardViewFactory } from './card-view';
import { canHighlight } from './highlights';
import { Hover } from './hover';
import { loadMatcher } from './matcher-client';
import { pageContext } from './page-context-answer';
import { PageScanner, type ScanResult } from './page-scanner';
import { ViewportPainter } from './viewport-paint';

export interface SessionOptions {
  /** The hover delay the reader chose, read when a card is about to open. */
  hoverDelayMs(): number;
  /** Each new scan result's findings (highlighted entity ids, times the frame names 吕梁). */
  onFindings(findings: { ids: readonly string[]; mentions: number }): void;
}

/** Other entities on the page sent with a card request: articles naming them too rank as more related. */
const CONTEXT_IDS = 20;

const today = (): string => new Date().toISOString().slice(0, 10);

export class OverlaySession {
  private readonly scanner: PageScanner;
  private readonly painter: ViewportPainter | null = null;
  private readonly hover: Hover | null = null;
  private result: ScanResult | null = null;
  private stopped = false;
  /** The page's publication date, found once on the first card request (undefined until then). */
  private pageDate: string | null | undefined;

  constructor(
    ctx: ContentScriptContext,
    private readonly options: SessionOptions,
  ) {
    this.scanner = new PageScanner({ loadMatcher, onResult: (result) => this.show(result) });
    if (canHighlight()) this.painter = new ViewportPainter((mention) => this.entryOf(mention.entry)?.kind);
    const card = cardViewFactory()?.(ctx) ?? null;
    if (card) {
      this.hover = new Hover(ctx, {
        card,
        delayMs: () => options.hoverDelayMs(),
        lookup: (node) => this.scanner.store.at(node),
        shadowRoots: () => this.scanner.roots,
        entityOf: (mention) => this.entryOf(mention.entry)?.id ?? null,
        context: (id) => this.cardContext(id),
      });
    }
  }

  start(): void {
    this.hover?.attach();
    this.scanner.start();
  }

  stop(): void {
    this.stopped = true;
    this.scanner.stop();
    this.hover?.detach();
    this.painter?.stop();
  }

  /** The `next-mention` command: the next mention's card. */
  next(): void {
    this.hover?.next();
  }

  /** What the page is about, for the side panel. */
  context(): PageContext {
    return pageContext(this.result);
  }

  private entryOf(entry: number) {
    return this.result?.entries[entry];
  }

  private show(result: ScanResult): void {
    if (this.stopped) return;
    this.result = result;
    this.painter?.update(result.highlighted);
    this.hover?.setMentions(result.highlighted);
    this.options.onFindings({ ids: result.ids, mentions: result.lvliang });
  }

  /** What a card request tells the background about the page: its date, the other entities, the printed posts. */
  private cardContext(id: string): { date?: string; context: string[]; printed: string[] } {
    this.pageDate ??= findPageDate(this.scanner.opening.toString(), { today: today() });
    const result = this.result;
    const others = (result?.ids ?? []).filter((other) => other !== id).slice(0, CONTEXT_IDS);
    const printed = printedBefore(result?.highlighted ?? [], result?.entries ?? [], id);
    return { ...(this.pageDate ? { date: this.pageDate } : {}), context: others, printed };
  }
}
