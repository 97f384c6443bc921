/**
 * Adapts jieba-wasm's functions to the Tokenizer interface. The loaders (Node: scripts/lib/jieba-node.ts,
 * extension: lib/background/jieba/browser.ts) instantiate the WebAssembly their own way and hand the functions in here.
 */
import { JIEBA_TOKENIZER_ID, type Tokenizer, type UserWord } from './tokenizer';

export interface JiebaFunctions {
  cut_for_search(text: string, hmm?: boolean | null): string[];
  cut(text: string, hmm?: boolean | null): string[];
  add_word(word: string, freq?: number | null, tag?: string | null): number;
}

export function jiebaTokenizer(jieba: JiebaFunctions): Tokenizer {
  // jieba's dictionary is global to the WebAssembly instance; adding a word twice is wasted work
  const added = new Set<string>();
  return {
    id: JIEBA_TOKENIZER_ID,
    cutForSearch: (text) => jieba.cut_for_search(text, true),
    cut: (text) => jieba.cut(text, true),
    addWords(words: UserWord[]) {
      for (const { word, freq, tag } of words) {
        if (added.has(word)) continue;
        added.add(word);
        jieba.add_word(word, freq ?? null, tag ?? null);
      }
    },
  };
}
