/**
 * First pass: the page text as a list of source lines. Every later pass refers to lines by their index, so
 * warnings can name the printed line and the coverage of the page can be checked line by line.
 */
import { collapseWhitespace, removeSpacesAroundChinese, toFullWidthPunctuation } from './normalize';
import { visualWidth, withoutControlCharacters } from './text';

export interface SourceLine {
  /** 0-based position in the page text. */
  index: number;
  /** 1-based line number, for messages. */
  number: number;
  /** Punctuation in full width, whitespace collapsed; spaces between names are kept. */
  text: string;
  /** `text` without the spaces around Chinese characters. */
  tight: string;
  /** Printed width in em units. */
  width: number;
  /** Starts with whitespace: extraction marks the first line of a new text frame this way. */
  indented: boolean;
}

export function splitSourceLines(text: string): SourceLine[] {
  const rawLines = text.replace(/^\ufeff/u, '').split(/\r\n|\r|\n/u);
  const lines: SourceLine[] = [];
  rawLines.forEach((raw, index) => {
    const cleaned = withoutControlCharacters(raw);
    const body = collapseWhitespace(cleaned);
    if (body === '') return;
    const textLine = toFullWidthPunctuation(body);
    lines.push({
      index,
      number: index + 1,
      text: textLine,
      tight: removeSpacesAroundChinese(textLine),
      width: visualWidth(textLine),
      indented: /^[ \t\u3000\u00a0]/u.test(cleaned),
    });
  });
  return lines;
}
