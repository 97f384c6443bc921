/**
 * Loads Readability into the content script on demand. The bundler inlines every static and dynamic import
 * into the content script, so Readability ships as its own file (entrypoints/article-reader.ts, declared
 * web-accessible so the content script may import it) and is imported by address the first time a page is
 * saved. It runs in the content script's isolated world, out of the page's reach.
 */
import type { Readability } from '@mozilla/readability';

export const READER_GLOBAL = '__lvliangReadability';
export const READER_FILE = 'article-reader.js';

export type ReadabilityClass = typeof Readability;

export async function loadReadability(): Promise<ReadabilityClass> {
  const scope = globalThis as Record<string, unknown>;
  if (!scope[READER_GLOBAL]) {
    await import(/* @vite-ignore */ browser.runtime.getURL(`/${READER_FILE}`));
  }
  const reader = scope[READER_GLOBAL];
  if (typeof reader !== 'function') throw new Error('the article reader did not load');
  return reader as ReadabilityClass;
}
