/**
 * Text normalisation. Extraction from the printed page leaves half-width punctuation in Chinese text, spaces
 * between every character of justified lines (`打 造 民 心 工 程`) and spaces around numbers (`5月 9日`). Readers
 * and search want `打造民心工程` and `5月9日`, while Latin words and separate numbers keep one space.
 */
import { isHan } from '../han';
import { isAsciiAlnum, isAsciiLetter, isWide } from './text';

const HALF_TO_FULL: Readonly<Record<string, string>> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
};

function previousNonSpace(text: ArrayLike<string>, index: number): string | undefined {
  for (let i = index - 1; i >= 0; i -= 1) {
    const ch = text[i];
    if (ch !== undefined && !/\s/.test(ch)) return ch;
  }
  return undefined;
}

function nextNonSpace(text: ArrayLike<string>, index: number): string | undefined {
  for (let i = index; i < text.length; i += 1) {
    const ch = text[i];
    if (ch !== undefined && !/\s/.test(ch)) return ch;
  }
  return undefined;
}

/**
 * Round brackets become full-width when they belong to Chinese text: their content or an outer neighbour is
 * Chinese. `(ECO)` between Latin words stays as it is.
 */
function convertParentheses(text: string): string {
  if (!/[()]/u.test(text)) return text;
  const chars = [...text];
  const open: number[] = [];
  const pairs: Array<[number, number]> = [];
  const unmatched: number[] = [];
  chars.forEach((ch, i) => {
    if (ch === '(' || ch === '（') open.push(i);
    else if (ch === ')' || ch === '）') {
      const start = open.pop();
      if (start === undefined) unmatched.push(i);
      else pairs.push([start, i]);
    }
  });
  unmatched.push(...open);
  const nearWide = (i: number): boolean =>
    isWide(previousNonSpace(chars, i)) || isWide(nextNonSpace(chars, i + 1));
  for (const [start, end] of pairs) {
    if (chars[start] === '（' && chars[end] === '）') continue;
    const inner = chars.slice(start + 1, end);
    const chinese = inner.some((ch) => isWide(ch)) || isWide(chars[start - 1]) || isWide(chars[end + 1]);
    if (chinese) {
      chars[start] = '（';
      chars[end] = '）';
    }
  }
  for (const i of unmatched) {
    if (chars[i] === '(' && nearWide(i)) chars[i] = '（';
    else if (chars[i] === ')' && nearWide(i)) chars[i] = '）';
  }
  return chars.join('');
}

/**
 * Maps half-width , ; : ? ! ( ) to full width where they sit in Chinese text. Numbers (`1,000`, `10:30`,
 * `19.2%`) and Latin text keep their ASCII punctuation. Other ASCII marks (`<…>` nesting a title inside 《》)
 * stay as printed.
 */
export function toFullWidthPunctuation(text: string): string {
  // Each conversion can give a neighbour a full-width context (`(北京),` → `（北京）,` → `（北京），`), so the
  // conversions repeat until nothing changes; every round only ever widens, so this ends quickly.
  let current = text;
  for (let round = 0; round < 4 && /[,;:?!()]/u.test(current); round += 1) {
    const next = convertParentheses(convertSeparators(current));
    if (next === current) break;
    current = next;
  }
  return current;
}

function convertSeparators(text: string): string {
  return text.replace(/[,;:?!]/gu, (ch, offset: number, whole: string) => {
    const before = previousNonSpace(whole, offset);
    const after = nextNonSpace(whole, offset + 1);
    if (isAsciiAlnum(before) && isAsciiAlnum(after)) return ch;
    if (isWide(before) || isWide(after)) return HALF_TO_FULL[ch] ?? ch;
    return ch;
  });
}

/** Tabs, ideographic and non-breaking spaces become ordinary spaces; runs of spaces become one. */
export function collapseWhitespace(text: string): string {
  return text
    .replace(/[\t\u3000\u00a0\u2002-\u200b\ufeff]/gu, ' ')
    .replace(/ {2,}/gu, ' ')
    .trim();
}

/**
 * Drops every space that touches a Han character or full-width punctuation mark; other runs of spaces
 * (between Latin words or between two numbers) become a single space.
 */
export function removeSpacesAroundChinese(text: string): string {
  return text
    .replace(/\s+/gu, (space, offset: number, whole: string) => {
      const before = whole[offset - 1];
      const after = whole[offset + space.length];
      if (before === undefined || after === undefined) return '';
      if (isWide(before) || isWide(after)) return '';
      if (after === '%' || after === '％') return '';
      return ' ';
    })
    .trim();
}

/** Full normalisation of running text: punctuation to full width, no spaces around Chinese. */
export function normalizeBodyText(text: string): string {
  // The two steps feed each other: a removed space can put a half-width bracket next to a Han character, and a
  // widened bracket makes the space beside it removable. Repeat until nothing changes (two rounds at most in
  // practice), so that normalised text is a fixed point.
  let current = collapseWhitespace(text);
  for (let round = 0; round < 4; round++) {
    const next = removeSpacesAroundChinese(toFullWidthPunctuation(current));
    if (next === current) break;
    current = next;
  }
  return current;
}

/**
 * Joins the hard-wrapped lines of one paragraph. Lines break anywhere, even inside a word or a number
 * (`7` / `月份`), so lines are concatenated directly; only two Latin letters meeting at the break get a space.
 */
export function joinWrappedLines(lines: readonly string[]): string {
  // Pieces are collected and joined once: reading the last character of a growing string would flatten it on
  // every line, which is quadratic on a paragraph of many lines.
  const pieces: string[] = [];
  let lastChar: string | undefined;
  for (const line of lines) {
    const piece = line.trim();
    if (piece === '') continue;
    if (lastChar !== undefined && isAsciiLetter(lastChar) && isAsciiLetter(piece[0])) pieces.push(' ');
    pieces.push(piece);
    lastChar = piece[piece.length - 1];
  }
  return pieces.join('');
}

/** `切 实 维 护 人 民`: a justified line whose characters were spread apart, one token per character. */
export function isLetterSpaced(text: string): boolean {
  const tokens = text
    .trim()
    .split(/\s+/u)
    .filter((token) => token !== '');
  if (tokens.length < 3) return false;
  const single = tokens.filter((token) => [...token].length === 1).length;
  return single / tokens.length >= 0.7;
}

/**
 * Normalises one printed headline line. Unlike body text, a headline keeps the space between two phrases
 * (`树牢安全发展理念 加强安全生产监管`), but letter-spaced lines are closed up.
 */
export function normalizeHeadlineLine(text: string): string {
  const line = toFullWidthPunctuation(collapseWhitespace(text));
  if (isLetterSpaced(line)) return removeSpacesAroundChinese(line);
  return line
    .replace(/\s+/gu, (space, offset: number, whole: string) => {
      const before = whole[offset - 1];
      const after = whole[offset + space.length];
      if (before === undefined || after === undefined) return '';
      const phraseBoundary =
        (isHan(before) || /[”》）]/u.test(before)) && (isHan(after) || /[“《（]/u.test(after));
      if (phraseBoundary) return ' ';
      if (isWide(before) || isWide(after)) return '';
      return ' ';
    })
    .trim();
}
