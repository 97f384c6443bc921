import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import type { ImportPhase } from '@/lib/background/archive/additions';
import type { SearchResult, Timeline, UserAddition } from '@/lib/shared/archive-protocol';
import { installedArchive, openLensDB } from '@/lib/background/storage';
import { BUNDLED_STORES, type ArchiveMeta } from '@/lib/background/storage/schema';
import { ROOT } from '@/scripts/lib/extension-harness';
import { importPage, startedService } from './additions-helpers';

/**
 * The archive as stored, generations named by role (the bundled one and the additions' one), so two states
 * written into different generation numbers compare equal when they hold the same.
 */
async function state(name: string): Promise<unknown> {
  const db = await openLensDB({ name });
  const meta = (await installedArchive(db))!;
  const role = (g: number) =>
    g === meta.generation ? 'bundled' : g === meta.overlay?.generation ? 'additions' : `other ${g}`;
  const raw = db as unknown as IDBPDatabase;
  const stores: Record<string, unknown[]> = {};
  for (const store of BUNDLED_STORES) {
    const [keys, values] = await Promise.all([raw.getAllKeys(store), raw.getAll(store)]);
    stores[store] = keys.flatMap((k, i) => {
      const [g, key] = k as [number, string | number];
      // the additions' post index is stored after the reply, when the background is idle: not yet, or already
      return key === 'posts' && g !== meta.generation ? [] : [[role(g), key, values[i]]];
    });
  }
  const additions = (await raw.getAll('additions')).map((a) => ({ ...a, addedAt: undefined }));
  db.close();
  const { generation: _g, loadedAt: _l, install: _i, overlay, ...rest } = meta as ArchiveMeta;
  const { generation: _o, ...layer } = overlay ?? { generation: 0 };
  return { meta: { ...rest, overlay: layer }, stores, additions };
}

function fixture(file: string, date: string) {
  return {
    fileName: file,
    date,
    page: 1,
    text: new TextDecoder('gb18030').decode(readFileSync(join(ROOT, 'tests/fixtures/import', file))),
  };
}

describe('removing an addition by backing it out', () => {
  it('gives back exactly the archive before its import, without parsing or indexing anything', async () => {
    const phases: ImportPhase[] = [];
    const h = await startedService({ checkpoint: (at) => void phases.push(at) });
    await h.ask({ type: 'archive/import', pages: [importPage()] });
    const before = await state(h.name);
    const hits = async () =>
      (await h.ask<SearchResult>({ type: 'archive/search', query: '张广勇' })).hits.map((x) => x.id);
    const search = await hits();
    expect(search.length).toBeGreaterThan(0);
    const timeline = await h.ask<Timeline>({ type: 'archive/timeline', entityId: 'person:张广勇' });

    await h.ask({ type: 'archive/import', pages: [fixture('20230326.txt', '2023-03-26')] });
    expect(await state(h.name)).not.toEqual(before);
    const listed = (await h.ask<{ additions: UserAddition[] }>({ type: 'archive/additions' })).additions;
    expect(listed).toHaveLength(2);

    phases.length = 0;
    expect(await h.ask({ type: 'archive/remove-addition', id: listed[1]!.id })).toEqual({ removed: true });
    expect(phases.length).toBeGreaterThan(0);
    expect(phases.filter((p) => p !== 'import-write' && p !== 'import-parse')).toEqual([]);
    expect(await state(h.name)).toEqual(before);
    expect(await hits()).toEqual(search);
    expect(await h.ask<Timeline>({ type: 'archive/timeline', entityId: 'person:张广勇' })).toEqual(timeline);
  }, 180_000);

  it('takes a page out of the middle: the later one answers as if the middle one had never been imported', async () => {
    const oneByOne = await startedService();
    const pages = [
      importPage(),
      fixture('20230326.txt', '2023-03-26'),
      fixture('2023-08-11.txt', '2023-08-11'),
    ];
    for (const page of pages) await oneByOne.ask({ type: 'archive/import', pages: [page] });
    const listed = (await oneByOne.ask<{ additions: UserAddition[] }>({ type: 'archive/additions' }))
      .additions;
    await oneByOne.ask({ type: 'archive/remove-addition', id: listed[1]!.id });
    const without = await startedService();
    for (const page of [pages[0]!, pages[2]!]) await without.ask({ type: 'archive/import', pages: [page] });
    const strip = (s: unknown) => {
      const { additions: _a, ...rest } = s as { additions: unknown };
      return rest;
    };
    expect(strip(await state(oneByOne.name))).toEqual(strip(await state(without.name)));
  }, 180_000);
});
