/**
 * Readability, loaded into a page's content script only when the reader saves an article from it: at about
 * 35 KB it would not fit the content script's 100 KB budget, and most pages are never saved.
 */
import { Readability } from '@mozilla/readability';
import { READER_GLOBAL } from '@/lib/content/save/readability-loader';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[READER_GLOBAL] = Readability;
});
