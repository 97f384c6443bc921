/**
 * For the build step: the search index file that goes next to `archive.json` in the extension
 * (`/search-index.bin`). With it, installing the archive in the browser is a copy into IndexedDB; without it, the
 * background has to segment every article with jieba itself, which is slow for a large archive.
 *
 *   import { searchIndexFile } from './lib/search-index-file';
 *   writeFileSync('public/search-index.bin', searchIndexFile(archive));
 */
import { buildSearchIndex, encodeSearchIndex } from '../../core/search';
import type { Archive } from '../../core/types';
import { nodeJieba } from './jieba-node';

export function searchIndexFile(archive: Archive): Uint8Array<ArrayBuffer> {
  return encodeSearchIndex(buildSearchIndex(archive, nodeJieba()));
}
