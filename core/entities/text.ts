/** Character classes and text normalisation shared by the extractors. */
import { isHan, isHanAt } from '../han';
import type { Article } from '../types';

const HALF_TO_FULL: Readonly<Record<string, string>> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '(': '（',
  ')': '）',
  '?': '？',
  '!': '！',
  '\u3000': ' ',
  '\t': ' ',
  '\r': ' ',
};

/**
 * Whether `ch` ends a run of text a name or a post can occupy: clause punctuation, quotes, brackets, white
 * space, digits and Latin letters, or the end of the text. Every non-Han character qualifies.
 */
export function isBreak(ch: string | undefined): boolean {
  return !isHan(ch);
}

/** `isBreak` for the character at `pos` (out of range counts as a break). */
export function isBreakAt(text: string, pos: number): boolean {
  return !isHanAt(text, pos);
}

/**
 * Canonical form the extractors read: half-width clause punctuation made full-width (pages mix both), white
 * space dropped where it touches punctuation (“赵沂 、梁志勇”), other runs of spaces collapsed to one so a
 * space still separates the parts of a headline (李正印讲话 王立伟主持).
 */
export function normalizeText(text: string): string {
  return text
    .replace(/[,;:()?!\u3000\t\r]/g, (ch) => HALF_TO_FULL[ch] ?? ch)
    .replace(/ {2,}/g, ' ')
    .replace(/ ?([，。；：！？、“”（）《》]) ?/g, '$1')
    .replace(/ *\n */g, '\n');
}

/** The text of an article the extractors scan: printed headline (when any) and body. */
export function articleText(article: Article): string {
  const head = article.headline ? article.headline + '\n' : '';
  return normalizeText(head + article.body);
}

/** Whether `text` contains `word` ending exactly at `end`. */
export function endsWithAt(text: string, end: number, word: string): boolean {
  return end >= word.length && text.startsWith(word, end - word.length);
}
