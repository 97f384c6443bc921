/**
 * Where the hover card goes: below the mention if it fits, else above, else on the side with more room
 * (the card then scrolls inside a shorter height). Never over the mention, always inside the viewport.
 */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
  /** Height the card may take on that side. */
  maxHeight: number;
}

export interface PlaceOptions {
  /** Space between the mention and the card. Default 6. */
  gap?: number;
  /** Space kept to the viewport's edges. Default 8. */
  margin?: number;
}

export function placeCard(
  anchor: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  options: PlaceOptions = {},
): Placement {
  const gap = options.gap ?? 6;
  const margin = options.margin ?? 8;
  const roomBelow = viewport.height - margin - (anchor.bottom + gap);
  const roomAbove = anchor.top - gap - margin;
  const side = card.height <= roomBelow || roomBelow >= roomAbove ? 'below' : 'above';
  const maxHeight = Math.max(0, side === 'below' ? roomBelow : roomAbove);
  const height = Math.min(card.height, maxHeight);
  const top = side === 'below' ? anchor.bottom + gap : anchor.top - gap - height;
  const widest = viewport.width - 2 * margin;
  const width = Math.min(card.width, widest);
  const left = Math.max(margin, Math.min(anchor.left, viewport.width - margin - width));
  return { left, top, side, maxHeight };
}
