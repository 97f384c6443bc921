import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { join } from 'node:path';
import { writeBundledArchive } from './scripts/lib/bundle-archive';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Another output directory (LVLIANG_OUT_DIR) lets the benchmark build a variant without touching .output/.
  ...(process.env.LVLIANG_OUT_DIR ? { outDir: process.env.LVLIANG_OUT_DIR } : {}),
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The archive is parsed from seeds/ at build time with the same parser the extension runs, and shipped
    // as public files the background loads into IndexedDB on install and update.
    'build:publicAssets': (wxt, files) => {
      files.push(...writeBundledArchive(join(wxt.config.wxtDir, 'bundle')));
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
    // storage: settings and per-site switches; sidePanel: the timeline / reader panel;
    // contextMenus: "Search the Lüliang archive for …" on selected text (opens the side panel's search) and
    // "Save this article to the Lüliang archive" on a page.
    permissions: ['storage', 'sidePanel', 'contextMenus'],
    commands: {
      // Steps through the mentions highlighted on the page and opens each one's card.
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Next archive mention on the page',
      },
      // Opens the side panel (Chrome keeps _execute_action for the popup); answered in lib/panel/commands.ts.
      'open-side-panel': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Open the Lüliang Lens side panel',
      },
    },
    // Readability, imported by the content script only when the reader saves an article (lib/save/reader.ts).
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
