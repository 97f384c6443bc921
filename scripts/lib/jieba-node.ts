/**
 * jieba for Node (CLI, build step, tests): the web build of jieba-wasm instantiated synchronously from the
 * .wasm file next to it. One instance per process; its dictionary build (the first cut) is timed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { add_word, cut, cut_for_search, initSync } from 'jieba-wasm/web';
import { jiebaTokenizer } from '../../core/search/jieba-tokenizer';
import type { Tokenizer } from '../../core/search/tokenizer';

/** jieba-wasm's WebAssembly file, beside its web glue module. */
export const JIEBA_WASM_SOURCE = join(
  dirname(createRequire(import.meta.url).resolve('jieba-wasm/web')),
  'jieba_rs_wasm_bg.wasm',
);

let tokenizer: Tokenizer | null = null;
/** Milliseconds the first load took (WebAssembly instantiation + dictionary build). */
export let jiebaWarmMs = 0;

export function nodeJieba(): Tokenizer {
  if (tokenizer) return tokenizer;
  const started = performance.now();
  initSync({ module: readFileSync(JIEBA_WASM_SOURCE) });
  cut_for_search('吕梁', true); // builds the dictionary now rather than inside the first real cut
  jiebaWarmMs = performance.now() - started;
  tokenizer = jiebaTokenizer({ add_word, cut, cut_for_search });
  return tokenizer;
}
