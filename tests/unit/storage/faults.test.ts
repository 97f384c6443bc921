import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildSearchIndex } from '@/core/search';
import type { SearchResult } from '@/lib/shared/archive-protocol';
import { installedArchive, openLensDB } from '@/lib/background/storage';
import { nodeJieba } from '@/scripts/lib/jieba-node';
import { freshName, revisedArchive } from './helpers';
import { harness, until } from './service-helpers';

type Harness = ReturnType<typeof harness>;

async function ask(h: Harness, query: string) {
  return h.route({ type: 'archive/search', query });
}

async function hits(h: Harness, query: string): Promise<string[]> {
  const reply = await ask(h, query);
  if (!reply.ok) throw new Error(reply.error.message);
  return (reply.data as SearchResult).hits.map((hit) => hit.id).sort();
}

/** Makes every write refuse with the browser's quota error (a full disk) until the returned function is called. */
function fillDisk(): () => void {
  const put = IDBObjectStore.prototype.put;
  const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore) {
    // the browser's own error on a full disk: a DOMException whose message may well be empty
    throw new DOMException('', 'QuotaExceededError');
  });
  return () => {
    spy.mockRestore();
    expect(IDBObjectStore.prototype.put).toBe(put);
  };
}

afterEach(() => vi.restoreAllMocks());

describe('storage faults', () => {
  it('says the disk is full when the install is refused, and installs once space returns', async () => {
    const freeSpace = fillDisk();
    const h = harness({ retryMs: 50 });
    await h.service.start();
    await until(() => h.service.status().state === 'error');
    const status = h.service.status();
    expect(status).toMatchObject({ ready: false, fault: 'storage-full' });
    expect(status.error).toMatch(/\S/);
    const early = await ask(h, '政协委员');
    expect(early.ok ? null : early.error.code).toBe('not-ready');
    // retries keep failing while the disk is full, and the message stays meanwhile
    const fetched = h.fetches();
    await until(() => h.fetches() > fetched);
    expect(h.service.status()).toMatchObject({ state: 'error', fault: 'storage-full' });
    freeSpace();
    await until(() => h.service.status().ready);
    expect(h.service.status()).toMatchObject({ state: 'ready', fault: null, error: null });
    expect(await hits(h, '政协委员')).toEqual(['a3', 'a6']);
  });

  it('carries out an update the browser stopped before it began, at the next start', async () => {
    const name = freshName();
    const first = harness({ name, bundleId: () => '1.0.0' });
    await first.service.start();
    await until(() => first.service.status().ready);
    // the extension is updated, but the background stops before the update's install event is handled
    const revised = revisedArchive();
    const updated = harness({
      name,
      bundleId: () => '1.1.0',
      bundle: { archive: revised, index: buildSearchIndex(revised, nodeJieba()), version: 'fixture-2' },
    });
    await updated.service.start();
    await until(() => updated.service.status().archive?.version === 'fixture-2');
    expect(await hits(updated, '超过百万剂次')).toEqual(['a2']);
    // and once compared, an ordinary start reads no bundle
    const again = harness({ name, bundleId: () => '1.1.0' });
    await again.service.start();
    expect(again.service.status()).toMatchObject({ ready: true, archive: { version: 'fixture-2' } });
    expect(again.fetches()).toBe(0);
  });

  it('reinstalls an archive whose records are gone, saying so meanwhile', async () => {
    const name = freshName();
    const first = harness({ name });
    await first.service.start();
    await until(() => first.service.status().ready);
    const db = await openLensDB({ name });
    await db.clear('searchIndex'); // damaged on disk: the meta record points at records that are not there
    db.close();

    const h = harness({ name });
    const release = h.holdFetch();
    await h.service.start();
    expect(h.service.status()).toMatchObject({ ready: false, fault: 'repairing' });
    const meanwhile = await ask(h, '政协委员');
    expect(meanwhile.ok ? null : meanwhile.error).toEqual({
      code: 'not-ready',
      message: expect.stringContaining('being installed again') as string,
    });
    release();
    await until(() => h.service.status().ready);
    expect(h.service.status()).toMatchObject({ state: 'ready', fault: null });
    expect(await hits(h, '政协委员')).toEqual(['a3', 'a6']);
  });

  it('notices a database deleted under it when a query fails, and reinstalls it', async () => {
    const name = freshName();
    const h = harness({ name });
    await h.service.start();
    await until(() => h.service.status().ready);
    expect(await hits(h, '政协委员')).toEqual(['a3', 'a6']);
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error ?? new Error('delete failed'));
    });
    const reply = await ask(h, '孙大军');
    expect(reply.ok ? null : reply.error.code).toBe('not-ready');
    expect(reply.ok ? '' : reply.error.message).not.toMatch(/TypeError|missing its/);
    await until(() => h.service.status().ready);
    expect(await hits(h, '政协委员')).toEqual(['a3', 'a6']);
    const check = await openLensDB({ name });
    expect(await installedArchive(check)).toBeDefined();
    check.close();
  });
});
