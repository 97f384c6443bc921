/**
 * Where the build puts jieba's WebAssembly in the extension (wxt.config.ts copies it there) and where the
 * background fetches it from (lib/background/jieba/browser.ts). Kept free of imports so the build config can read it.
 */
export const JIEBA_WASM_PATH = '/jieba/jieba_rs_wasm_bg.wasm';
