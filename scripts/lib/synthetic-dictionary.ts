/**
 * The word list the honest synthetic corpus draws from: jieba's own dictionary (about 349 000 words with their
 * frequencies), as the @node-rs/jieba package ships it, so the same version gives the same corpus everywhere.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseDictionary, type DictionaryWord } from '../../bench/synthetic-zipf';

export const JIEBA_DICTIONARY_FILE = join(
  dirname(createRequire(import.meta.url).resolve('@node-rs/jieba/package.json')),
  'dict.txt',
);

let words: DictionaryWord[] | null = null;

export function jiebaDictionary(): DictionaryWord[] {
  words ??= parseDictionary(readFileSync(JIEBA_DICTIONARY_FILE, 'utf8'));
  return words;
}
