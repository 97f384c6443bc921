/**
 * Character classes shared by every parsing pass. Newspaper text mixes Han characters, full-width punctuation,
 * ASCII digits and the odd Latin word; most decisions (spacing, line joins, column widths) depend on which class
 * a character belongs to.
 */
import { isHan } from '../han';

const WIDE_PUNCTUATION =
  /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2014\u2015\u2018-\u201f\u2026\u00b7\u2027\u30fb]/u;
const ASCII_ALNUM = /[A-Za-z0-9]/;
const ASCII_LETTER = /[A-Za-z]/;

/** Han characters and full-width punctuation: the characters between which spaces are never meaningful. */
export function isWide(ch: string | undefined): boolean {
  return ch !== undefined && (isHan(ch) || WIDE_PUNCTUATION.test(ch));
}

export function isAsciiAlnum(ch: string | undefined): boolean {
  return ch !== undefined && ASCII_ALNUM.test(ch);
}

export function isAsciiLetter(ch: string | undefined): boolean {
  return ch !== undefined && ASCII_LETTER.test(ch);
}

/** Control characters other than tab, line feed, carriage return and form feed: never part of page text. */
export function isControlCharacter(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f;
}

export function withoutControlCharacters(text: string): string {
  let result = '';
  for (const ch of text) if (!isControlCharacter(ch)) result += ch;
  return result;
}

/**
 * Printed width of a line in em units: full-width characters take one, ASCII half of one, spaces nothing
 * (extraction inserts spaces that were never printed). Used to compare a line with its column.
 */
export function visualWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (/\s/.test(ch)) continue;
    width += ch.charCodeAt(0) < 0x80 ? 0.5 : 1;
  }
  return width;
}

/** Punctuation that ends a sentence, optionally followed by closing quotes or brackets. */
const SENTENCE_END = /[。！？…]+[”’」』）》]*$/u;

export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trimEnd());
}

/** Punctuation that only occurs inside running text, never inside a headline. */
const SENTENCE_PUNCTUATION = /[，。；：！？]/u;

export function hasSentencePunctuation(text: string): boolean {
  return SENTENCE_PUNCTUATION.test(text);
}

/** A line ending with one of these is certainly continued on the next line. */
const CONTINUES = /[，、：；“‘（《〈【—]$/u;

export function endsMidSentence(text: string): boolean {
  return CONTINUES.test(text.trimEnd());
}

/** Removes every whitespace character: the form in which texts are compared. */
export function compact(text: string): string {
  return text.replace(/\s+/gu, '');
}
