/**
 * Keyboard movement in a result list driven from the search box (the combobox pattern: focus stays in the
 * box, `aria-activedescendant` names the active option). -1 means no option is active.
 */
export type ListKey = 'ArrowDown' | 'ArrowUp' | 'Home' | 'End' | 'PageDown' | 'PageUp';

const PAGE = 5;

export function isListKey(key: string): key is ListKey {
  return ['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp'].includes(key);
}

/** The next active option. Stops at the ends; ↑ from the first option goes back to the box (-1). */
export function moveActive(active: number, count: number, key: ListKey): number {
  if (count <= 0) return -1;
  const last = count - 1;
  const from = Math.min(active, last);
  switch (key) {
    case 'ArrowDown':
      return from < 0 ? 0 : Math.min(from + 1, last);
    case 'ArrowUp':
      return from <= 0 ? -1 : from - 1;
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return Math.min(Math.max(from, 0) + PAGE, last);
    case 'PageUp':
      return from <= 0 ? -1 : Math.max(from - PAGE, 0);
  }
}

/** Which option Enter opens: the active one, else the first (typing then Enter opens the best match). */
export function enterTarget(active: number, count: number): number {
  if (count <= 0) return -1;
  return active >= 0 && active < count ? active : 0;
}

/** After new results arrive: keep the active option when it is still the same item, else none. */
export function keepActive(previousKey: string | null, keys: readonly string[]): number {
  return previousKey === null ? -1 : keys.indexOf(previousKey);
}
