import { describe, expect, it } from 'vitest';
import { placeCard, type Box } from '@/lib/content/overlay/card-position';

const viewport = { width: 1000, height: 800 };
const card = { width: 300, height: 200 };
const box = (left: number, top: number, width = 48, height = 20): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});
const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('placeCard', () => {
  it('goes below the mention when there is room', () => {
    const p = placeCard(box(100, 100), card, viewport);
    expect(p).toEqual({ left: 100, top: 126, side: 'below', maxHeight: 800 - 8 - 126 });
  });

  it('goes above when the mention is near the bottom', () => {
    const p = placeCard(box(100, 700), card, viewport);
    expect(p.side).toBe('above');
    expect(p.top).toBe(700 - 6 - 200);
  });

  it('stays inside the viewport horizontally', () => {
    expect(placeCard(box(900, 100), card, viewport).left).toBe(1000 - 8 - 300);
    expect(placeCard(box(-30, 100), card, viewport).left).toBe(8);
    // A card wider than the viewport starts at the margin.
    expect(placeCard(box(500, 100), { width: 2000, height: 100 }, viewport).left).toBe(8);
  });

  it('takes the roomier side and shrinks when it fits on neither', () => {
    const tall = { width: 300, height: 700 };
    const nearTop = placeCard(box(100, 200), tall, viewport);
    expect(nearTop.side).toBe('below');
    expect(nearTop.maxHeight).toBe(800 - 8 - 226);
    const nearBottom = placeCard(box(100, 560), tall, viewport);
    expect(nearBottom.side).toBe('above');
    expect(nearBottom.top).toBe(8);
    expect(nearBottom.maxHeight).toBe(560 - 6 - 8);
  });

  it('never covers the mention and never leaves the viewport, wherever the mention is', () => {
    const bad: string[] = [];
    let tried = 0;
    for (let top = 0; top <= 780; top += 20) {
      for (let left = -40; left <= 1000; left += 40) {
        for (const size of [card, { width: 360, height: 420 }, { width: 200, height: 60 }]) {
          const anchor = box(left, top);
          const p = placeCard(anchor, size, viewport);
          const height = Math.min(size.height, p.maxHeight);
          const placed = { left: p.left, top: p.top, right: p.left + size.width, bottom: p.top + height };
          tried++;
          const ok =
            !overlaps(placed, anchor) &&
            placed.left >= 8 &&
            placed.right <= 992 &&
            placed.top >= 8 &&
            placed.bottom <= 792;
          if (!ok) bad.push(JSON.stringify({ anchor, size, p }));
        }
      }
    }
    expect(tried).toBeGreaterThan(3000);
    expect(bad).toEqual([]);
  });
});
