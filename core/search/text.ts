/**
 * Character-level helpers shared by indexing, queries and snippets. Everything here preserves string length, so
 * offsets found in folded text are valid in the original text (snippets mark the original).
 */
import { HAN_CLASS, isHanAt } from '../han';

/** Latin letters and digits after folding (what a Latin or numeric token is made of). */
export function isAlnum(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a);
}

/**
 * Full-width ASCII to half-width and upper to lower case, one UTF-16 unit for one, so positions never shift.
 * Archive text is printed with full-width digits and Latin letters next to half-width ones; both must match.
 */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    else if (c === 0x3000) c = 0x20;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    out += String.fromCharCode(c);
  }
  return out;
}

export interface Run {
  kind: 'han' | 'latin';
  text: string;
  start: number;
}

/**
 * Splits folded text into runs of Han characters and runs of Latin letters/digits (with inner '.' and '%' kept so
 * "19.2%" stays one token, as jieba emits it). Everything else separates runs.
 */
export function runs(folded: string): Run[] {
  const out: Run[] = [];
  let i = 0;
  while (i < folded.length) {
    const ch = folded[i]!;
    if (isHanAt(folded, i)) {
      const start = i;
      while (isHanAt(folded, i)) i++;
      out.push({ kind: 'han', text: folded.slice(start, i), start });
    } else if (isAlnum(ch)) {
      const start = i++;
      while (i < folded.length) {
        const c = folded[i]!;
        if (isAlnum(c)) i++;
        else if (c === '.' && i + 1 < folded.length && isAlnum(folded[i + 1]!)) i++;
        else {
          if (c === '%') i++;
          break;
        }
      }
      out.push({ kind: 'latin', text: folded.slice(start, i), start });
    } else i++;
  }
  return out;
}

const SPACED_HAN = new RegExp(`([${HAN_CLASS}])\\s+(?=[${HAN_CLASS}])`, 'gu');

/**
 * Removes whitespace between Han characters: printed pages letter-space headlines ("脱 贫 攻 坚") and wrap lines
 * inside words. Used when indexing, where positions do not matter.
 */
export function joinHan(text: string): string {
  return text.replace(SPACED_HAN, '$1');
}
