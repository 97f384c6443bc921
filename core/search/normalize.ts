/**
 * Query and page-text normalisation: traditional characters (Taiwan, Hong Kong, generic) become the simplified
 * forms the archive is printed in, then the length-preserving fold of `text.ts`.
 *
 * The converters load their dictionaries on first use (tens of milliseconds), so modules that never see a query
 * pay nothing.
 */
import { Converter } from 'opencc-js/t2cn';
import { fold, isHanCode } from './text';

type Convert = (text: string) => string;
let chain: Convert[] | null = null;

function converters(): Convert[] {
  // Hong Kong variants first, then Taiwan phrases (網路 → 网络); each pass leaves simplified text unchanged.
  chain ??= [Converter({ from: 'hk', to: 'cn' }), Converter({ from: 'twp', to: 'cn' })];
  return chain;
}

function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isHanCode(text.charCodeAt(i))) return true;
  return false;
}

/** Traditional → simplified. Text without Han characters is returned as it is, without loading dictionaries. */
export function toSimplified(text: string): string {
  if (!hasHan(text)) return text;
  let out = text;
  for (const convert of converters()) out = convert(out);
  return out;
}

/** What every query and every foreign page text goes through before analysis. */
export function normalizeInput(text: string): string {
  return fold(toSimplified(text.normalize('NFC')));
}
