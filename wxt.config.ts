import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and per-site switches; sidePanel: the timeline / reader panel.
    permissions: ['storage', 'sidePanel'],
    content_security_policy: {
      // jieba-wasm compiles WebAssembly in extension pages (background, popup, side panel).
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
  },
});
