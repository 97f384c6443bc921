import 'fake-indexeddb/auto';
import type { IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { concatDocTables } from '@/core/additions/doc-table';
import { joinEntity, type EntityProfile } from '@/core/additions/profile';
import type { DocTable } from '@/core/search/docs';
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
 * The same archive as layout 4 stored it: every entity record with the ids of all its articles (an overlay's
 * merged records listing the bundled articles too), an overlay generation with the whole document table, and no
 * `entityDocs` store.
 */
async function asLayout4(name: string, v5: Dump, meta: ArchiveMeta): Promise<void> {
  const docsOf = (g: number) =>
    v5.searchIndex!.find(
      ([k]) => (k as [number, string])[0] === g && (k as [number, string])[1] === 'docs',
    )![1] as DocTable;
  const base = docsOf(meta.generation);
  const overlay = meta.overlay!;
  const whole = concatDocTables(base, docsOf(overlay.generation));
  const docsByKey = new Map(v5.entityDocs!.map(([k, v]) => [JSON.stringify(k), v as Uint32Array]));
  const ownDocs = (g: number, id: string) => docsByKey.get(JSON.stringify([g, id])) ?? new Uint32Array(0);
  const db = (await openLensDB({ name, version: 4 })) as unknown as IDBPDatabase;
  for (const [store, records] of Object.entries(v5)) {
    if (store === 'entityDocs') continue;
    const keyed = store === 'additions' || store === 'notes';
    for (const [key, value] of records) {
      let stored = value;
      const [g, id] = key as [number, string];
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

describe('the upgrade to entity profiles without article lists', () => {
  it('converts an installed archive with additions in place, keeping notes, additions and settings', async () => {
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
    const v5 = await dump(current as unknown as IDBPDatabase);
    current.close();
    const timeline = await h.ask<Timeline>({ type: 'archive/timeline', entityId: 'person:张广勇' });
    expect(meta.overlay).toBeDefined();
    expect(v5.entityDocs!.length).toBeGreaterThan(0);
    expect(v5.notes!.length).toBe(1);

    const name = freshName();
    await asLayout4(name, v5, meta);
    const old = (await openLensDB({ name, version: 4 })) as unknown as IDBPDatabase;
    const sample = (await old.getAll('entities')).find((e) => e.id === 'person:张广勇');
    expect(sample.articles.length).toBeGreaterThan(1);
    old.close();

    const upgraded = await openLensDB({ name });
    const converted = await dump(upgraded as unknown as IDBPDatabase);
    expect((await installedArchive(upgraded))!.generation).toBe(meta.generation);
    expect(await getSetting(upgraded, 'lang')).toBe('zh');
    expect((await additions(upgraded)).map((a) => a.id)).toEqual(v5.additions!.map(([k]) => k));
    upgraded.close();
    for (const store of [...BUNDLED_STORES, 'meta', 'notes', 'settings', 'additions'])
      expect({ store, records: converted[store] }).toEqual({ store, records: v5[store] });

    // and it answers as before, without a reload of the bundled archive
    const restarted = await startedService({ name });
    expect(await restarted.ask<Timeline>({ type: 'archive/timeline', entityId: 'person:张广勇' })).toEqual(
      timeline,
    );
  }, 180_000);
});
