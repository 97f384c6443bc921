import 'fake-indexeddb/auto';
import type { IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '@/core/archive';
import { NOTE_LIMITS, type Note, type NoteHit } from '@/core/notes';
import type { ImportResult } from '@/lib/shared/archive-protocol';
import { additions, DB_VERSION, getSetting, openLensDB } from '@/lib/background/storage';
import { readSeedPages } from '@/scripts/lib/seed-pages';
import { importPage, startedService, type AdditionsHarness } from './additions-helpers';
import { freshName } from './helpers';

const SUN = { kind: 'entity', id: 'person:孙大军' } as const;
const POST = { kind: 'post', id: 'post:市委|书记' } as const;
const ARTICLE = { kind: 'article', id: '2021-08-11-p1-a1' } as const;
const CONTENT_SCRIPT = { tabId: 3, frameId: 0, url: 'https://news.example/a.html' };

const save = (h: AdditionsHarness, target: object, text: string, label = '孙大军') =>
  h.ask<{ note: Note }>({ type: 'notes/save', target, label, text });
const get = async (h: AdditionsHarness, target: object) =>
  (await h.ask<{ note: Note | null }>({ type: 'notes/get', target })).note;
const find = async (h: AdditionsHarness, query: string) =>
  (await h.ask<{ hits: NoteHit[] }>({ type: 'notes/search', query })).hits;

describe('the notes store', () => {
  it('upgrades a version-3 database to a notes store, keeping settings and additions', async () => {
    const name = freshName();
    const v3 = await openLensDB({ name, version: 3 });
    expect([...v3.objectStoreNames]).not.toContain('notes');
    const raw = v3 as unknown as IDBPDatabase;
    await raw.put('settings', { highlight: false }, 'overlay');
    await raw.put('additions', {
      kind: 'saved',
      id: 'saved:u1',
      fingerprint: 'u1',
      article: {
        url: 'https://e.example/a',
        title: '页',
        site: 'e',
        date: null,
        byline: null,
        text: '孙大军',
      },
      state: 'committed',
      contributed: [],
      addedAt: '2024-01-01T00:00:00.000Z',
    });
    v3.close();
    const db = await openLensDB({ name });
    expect(db.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(6);
    expect(await getSetting(db, 'overlay')).toEqual({ highlight: false });
    expect((await additions(db)).map((a) => a.id)).toEqual(['saved:u1']);
    expect(await db.count('notes')).toBe(0);
    db.close();
  });

  it('writes, edits and deletes a note, keeping when it was first written', async () => {
    const h = await startedService();
    expect(await get(h, SUN)).toBeNull();
    const first = (await save(h, SUN, '2021年8月起任市委书记；核对任命文件。')).note;
    expect(first).toMatchObject({ key: 'entity|person:孙大军', label: '孙大军', target: SUN });
    await new Promise((r) => setTimeout(r, 5));
    const edited = (await save(h, SUN, '任命见2021-08-11头版。')).note;
    expect(edited.createdAt).toBe(first.createdAt);
    expect(edited.updatedAt > first.updatedAt).toBe(true);
    expect((await get(h, SUN))!.text).toBe('任命见2021-08-11头版。');
    expect(await h.ask({ type: 'notes/delete', target: SUN })).toEqual({ deleted: true });
    expect(await h.ask({ type: 'notes/delete', target: SUN })).toEqual({ deleted: false });
    expect(await get(h, SUN)).toBeNull();
  });

  it('finds notes by their words and by what they are about, traditional characters too', async () => {
    const h = await startedService();
    await save(h, SUN, '任命见头版，待核对。');
    await save(h, POST, '前任李正印，2020年仍在任。', '市委书记');
    await save(h, ARTICLE, '此文提到创建指挥部。', '孙大军主持召开文明城市创建工作专题汇报会');
    expect((await find(h, '核对')).map((n) => n.target)).toEqual([SUN]);
    expect((await find(h, '孙大军')).map((n) => n.target.kind).sort()).toEqual(['article', 'entity']);
    expect((await find(h, '李正印 在任')).map((n) => n.target)).toEqual([POST]);
    expect((await find(h, '創建指揮部')).map((n) => n.target)).toEqual([ARTICLE]);
    expect(await find(h, '李正印 孙大军')).toEqual([]);
    const [hit] = await find(h, '指挥部');
    expect(hit!.snippet.filter((s) => s.mark).map((s) => s.text)).toEqual(['指挥部']);
    expect(hit!.snippet.map((s) => s.text).join('')).toBe('此文提到创建指挥部。');
  });

  it('lets a content script read and write the one note it names, never search them', async () => {
    const h = await startedService();
    await h.ask({ type: 'notes/save', target: SUN, label: '孙大军', text: '卡片上写的' }, CONTENT_SCRIPT);
    expect((await h.ask<{ note: Note }>({ type: 'notes/get', target: SUN }, CONTENT_SCRIPT)).note.text).toBe(
      '卡片上写的',
    );
    expect(await h.failure({ type: 'notes/search', query: '卡片' }, CONTENT_SCRIPT)).toBe('bad-request');
    expect((await find(h, '卡片')).length).toBe(1);
  });

  it('deletes every note at once from an extension page, never from a content script', async () => {
    const h = await startedService();
    await save(h, SUN, '任命见头版。');
    await save(h, POST, '前任李正印。', '市委书记');
    expect(await h.ask({ type: 'notes/count' })).toEqual({ count: 2 });
    expect(await h.failure({ type: 'notes/clear' }, CONTENT_SCRIPT)).toBe('bad-request');
    expect(await h.failure({ type: 'notes/count' }, CONTENT_SCRIPT)).toBe('bad-request');
    expect(await h.ask({ type: 'notes/count' })).toEqual({ count: 2 });
    expect(await h.ask({ type: 'notes/clear' })).toEqual({ removed: 2 });
    expect(await get(h, SUN)).toBeNull();
    expect(await find(h, '李正印')).toEqual([]);
    expect(await h.ask({ type: 'notes/clear' })).toEqual({ removed: 0 });
    // the archive still answers: clearing notes touches nothing else
    const found = await h.ask<{ hits: unknown[] }>({ type: 'archive/search', query: '孙大军' });
    expect(found.hits.length).toBeGreaterThan(0);
  });

  it('refuses bad notes with a reason and keeps what was there', async () => {
    const h = await startedService();
    await save(h, SUN, '原来的笔记');
    const bad: Record<string, unknown>[] = [
      { target: SUN, label: '孙大军', text: '   ' },
      { target: SUN, label: '孙大军', text: '字'.repeat(NOTE_LIMITS.text + 1) },
      { target: SUN, label: '名'.repeat(NOTE_LIMITS.label + 1), text: 'x' },
      { target: { kind: 'person', id: 'person:孙大军' }, label: '', text: 'x' },
      { target: { kind: 'entity', id: '' }, label: '', text: 'x' },
      { target: { kind: 'entity', id: 'x'.repeat(NOTE_LIMITS.id + 1) }, label: '', text: 'x' },
      { target: 'person:孙大军', label: '', text: 'x' },
      { target: SUN, text: 'x' },
    ];
    for (const message of bad) {
      expect(await h.failure({ type: 'notes/save', ...message }), JSON.stringify(message).slice(0, 80)).toBe(
        'bad-request',
      );
    }
    expect(await h.failure({ type: 'notes/search', query: '孙'.repeat(NOTE_LIMITS.query + 1) })).toBe(
      'bad-request',
    );
    expect((await get(h, SUN))!.text).toBe('原来的笔记');
  });

  it('keeps notes through a reset of the additions and through a new bundled archive', async () => {
    const name = freshName();
    const h = await startedService({ name });
    await h.ask({ type: 'archive/import', pages: [importPage()] });
    await save(h, SUN, '重置和更新之后还在');
    expect(await h.ask({ type: 'archive/reset' })).toEqual({ removed: 1 });
    expect((await get(h, SUN))!.text).toBe('重置和更新之后还在');
    // an extension update brings all five front pages: a new bundled generation is written and switched to
    const { archive } = buildArchive(readSeedPages());
    const updated = await startedService({ name, bundle: { archive, version: 'seeds-5' } });
    await updated.service.onInstalled();
    expect(updated.service.status().archive!.version).toBe('seeds-5');
    expect((await get(updated, SUN))!.text).toBe('重置和更新之后还在');
    expect((await find(updated, '更新之后')).map((n) => n.target)).toEqual([SUN]);
  });

  it('exports notes with the archive and reads them back equal; a second import changes nothing', async () => {
    const h = await startedService();
    await save(h, SUN, '导出的笔记');
    await save(h, ARTICLE, '文章笔记', '孙大军主持召开文明城市创建工作专题汇报会');
    const exported = JSON.parse((await h.ask<{ json: string }>({ type: 'archive/export' })).json);
    expect(exported.notes.map((n: Note) => n.target.kind)).toEqual(['article', 'entity']);
    expect(exported.notes[0]).not.toHaveProperty('key');

    const fresh = await startedService();
    const result = await fresh.ask<ImportResult>({
      type: 'archive/import-json',
      json: JSON.stringify(exported),
    });
    expect(result.notes).toEqual({ added: 2, updated: 0, kept: 0 });
    const again = JSON.parse((await fresh.ask<{ json: string }>({ type: 'archive/export' })).json);
    expect(again.notes).toEqual(exported.notes);
    const twice = await fresh.ask<ImportResult>({
      type: 'archive/import-json',
      json: JSON.stringify(exported),
    });
    expect(twice.notes).toEqual({ added: 0, updated: 0, kept: 2 });
  });

  it('never lets an older export overwrite a newer note, and takes a newer one', async () => {
    const h = await startedService();
    await save(h, SUN, '旧的');
    const old = JSON.parse((await h.ask<{ json: string }>({ type: 'archive/export' })).json);
    await new Promise((r) => setTimeout(r, 5));
    await save(h, SUN, '新的');
    const result = await h.ask<ImportResult>({ type: 'archive/import-json', json: JSON.stringify(old) });
    expect(result.notes).toEqual({ added: 0, updated: 0, kept: 1 });
    expect((await get(h, SUN))!.text).toBe('新的');
    const newer = { ...old.notes[0], text: '文件里更新的', updatedAt: '2999-01-01T00:00:00.000Z' };
    await h.ask({ type: 'archive/import-json', json: JSON.stringify({ ...old, notes: [newer] }) });
    expect(await get(h, SUN)).toMatchObject({ text: '文件里更新的', createdAt: old.notes[0].createdAt });
  });

  it('refuses a file with a bad notes section as a whole, naming the note, and imports nothing', async () => {
    const h = await startedService();
    await save(h, SUN, '导出的笔记');
    await h.ask({ type: 'archive/import', pages: [importPage()] });
    const exported = JSON.parse((await h.ask<{ json: string }>({ type: 'archive/export' })).json);
    const fresh = await startedService();
    const note = exported.notes[0];
    const cases: [unknown, RegExp][] = [
      [{ notes: 'x' }, /must be a list/],
      [{ notes: [note, { ...note, text: '' }] }, /Note 2 is empty/],
      [{ notes: [{ ...note, text: '字'.repeat(NOTE_LIMITS.text + 1) }] }, /Note 1.*longer than 10000/],
      [{ notes: [{ ...note, target: { kind: 'place', id: 'x' } }] }, /Note 1.*target\.kind/],
      [{ notes: [{ ...note, updatedAt: 'yesterday' }] }, /Note 1.*ISO time/],
      [{ notes: [note, note] }, /Note 2 is a second note on entity "person:孙大军"/],
      [{ notes: Array.from({ length: NOTE_LIMITS.count + 1 }, () => note) }, /at most 10000/],
    ];
    for (const [section, reason] of cases) {
      const json = JSON.stringify({ ...exported, ...(section as object) });
      await expect(fresh.ask({ type: 'archive/import-json', json })).rejects.toThrow(reason);
    }
    expect(await get(fresh, SUN)).toBeNull();
    expect((await fresh.ask<{ additions: unknown[] }>({ type: 'archive/additions' })).additions).toEqual([]);
  });
});
