import { defineConfig, type WxtViteConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { join } from 'node:path';
import { writeBundledArchive } from './scripts/lib/bundle-archive';
import { writeWordEdges } from './scripts/lib/word-edges-file';
import { JIEBA_WASM_SOURCE } from './scripts/lib/jieba-node';
import { JIEBA_WASM_PATH } from './lib/background/jieba/wasm-path';
import { lazyLibraries } from './scripts/lib/lazy-library';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Another output directory (LVLIANG_OUT_DIR) lets the benchmark build a variant without touching .output/.
  ...(process.env.LVLIANG_OUT_DIR ? { outDir: process.env.LVLIANG_OUT_DIR } : {}),
  // pinyin-pro builds its dictionaries as it loads; the background needs it only when the reader adds pages, so it
  // is evaluated on first use rather than on every start of the service worker (scripts/lib/lazy-library.ts).
  vite: () => ({ plugins: [preact(), jiebaWasmAsFile(), lazyLibraries(['pinyin-pro'])] }),
  hooks: {
    // The archive is parsed from seeds/ at build time with the same parser the extension runs, and shipped
    // as public files the background loads into IndexedDB on install and update.
    'build:publicAssets': (wxt, files) => {
      const bundle = writeBundledArchive(join(wxt.config.wxtDir, 'bundle'));
      files.push(...bundle);
      // Words across the names' edges, from jieba's dictionary: the page matcher's word boundaries.
      const archive = bundle.find((file) => file.relativeDest === 'archive.json');
      if (archive) files.push(writeWordEdges(join(wxt.config.wxtDir, 'bundle'), archive.absoluteSrc));
      // jieba's WebAssembly as its own file, fetched from the extension's URL (lib/background/jieba/browser.ts): a bundler
      // would inline its 4 MB into background.js as base64 in the Manifest V2 build.
      files.push({ absoluteSrc: JIEBA_WASM_SOURCE, relativeDest: JIEBA_WASM_PATH.slice(1) });
    },
  },
  manifest: ({ browser }) => ({
    ...(browser === 'firefox'
      ? {
          // Firefox asks for a stable id, and for what data leaves the browser: none does.
          browser_specific_settings: {
            gecko: {
              id: 'lvliang-lens@lvliang.invalid',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and per-site switches; sidePanel (Chrome only: Firefox's sidebar_action needs no
    // permission): the timeline / reader panel; contextMenus: "Search the Lüliang archive for …" on selected text
    // (opens the side panel's search) and "Save this article to the Lüliang archive" on a page.
    permissions: ['storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    commands: {
      // Steps through the mentions highlighted on the page and opens each one's card.
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Next archive mention on the page',
      },
      // Opens the side panel (Chrome keeps _execute_action for the popup); answered in lib/background/panel/panel-command.ts.
      'open-side-panel': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Open the Lüliang Lens side panel',
      },
    },
    // Readability, imported by the content script only when the reader saves an article (lib/content/save/readability-loader.ts).
    // A dynamic URL keeps pages from probing for the extension through it.
    web_accessible_resources: [
      {
        resources: ['article-reader.js'],
        matches: ['http://*/*', 'https://*/*'],
        use_dynamic_url: true,
      },
    ],
    content_security_policy: {
      // jieba-wasm compiles WebAssembly in extension pages (background, popup, side panel).
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
  }),
});

/**
 * jieba-wasm's glue names its .wasm with `new URL('…_bg.wasm', import.meta.url)` as the default of its async
 * init, and references that init from the sync one, so tree-shaking cannot drop it: the bundler then emits a
 * second copy of the 4 MB file (Chrome) or inlines it as base64 (Firefox's Manifest V2 background). The extension
 * always passes the compiled module (lib/background/jieba/browser.ts), so the default is cut out; a changed glue fails the
 * build rather than quietly inlining the file again.
 */
function jiebaWasmAsFile(): NonNullable<WxtViteConfig['plugins']>[number] {
  const defaultUrl = "new URL('jieba_rs_wasm_bg.wasm', import.meta.url)";
  return {
    name: 'jieba-wasm-as-file',
    enforce: 'pre',
    transform(code, id) {
      if (!/jieba-wasm[\\/]pkg[\\/]web[\\/]jieba_rs_wasm\.js$/.test(id)) return null;
      if (!code.includes(defaultUrl)) throw new Error(`jieba-wasm's glue no longer contains ${defaultUrl}`);
      return { code: code.replace(defaultUrl, 'undefined'), map: null };
    },
  };
}
