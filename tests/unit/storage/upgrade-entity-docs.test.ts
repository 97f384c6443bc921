import 'fake-indexeddb/auto';
import type { IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { concatDocTables } from '@/core/additions/doc-table';
import { joinEntity, type EntityProfile } from '@/core/additions/profile';
import type { DocTable } from '@/core/search/docs';
import type { Edition } from '@/core/types';
import type { ImportResult, Timeline } from '@/lib/shared/archive-protocol';
import { additions, getSetting, installedArchive, openLensDB, setSetting } from '@/lib/background/storage';
import { BUNDLED_STORES, type ArchiveMeta } from '@/lib/background/storage/schema';
import { importPage, startedService } from './additions-helpers';
import { freshName } from './helpers';

type Dump = Record<string, [unknown, unknown][]>;

/** Every record of every store, with its key. */
async function dump(db: IDBPDatabase): Promise<Dump> {
  const out: Dump = {};
  for (const store of [...db.objectStoreNames]) {
    const [keys, values] = await Promise.all([db.getAllKeys(store), db.getAll(store)]);
    out[store] = keys.map((k, i) => [k, values[i]]);
  }
  return out;
}

/**
 * The same archive as an earlier layout stored it. Layout 5: one record per edition. Layout 4, besides: every entity
 * record with the ids of all its articles (an overlay's merged records listing the bundled articles too), an
 * overlay generation with the whole document table, and no `entityDocs` store.
 */
async function asLayout(version: 4 | 5, name: string, now: Dump, meta: ArchiveMeta): Promise<void> {
  const docsOf = (g: number) =>
    now.searchIndex!.find(
      ([k]) => (k as [number, string])[0] === g && (k as [number, string])[1] === 'docs',
    )![1] as DocTable;
  const base = docsOf(meta.generation);
  const overlay = meta.overlay!;
  const whole = concatDocTables(base, docsOf(overlay.generation));
  const docsByKey = new Map(now.entityDocs!.map(([k, v]) => [JSON.stringify(k), v as Uint32Array]));
  const ownDocs = (g: number, id: string) => docsByKey.get(JSON.stringify([g, id])) ?? new Uint32Array(0);
  const db = (await openLensDB({ name, version })) as unknown as IDBPDatabase;
  for (const [store, records] of Object.entries(now)) {
    if (store === 'entityDocs' && version === 4) continue;
    const keyed = store === 'additions' || store === 'notes';
    for (const [key, value] of records) {
      let stored = value;
      const [g, id] = key as [number, string];
      if (store === 'editions') {
        for (const edition of value as Edition[]) await db.put(store, edition, [g, edition.id]);
        continue;
      }
      if (version === 5) {
        if (store === 'meta') stored = { ...(value as ArchiveMeta), schema: 5 };
        await (keyed ? db.put(store, stored) : db.put(store, stored, key as IDBValidKey));
        continue;
      }
      if (store === 'entities') {
        const docs =
          g === overlay.generation
            ? [...ownDocs(meta.generation, id), ...ownDocs(g, id)]
            : [...ownDocs(g, id)];
        stored = joinEntity(
          value as EntityProfile,
          docs.map((d) => whole.ids[d]!),
        );
      }
      if (store === 'searchIndex' && g === overlay.generation && id === 'docs') stored = whole;
      if (store === 'meta') stored = { ...(value as ArchiveMeta), schema: 4 };
      await (keyed ? db.put(store, stored) : db.put(store, stored, key as IDBValidKey));
    }
  }
  db.close();
}

describe('the upgrades to entity profiles without article lists (4 → 5) and to editions by month (5 → 6)', () => {
  it('convert an installed archive with additions in place, keeping notes, additions and settings', async () => {
    const h = await startedService();
    expect(await h.ask<ImportResult>({ type: 'archive/import', pages: [importPage()] })).toMatchObject({
      added: 1,
    });
    await h.ask({
      type: 'notes/save',
      target: { kind: 'entity', id: 'person:张广勇' },
      label: '张广勇',
      text: '任命文件待核对。',
    });
    const current = await openLensDB({ name: h.name });
    await setSetting(current, 'lang', 'zh');
    const meta = (await installedArchive(current))!;
    const now = await dump(current as unknown as IDBPDatabase);
    current.close();
    const timeline = await h.ask<Timeline>({ type: 'archive/timeline', entityId: 'person:张广勇' });
    expect(meta.overlay).toBeDefined();
    expect(now.entityDocs!.length).toBeGreaterThan(0);
    expect(now.notes!.length).toBe(1);
    expect(now.editions!.every(([, e]) => Array.isArray(e))).toBe(true);

    for (const version of [4, 5] as const) {
      const name = freshName();
      await asLayout(version, name, now, meta);
      const old = (await openLensDB({ name, version })) as unknown as IDBPDatabase;
      const editions = await old.getAll('editions');
      expect(editions.length).toBe(now.editions!.flatMap(([, e]) => e as Edition[]).length);
      if (version === 4) {
        const sample = (await old.getAll('entities')).find((e) => e.id === 'person:张广勇');
        expect(sample.articles.length).toBeGreaterThan(1);
      }
      old.close();

      const upgraded = await openLensDB({ name });
      const converted = await dump(upgraded as unknown as IDBPDatabase);
      expect((await installedArchive(upgraded))!.generation).toBe(meta.generation);
      expect(await getSetting(upgraded, 'lang')).toBe('zh');
      expect((await additions(upgraded)).map((a) => a.id)).toEqual(now.additions!.map(([k]) => k));
      upgraded.close();
      for (const store of [...BUNDLED_STORES, 'meta', 'notes', 'settings', 'additions'])
        expect({ version, store, records: converted[store] }).toEqual({
          version,
          store,
          records: now[store],
        });

      // and it answers as before, without a reload of the bundled archive
      const restarted = await startedService({ name });
      expect(await restarted.ask<Timeline>({ type: 'archive/timeline', entityId: 'person:张广勇' })).toEqual(
        timeline,
      );
    }
  }, 240_000);
});
