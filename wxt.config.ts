import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { join } from 'node:path';
import { writeBundledArchive } from './scripts/lib/bundle-archive';
import { writeWordEdges } from './scripts/lib/word-edges-file';

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Another output directory (LVLIANG_OUT_DIR) lets the benchmark build a variant without touching .output/.
  ...(process.env.LVLIANG_OUT_DIR ? { outDir: process.env.LVLIANG_OUT_DIR } : {}),
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The archive is parsed from seeds/ at build time with the same parser the extension runs, and shipped
    // as public files the background loads into IndexedDB on install and update.
    'build:publicAssets': (wxt, files) => {
      const bundle = writeBundledArchive(join(wxt.config.wxtDir, 'bundle'));
      files.push(...bundle);
      // Words across the names' edges, from jieba's dictionary: the page matcher's word boundaries.
      const archive = bundle.find((file) => file.relativeDest === 'archive.json');
      if (archive) files.push(writeWordEdges(join(wxt.config.wxtDir, 'bundle'), archive.absoluteSrc));
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
    // contextMenus: "Search the Lüliang archive for …" on selected text (opens the side panel's search).
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
    content_security_policy: {
      // jieba-wasm compiles WebAssembly in extension pages (background, popup, side panel).
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
  }),
});
