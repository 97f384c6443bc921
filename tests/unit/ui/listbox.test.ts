import { describe, expect, it } from 'vitest';
import { enterTarget, isListKey, keepActive, moveActive } from '@/components/search/listbox';

describe('keyboard movement in the results', () => {
  it('starts at the first option and stops at the last', () => {
    expect(moveActive(-1, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(0, 3, 'ArrowDown')).toBe(1);
    expect(moveActive(2, 3, 'ArrowDown')).toBe(2);
  });

  it('goes back to the search box from the first option', () => {
    expect(moveActive(1, 3, 'ArrowUp')).toBe(0);
    expect(moveActive(0, 3, 'ArrowUp')).toBe(-1);
    expect(moveActive(-1, 3, 'ArrowUp')).toBe(-1);
  });

  it('jumps with Home, End and the page keys', () => {
    expect(moveActive(4, 10, 'Home')).toBe(0);
    expect(moveActive(0, 10, 'End')).toBe(9);
    expect(moveActive(-1, 10, 'PageDown')).toBe(5);
    expect(moveActive(8, 10, 'PageDown')).toBe(9);
    expect(moveActive(7, 10, 'PageUp')).toBe(2);
    expect(moveActive(0, 10, 'PageUp')).toBe(-1);
  });

  it('has no active option in an empty list, and clamps one left from a longer list', () => {
    expect(moveActive(3, 0, 'ArrowDown')).toBe(-1);
    expect(moveActive(7, 3, 'ArrowUp')).toBe(1);
  });

  it('opens the active option on Enter, or the first when none is active', () => {
    expect(enterTarget(2, 5)).toBe(2);
    expect(enterTarget(-1, 5)).toBe(0);
    expect(enterTarget(9, 5)).toBe(0);
    expect(enterTarget(-1, 0)).toBe(-1);
  });

  it('keeps the same item active when new results still hold it', () => {
    expect(keepActive('a:2', ['e:1', 'a:1', 'a:2'])).toBe(2);
    expect(keepActive('a:9', ['a:1'])).toBe(-1);
    expect(keepActive(null, ['a:1'])).toBe(-1);
  });

  it('knows which keys move through the list', () => {
    expect(isListKey('ArrowDown')).toBe(true);
    expect(isListKey('Enter')).toBe(false);
    expect(isListKey('a')).toBe(false);
  });
});
