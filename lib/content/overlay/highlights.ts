/**
 * Paints mentions with the CSS Custom Highlight API: ranges are registered under `lvliang-<kind>` names and
 * styled by `::highlight()` rules in the content script's stylesheet. The page's DOM is never touched.
 */
import type { EntityKind } from '@/core/types';

export const HIGHLIGHT_PREFIX = 'lvliang-';
/** The mention the keyboard command stepped to. */
export const FOCUS_HIGHLIGHT = `${HIGHLIGHT_PREFIX}focus`;
const KINDS: readonly EntityKind[] = ['person', 'place', 'organization', 'topic'];

export function highlightName(kind: EntityKind): string {
  return HIGHLIGHT_PREFIX + kind;
}

/** False in browsers without the Highlight API: the overlay then offers cards without painting. */
export function canHighlight(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Replaces the painted ranges with `byKind`; kinds left out are cleared. */
export function paint(byKind: ReadonlyMap<EntityKind, readonly AbstractRange[]>): void {
  if (!canHighlight()) return;
  for (const kind of KINDS) {
    const ranges = byKind.get(kind) ?? [];
    if (ranges.length === 0) {
      CSS.highlights.delete(highlightName(kind));
      continue;
    }
    // add() one by one: spreading tens of thousands of ranges into the constructor can overflow the stack.
    const highlight = new Highlight();
    for (const range of ranges) highlight.add(range);
    CSS.highlights.set(highlightName(kind), highlight);
  }
}

export function paintFocus(range: AbstractRange | null): void {
  if (!canHighlight()) return;
  if (range) CSS.highlights.set(FOCUS_HIGHLIGHT, new Highlight(range));
  else CSS.highlights.delete(FOCUS_HIGHLIGHT);
}

export function clearAll(): void {
  if (!canHighlight()) return;
  for (const kind of KINDS) CSS.highlights.delete(highlightName(kind));
  CSS.highlights.delete(FOCUS_HIGHLIGHT);
}
