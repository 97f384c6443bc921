/**
 * Pinyin for English readers: a person's name as an English text prints it (`Sun Dajun`, `Sūn Dàjūn` with
 * tones), and a headline read syllable by syllable with its punctuation in Latin form. Uses pinyin-pro, so it
 * runs in the background and extension pages; the content script receives the results, never the library.
 */
import { pinyin } from 'pinyin-pro';
import { isAllHan } from '../han';
import { capital, displayPinyin } from './pinyin-display';

/** A person's name in pinyin as English texts print it, without tones: 冯凯治 → `Feng Kaizhi`. */
export function personPinyin(name: string, tones = false): string {
  if (!isAllHan(name)) return name;
  const syllables = pinyin(name, {
    mode: 'surname',
    type: 'array',
    ...(tones ? {} : { toneType: 'none' as const }),
  });
  return displayPinyin(syllables.join(' '), name, true);
}

/** Chinese punctuation in Latin form: opening marks attach to the word after, closing marks to the word before. */
const OPENING: Record<string, string> = { '“': '"', '‘': "'", '《': '"', '（': '(', '【': '[' };
const CLOSING: Record<string, string> = {
  '”': '"',
  '’': "'",
  '》': '"',
  '）': ')',
  '】': ']',
  '，': ',',
  '、': ',',
  '。': '.',
  '：': ':',
  '；': ';',
  '！': '!',
  '？': '?',
};

/** One headline line: syllables and Latin words apart, punctuation glued to its side. */
function readLine(line: string): string {
  const words: string[] = [];
  let open = '';
  const push = (word: string) => {
    words.push(open + word);
    open = '';
  };
  for (const token of pinyin(line, { type: 'array', nonZh: 'consecutive' })) {
    if (isAllHan(token)) continue; // a character pinyin-pro cannot read
    let word = '';
    for (const ch of token) {
      if (OPENING[ch] !== undefined) {
        if (word) push(word);
        word = '';
        open += OPENING[ch];
      } else if (CLOSING[ch] !== undefined) {
        if (word) push(word);
        word = '';
        if (words.length > 0) words[words.length - 1] += CLOSING[ch];
      } else if (/\s/.test(ch)) {
        if (word) push(word);
        word = '';
      } else word += ch === '·' || ch === '—' ? '-' : ch;
    }
    if (word) push(word);
  }
  if (open && words.length > 0) words[words.length - 1] += open;
  return words.join(' ');
}

/**
 * A headline in toned pinyin, syllable by syllable, first letter capitalised: `孙大军在柳林县调研` →
 * `Sūn dà jūn zài liǔ lín xiàn diào yán`. Punctuation reads as Latin; digits and Latin text stay; the space
 * between printed headline lines becomes ` / `.
 */
export function headlinePinyin(text: string): string {
  const lines = text.trim().split(/\s+/).filter(Boolean).map(readLine);
  return capital(lines.filter(Boolean).join(' / '));
}
