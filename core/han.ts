/**
 * What counts as a Chinese character, once for the parser, the extractors, the matcher, search and the pages.
 *
 * A Chinese character is a Han ideograph that can stand in a word or a name:
 *   - U+4E00–U+9FFF CJK Unified Ideographs (the whole block: newer additions such as 鿏 sit above U+9FA5),
 *   - U+3400–U+4DBF Extension A (rare characters of place and person names: 㟁, 䶮),
 *   - U+F900–U+FAFF Compatibility Ideographs (older fonts and converted scans print some characters so),
 *   - U+3007 〇, the ideographic zero the paper prints in dates (二〇二三年),
 *   - U+20000–U+323AF Extensions B–I and the compatibility supplement, where a whole code point is at hand.
 * Left out: radicals (U+2E80–U+2FDF) and the iteration mark 々, which are not characters of Chinese words, and
 * full-width punctuation. `\p{Script=Han}` would let the radicals in; the old per-module ranges each missed
 * a different part of the list above.
 *
 * Code ranges, not a regex: most callers ask for every character of a page.
 */

/** Whether a code point (or a UTF-16 code unit: a lone surrogate is never one) is a Chinese character. */
export function isHanCodePoint(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    c === 0x3007 ||
    (c >= 0x20000 && c <= 0x323af)
  );
}

/** Whether `ch` (one character; undefined past the end of a text) is a Chinese character. */
export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && isHanCodePoint(ch.codePointAt(0)!);
}

/**
 * Whether the UTF-16 code unit at `pos` is a Chinese character (out of range: no). Code units, so offsets stay
 * those of the text; no string is allocated, as this runs at every position.
 */
export function isHanAt(text: string, pos: number): boolean {
  return pos >= 0 && pos < text.length && isHanCodePoint(text.charCodeAt(pos));
}

/** Whether the text has at least one Chinese character. */
export function hasHan(text: string): boolean {
  for (const ch of text) if (isHan(ch)) return true;
  return false;
}

/** Whether the text is not empty and every character of it is Chinese. */
export function isAllHan(text: string): boolean {
  if (text === '') return false;
  for (const ch of text) if (!isHan(ch)) return false;
  return true;
}

/**
 * The same characters as a regex class body, for patterns that need Chinese characters inside a larger
 * grammar (`new RegExp(`[${HAN_CLASS}]{2,3}市`, 'u')`). Needs the `u` flag for the supplementary planes.
 */
export const HAN_CLASS = '\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u3007\\u{20000}-\\u{323af}';
