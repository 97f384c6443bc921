/**
 * jieba in the extension (background module worker or an extension page): the web build of jieba-wasm.
 *
 * Two steps, because they cost differently: `compileJieba` fetches and compiles the WebAssembly (asynchronous,
 * mostly off the main thread), `warmJieba` builds the dictionary and adds the archive's names (synchronous,
 * ≈ 200 ms that block the thread). The background runs the second step only while no request is waiting, and
 * answers with the quick path (bigrams, entity names) until it is done.
 */
import init, { add_word, cut, cut_for_search } from 'jieba-wasm/web';
import { jiebaTokenizer } from '@/core/search/jieba-tokenizer';
import type { Tokenizer, UserWord } from '@/core/search/tokenizer';

export interface JiebaTiming {
  /** Fetch + compile + instantiate of the WebAssembly. */
  compileMs: number;
  /** Dictionary build (first cut) and the archive's entity names. */
  warmMs: number;
}

let compiling: Promise<number> | null = null;

/** Resolves with the milliseconds compilation took; later calls share the first. */
export function compileJieba(wasmUrl?: string): Promise<number> {
  compiling ??= (async () => {
    const started = performance.now();
    // default: the .wasm next to the glue module, where the bundler emits it
    await init(wasmUrl ? { module_or_path: wasmUrl } : undefined);
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
