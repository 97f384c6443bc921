import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { postIndexOfArchive } from '@/core/posts';
import { archiveHandlers, archiveService, startArchiveService } from '@/lib/background/archive/service';
import { compileJieba } from '@/lib/background/jieba/browser';
import { JIEBA_WASM_PATH } from '@/lib/background/jieba/wasm-path';
import { JIEBA_WASM_SOURCE } from '@/scripts/lib/jieba-node';
import type { ArchiveStatus, SearchResult } from '@/lib/shared/archive-protocol';
import { createRouter } from '@/lib/shared/messages/router';
import { archiveVersion } from '@/lib/background/storage/meta';
import type { StoredPosts } from '@/lib/background/storage/schema';
import {
  cutIntoParts,
  RECORDS_PARTS_FILE,
  recordsFileParts,
  recordsPartName,
} from '@/scripts/lib/records-file';
import { fixtureBundle } from './helpers';
import { until } from './service-helpers';

const wasm = readFileSync(JIEBA_WASM_SOURCE);

describe('the background’s archive service, as the extension starts it', () => {
  const requested: string[] = [];
  beforeAll(async () => {
    let bundle: ReturnType<typeof fixtureBundle> | null = null;
    // the records file in small parts, so that the install reads several of them, as it does a large archive's
    let parts: Uint8Array<ArrayBuffer>[][] | null = null;
    vi.stubGlobal('fetch', async (input: string | URL | Request) => {
      const { archive, index, version } = (bundle ??= fixtureBundle());
      parts ??= [...cutIntoParts(recordsFileParts(archive, index, version), 4096)];
      const url = String(input instanceof Request ? input.url : input);
      requested.push(url);
      if (url.endsWith('/archive.json')) return Response.json({ ...archive, version });
      if (url.endsWith(`/${RECORDS_PARTS_FILE}`))
        return Response.json({
          kind: 'lvliang-records-parts',
          parts: parts.map((_, i) => recordsPartName(i)),
        });
      const part = parts.find((_, i) => url.endsWith(`/${recordsPartName(i)}`));
      if (part) return new Response(new Blob(part));
      if (url.endsWith('.wasm'))
        return new Response(wasm, { headers: { 'content-type': 'application/wasm' } });
      return new Response('not found', { status: 404 });
    });
  });
  afterAll(() => vi.unstubAllGlobals());
  beforeAll(async () => {
    // the extension's loader instantiates jieba first (through fetch), before anything else in this process does
    expect(await compileJieba()).toBeGreaterThan(0);
    // from the extension's own URL, where the build ships the file
    expect(requested).toContain(fakeBrowser.runtime.getURL(JIEBA_WASM_PATH as '/'));
  });

  it('loads the bundled files on install, then answers searches; jieba warms up in the background', async () => {
    await startArchiveService();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await until(() => archiveService.status().ready);
    // the records the build planned are stored as they are: the archive itself is not read
    const partsRead = requested.filter((u) => /\/archive-records-\d+\.bin$/.test(u));
    expect(partsRead.length).toBeGreaterThan(1);
    expect(new Set(partsRead).size).toBe(partsRead.length);
    expect(requested.some((u) => u.endsWith('/archive.json'))).toBe(false);
    // the post index came with them, so the first card reads it instead of building it
    const { db, meta } = await archiveService.installedArchive();
    const posts = (await db.get('searchIndex', [meta.generation, 'posts'])) as StoredPosts;
    expect(posts.version).toBe(archiveVersion(meta));
    expect(posts.index).toEqual(postIndexOfArchive(fixtureBundle().archive));
    expect(posts.index.issueDates.length).toBeGreaterThan(0);

    const route = createRouter(archiveHandlers);
    const reply = await route({ type: 'archive/search', query: '政协委员' });
    expect(reply.ok && (reply.data as SearchResult).hits.map((h) => h.id).sort()).toEqual(['a3', 'a6']);

    // The warm-up's times are "once known": none while searches still take the quick path, both after.
    const early = archiveService.status().search;
    if (early.tokenizer === 'quick') expect(early.jiebaWarmMs).toBeNull();
    await until(() => archiveService.status().search.tokenizer === 'jieba', 20_000);
    const status = (await route({ type: 'archive/status' })) as { ok: true; data: ArchiveStatus };
    const { jiebaCompileMs, jiebaWarmMs, jiebaError } = status.data.search;
    expect(jiebaError).toBeNull();
    // Known now, in whole milliseconds (0 when jieba was compiled earlier in this process and warmed with no names).
    for (const ms of [jiebaCompileMs, jiebaWarmMs]) {
      expect(Number.isInteger(ms)).toBe(true);
      expect(ms).toBeGreaterThanOrEqual(0);
    }
    const refined = await route({ type: 'archive/search', query: '政协委员' });
    expect(refined.ok && (refined.data as SearchResult).tokenizer).toBe('jieba');
  });
});
