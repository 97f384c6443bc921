/**
 * The hover card as the overlay drives it. The card itself is UI (components/card); the content-script entry
 * point provides it here, so this layer opens and places cards without importing components.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardData } from '../../shared/overlay-protocol';
import type { Box } from './card-position';

export type CardState =
  | { status: 'loading'; name: string }
  | { status: 'ready'; data: CardData }
  | { status: 'error'; name: string; message: string };

export interface CardActions {
  /** The pointer entered or left the card: hovering it keeps it open. */
  onPointerEnter(): void;
  onPointerLeave(): void;
  onClose(): void;
  /** Opens the side panel; called from a click so the browser sees a user gesture. */
  onOpenArticle(id: string): void;
  onOpenTimeline(name: string): void;
  /** Opens the side panel on a post's holders (`post:市长`). */
  onOpenPost(id: string): void;
}

export interface CardView {
  /** Shows (or moves) the card beside `anchor`, in viewport coordinates. */
  show(state: CardState, anchor: Box, actions: CardActions): void;
  /** Replaces what an open card shows, keeping its place beside the same anchor. */
  update(state: CardState): void;
  hide(): void;
  readonly open: boolean;
  /** The reader is writing in the card (a note): leaving it with the pointer does not close it then. */
  readonly editing: boolean;
}

/** Tag of the element the card lives in: page scans and mutation checks leave it alone. */
export const CARD_HOST_TAG = 'lvliang-card';

export type CardViewFactory = (ctx: ContentScriptContext) => CardView;

let provided: CardViewFactory | null = null;

export function provideCardView(factory: CardViewFactory): void {
  provided = factory;
}

export function cardViewFactory(): CardViewFactory | null {
  return provided;
}
