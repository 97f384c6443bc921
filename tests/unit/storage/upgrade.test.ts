import 'fake-indexeddb/auto';
import { openDB, type IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import {
  DB_VERSION,
  getSetting,
  installArchive,
  installedArchive,
  needsLoad,
  openLensDB,
  additions,
  setSetting,
} from '@/lib/background/storage';
import { buildSearchIndex } from '@/core/search';
import { nodeJieba } from '@/scripts/lib/jieba-node';
import { fixtureBundle, freshName, revisedArchive } from './helpers';

describe('schema upgrades', () => {
  it('keeps the reader’s settings from version 1 and asks for the archive again', async () => {
    const name = freshName();
    const v1 = await openLensDB({ name, version: 1 });
    expect([...v1.objectStoreNames].sort()).toEqual(['articles', 'editions', 'entities', 'meta', 'settings']);
    // a version-1 database as it was left: settings, an archive in the old one-record-per-item layout
    const raw = v1 as unknown as IDBPDatabase;
    await raw.put('settings', { highlight: false, sites: ['example.com'] }, 'overlay');
    await raw.put('articles', { id: 'old-1', title: 'old layout' });
    await raw.put('meta', { kind: 'archive', generation: 0 }, 'archive');
    v1.close();

    const db = await openLensDB({ name });
    expect(db.version).toBe(DB_VERSION);
    expect(await getSetting(db, 'overlay')).toEqual({ highlight: false, sites: ['example.com'] });
    expect(await db.count('articles')).toBe(0);
    expect(await installedArchive(db)).toBeUndefined();
    expect(await needsLoad(db)).toBe(true);
    expect([...db.objectStoreNames]).toEqual(
      expect.arrayContaining(['postings', 'searchIndex', 'additions']),
    );

    await installArchive(db, fixtureBundle());
    expect(await getSetting(db, 'overlay')).toEqual({ highlight: false, sites: ['example.com'] });
    db.close();
  });

  it('keeps user data through an archive update', async () => {
    const db = await openLensDB({ name: freshName() });
    await installArchive(db, fixtureBundle());
    await setSetting(db, 'lang', 'zh');
    await db.put('additions', {
      kind: 'saved',
      id: 'saved:u1',
      fingerprint: 'u1',
      article: {
        url: 'https://example.com/a',
        title: '页',
        site: 'example.com',
        date: null,
        byline: null,
        text: '孙大军',
      },
      state: 'committed',
      contributed: [],
      addedAt: '2024-01-01T00:00:00.000Z',
    });
    const revised = revisedArchive();
    const { outcome } = await installArchive(db, {
      archive: revised,
      index: buildSearchIndex(revised, nodeJieba()),
    });
    expect(outcome).toBe('installed');
    expect(await getSetting(db, 'lang')).toBe('zh');
    expect((await additions(db)).map((p) => p.id)).toEqual(['saved:u1']);
    db.close();
  });

  it('upgrades an open older connection’s database once that connection lets go', async () => {
    const name = freshName();
    let closed = false;
    const old = await openLensDB({ name, version: 1, onClose: () => (closed = true) });
    await (old as unknown as IDBPDatabase).put('settings', 1, 'x');
    const db = await openLensDB({ name });
    expect(closed).toBe(true);
    expect(await getSetting(db, 'x')).toBe(1);
    db.close();
  });

  it('rejects layouts it does not know', async () => {
    await expect(openLensDB({ name: freshName(), version: DB_VERSION + 1 })).rejects.toThrow(RangeError);
    // a database from a newer release cannot be opened with this layout
    const name = freshName();
    (await openDB(name, DB_VERSION + 5)).close();
    await expect(openLensDB({ name })).rejects.toThrow();
  });
});
