/**
 * Latin keys under which a reader can type a Chinese name: full pinyin without tones or spaces ("sundajun") and
 * initials ("sdj"). ü is offered both as "v" (keyboard convention) and "u" ("lvliang", "luliang").
 */
import { pinyin } from 'pinyin-pro';

function variants(syllables: string[]): string[] {
  const joined = syllables.join('');
  if (!joined.includes('ü')) return [joined];
  return [joined.replaceAll('ü', 'v'), joined.replaceAll('ü', 'u')];
}

export function latinKeys(name: string, isPerson: boolean): string[] {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: isPerson ? 'head' : 'off' })
    .map((s) => s.toLowerCase())
    .filter((s) => /^[a-zü]+$/.test(s));
  if (syllables.length === 0) return [];
  const keys = variants(syllables);
  if (syllables.length >= 2) keys.push(syllables.map((s) => s[0]!).join(''));
  return [...new Set(keys)];
}
