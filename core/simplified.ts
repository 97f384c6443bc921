/**
 * Traditional → simplified characters, set up once for everything that compares text with the archive: search
 * queries and foreign page text, the overlay's character folding table and the build's word edges. One
 * setup, so a page in traditional characters and a query typed in them fold to the same simplified forms.
 *
 * Hong Kong variants first, then the Taiwan table for what that pass leaves (著 → 着). The Hong Kong pass
 * converts character by character, so Taiwan phrases are already simplified when the Taiwan pass comes (網路
 * → 网路, not 网络): page text and queries meet on the same characters, which is what matching needs. Each
 * pass leaves simplified text unchanged. The dictionaries load on first use (tens of milliseconds).
 */
import { Converter } from 'opencc-js/t2cn';
import { hasHan } from './han';

type Convert = (text: string) => string;
let chain: Convert[] | null = null;

function converters(): Convert[] {
  chain ??= [Converter({ from: 'hk', to: 'cn' }), Converter({ from: 'twp', to: 'cn' })];
  return chain;
}

/** Traditional → simplified. Text without Chinese characters is returned as it is, without loading dictionaries. */
export function toSimplified(text: string): string {
  if (!hasHan(text)) return text;
  let out = text;
  for (const convert of converters()) out = convert(out);
  return out;
}
