/** Small facts about page text the overlay keeps while it scans. */

const LVLIANG = /[吕呂]梁/g;

/** Times the text names Lüliang (吕梁 in simplified or traditional characters). */
export function countLvliang(text: string): number {
  LVLIANG.lastIndex = 0;
  let count = 0;
  while (LVLIANG.exec(text)) count++;
  return count;
}

/** Whether the text has any Chinese character: pages without one are never matched. */
export { hasHan } from '@/core/han';

/**
 * The page's opening text, up to `limit` characters, with a line break at every block boundary: where a
 * publication date is printed (`findPageDate` reads it line by line).
 */
export class OpeningText {
  private parts: string[] = [];
  private length = 0;

  constructor(private readonly limit = 20_000) {}

  get full(): boolean {
    return this.length >= this.limit;
  }

  add(text: string, breakBefore: boolean): void {
    if (this.full) return;
    const piece = (breakBefore && this.length > 0 ? '\n' : '') + text;
    const kept = piece.slice(0, this.limit - this.length);
    this.parts.push(kept);
    this.length += kept.length;
  }

  toString(): string {
    return this.parts.join('');
  }
}
