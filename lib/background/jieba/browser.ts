/**
 * jieba in the extension (background module worker or an extension page): the web build of jieba-wasm.
 *
 * Two steps, because they cost differently: `compileJieba` fetches and compiles the WebAssembly (asynchronous,
 * mostly off the main thread), `warmJieba` builds the dictionary and adds the archive's names (synchronous,
 * ≈ 200 ms that block the thread). The background runs the second step only while no request is waiting, and
 * answers with the quick path (bigrams, entity names) until it is done.
 */
// Only initSync: the glue's default export names its .wasm with `new URL(…, import.meta.url)`, which the bundler
// would inline as 4 MB of base64 in the Manifest V2 background. The build ships the file instead (wasm-path.ts).
import { add_word, cut, cut_for_search, initSync } from 'jieba-wasm/web';
import { jiebaTokenizer } from '@/core/search/jieba-tokenizer';
import type { Tokenizer, UserWord } from '@/core/search/tokenizer';
import type { PublicPath } from 'wxt/browser';
import { JIEBA_WASM_PATH } from './wasm-path';

export interface JiebaTiming {
  /** Fetch + compile + instantiate of the WebAssembly. */
  compileMs: number;
  /** Dictionary build (first cut) and the archive's entity names. */
  warmMs: number;
}

let compiling: Promise<number> | null = null;

/** Resolves with the milliseconds compilation took; later calls share the first. */
export function compileJieba(
  wasmUrl = browser.runtime.getURL(JIEBA_WASM_PATH as PublicPath),
): Promise<number> {
  compiling ??= (async () => {
    const started = performance.now();
    const response = await fetch(wasmUrl);
    if (!response.ok) throw new Error(`jieba's WebAssembly could not be read (${response.status}).`);
    // Compiled asynchronously (off the thread); instantiating the compiled module is then quick.
    const module = await WebAssembly.compile(await response.arrayBuffer());
    initSync({ module });
    return performance.now() - started;
  })().catch((error: unknown) => {
    compiling = null;
    throw error;
  });
  return compiling;
}

/** Builds the dictionary (blocking) and returns the tokenizer; call after `compileJieba` resolved. */
export function warmJieba(words: UserWord[]): { tokenizer: Tokenizer; warmMs: number } {
  const started = performance.now();
  const tokenizer = jiebaTokenizer({ add_word, cut, cut_for_search });
  cut_for_search('吕梁', true);
  tokenizer.addWords?.(words);
  return { tokenizer, warmMs: performance.now() - started };
}
