import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '@/core/archive';
import { MAX_PAGE_BYTES } from '@/core/parse';
import type { ImportPhase } from '@/lib/background/archive/additions';
import type { ImportResult, SearchResult, Timeline, UserAddition } from '@/lib/shared/archive-protocol';
import { additions, installedArchive, openLensDB } from '@/lib/background/storage';
import { BUNDLED_STORES } from '@/lib/background/storage/schema';
import { ROOT } from '@/scripts/lib/extension-harness';
import { readSeedPages } from '@/scripts/lib/seed-pages';
import { earlierBundle, importPage, LATER, startedService } from './additions-helpers';
import { freshName } from './helpers';
import { until } from './service-helpers';

const PHASES: ImportPhase[] = ['import-parse', 'import-entities', 'import-index', 'import-write'];
/** The last day the bundled pages show 张广勇 as 市长. */
const BEFORE = '2021-08-18';

/** Generations that have records in any archive store. */
async function generations(name: string): Promise<number[]> {
  const db = await openLensDB({ name });
  const found = new Set<number>();
  for (const store of BUNDLED_STORES) for (const key of await db.getAllKeys(store)) found.add(key[0]);
  db.close();
  return [...found].sort((a, b) => a - b);
}

async function mayorLast(h: Awaited<ReturnType<typeof startedService>>): Promise<string> {
  const t = await h.ask<Timeline>({ type: 'archive/timeline', entityId: 'person:张广勇' });
  return t.roles.find((r) => r.title === '市长')!.last;
}

describe('an interrupted commit', () => {
  it.each(PHASES)('stopped by an error in %s leaves the previous archive answering', async (phase) => {
    let armed = true;
    const h = await startedService({
      checkpoint: (at) => {
        if (armed && at === phase) throw new Error(`storage failed during ${at}`);
      },
    });
    const before = h.service.status().archive!;
    const kept = await generations(h.name);
    const failed = await h.failure({ type: 'archive/import', pages: [importPage()] });
    expect(failed).toBe('internal');
    expect(h.service.status()).toMatchObject({ state: 'ready', phase: null, archive: before });
    expect(await mayorLast(h)).toBe(BEFORE);
    expect(await generations(h.name)).toEqual(kept);
    const db = await openLensDB({ name: h.name });
    expect(await additions(db)).toEqual([]);
    db.close();
    // and the same import then succeeds
    armed = false;
    expect(await h.ask<ImportResult>({ type: 'archive/import', pages: [importPage()] })).toMatchObject({
      added: 1,
    });
    expect(await mayorLast(h)).toBe('2022-03-26');
  });

  it.each(PHASES)('cancelled in %s leaves the previous archive answering', async (phase) => {
    const seen: string[] = [];
    const h: Awaited<ReturnType<typeof startedService>> = await startedService({
      checkpoint: (at) => {
        seen.push(`${h.service.status().state}:${h.service.status().phase}`);
        if (at === phase) h.service.additions.cancelRunning();
      },
    });
    const before = h.service.status().archive!;
    expect(await h.failure({ type: 'archive/import', pages: [importPage()] })).toBe('cancelled');
    expect(seen).toContain(`updating:${phase}`);
    expect(h.service.status()).toMatchObject({ state: 'ready', archive: before });
    expect(await mayorLast(h)).toBe(BEFORE);
    expect((await h.ask<{ additions: UserAddition[] }>({ type: 'archive/additions' })).additions).toEqual([]);
  });

  it.each(PHASES)('cut off by a crash in %s is finished on the next start', async (phase) => {
    const name = freshName();
    let stalled = false;
    const crashed = await startedService({
      name,
      // the background dies here: the commit never goes on
      checkpoint: (at) => (at === phase ? ((stalled = true), new Promise<void>(() => {})) : undefined),
    });
    void crashed.ask({ type: 'archive/import', pages: [importPage()] }).catch(() => undefined);
    await until(() => stalled);
    expect(await mayorLast(crashed)).toBe(BEFORE);

    const restarted = await startedService({ name });
    await until(async () => (await mayorLast(restarted)) === '2022-03-26');
    const listed = await restarted.ask<{ additions: UserAddition[] }>({ type: 'archive/additions' });
    expect(listed.additions.map((a) => a.label)).toEqual([LATER.file]);
    const db = await openLensDB({ name });
    const meta = (await installedArchive(db))!;
    db.close();
    expect(await generations(name)).toEqual([meta.generation, meta.overlay!.generation]);
  });
});

describe('bad pages', () => {
  it('readies an import ahead of it, and an import over the answering archive gives the same archive as one read afresh', async () => {
    const warm = await startedService();
    expect(await warm.ask({ type: 'archive/import-prepare' })).toEqual({ ready: true });
    expect(await warm.ask({ type: 'archive/import-prepare' })).toEqual({ ready: true });
    // the engine's tables are in memory: the import takes them instead of reading them again
    await warm.ask({ type: 'archive/search', query: '孙大军' });
    const cold = await startedService();
    const [a, b] = await Promise.all([
      warm.ask<ImportResult>({ type: 'archive/import', pages: [importPage()] }),
      cold.ask<ImportResult>({ type: 'archive/import', pages: [importPage()] }),
    ]);
    expect(a).toEqual(b);
    expect(a.added).toBe(1);
    const search = async (h: typeof warm) =>
      (await h.ask<SearchResult>({ type: 'archive/search', query: '张广勇', limit: 50 })).hits.map(
        (x) => x.id,
      );
    expect(await search(warm)).toEqual(await search(cold));
    expect(await search(warm)).toContain('2022-03-26-p1-a4');
    expect(warm.service.status().archive!.counts).toEqual(cold.service.status().archive!.counts);
  });

  it('reports each bad file and still imports the good one', async () => {
    const h = await startedService();
    const good = importPage();
    const bad = [
      { ...good, fileName: 'empty.txt', text: '' },
      { ...good, fileName: 'page.html', text: '<!DOCTYPE html><html><body><p>吕梁</p></body></html>' },
      { ...good, fileName: 'binary.txt', text: 'PK\u0003\u0004\u0000\u0000\u0000\u0000\u0014\u0000' },
      { ...good, fileName: 'no-markers.txt', text: '今天天气很好。\n我们去公园散步。\n' },
      { ...good, fileName: 'bad-date.txt', date: '2022-13-40' },
      {
        ...good,
        fileName: 'huge.txt',
        text: good.text.repeat(Math.ceil((MAX_PAGE_BYTES + 1) / good.text.length)),
      },
    ];
    const result = await h.ask<ImportResult>({ type: 'archive/import', pages: [...bad, good] });
    expect(result.added).toBe(1);
    expect(result.errors.map((e) => e.fileName)).toEqual(bad.map((b) => b.fileName));
    for (const e of result.errors) expect(e.message).toContain(e.fileName);
    // the code is what the options page words each error by, in Chinese or English
    expect(result.errors.map((e) => e.code)).toEqual([
      'empty',
      'html',
      'binary',
      'no-markers',
      'bad-entry',
      'too-large',
    ]);
    expect(await mayorLast(h)).toBe('2022-03-26');
  });

  it('refuses a page the archive has with other articles, and skips one it has with the same', async () => {
    const h = await startedService();
    const seed = readSeedPages().find((p) => p.date === '2021-08-11')!;
    const same = importPage(seed, 'again.txt');
    const other = { ...importPage(), fileName: 'clash.txt', date: seed.date };
    const result = await h.ask<ImportResult>({ type: 'archive/import', pages: [same, other] });
    expect(result).toMatchObject({ added: 0, skipped: 1 });
    expect(result.errors).toEqual([
      {
        fileName: 'clash.txt',
        code: 'duplicate-edition',
        message: expect.stringContaining('already has page 1 of 2021-08-11'),
      },
    ]);
  });

  it.each([
    [{ pages: [] }],
    [{ pages: 'x' }],
    [{ pages: [{ fileName: 'a.txt', date: '2022-03-26', page: 1 }] }],
    [{ pages: [{ fileName: 'a.txt', date: '2022-03-26', page: 1.5, text: 'x' }] }],
  ])('refuses a malformed request %#', async (request) => {
    const h = await startedService();
    expect(await h.failure({ type: 'archive/import', ...request })).toBe('bad-request');
  });
});

describe('removal, reset, export and update', () => {
  it('removes one addition and resets to the bundled archive', async () => {
    const h = await startedService();
    const bundled = h.service.status().archive!.counts;
    await h.ask({ type: 'archive/import', pages: [importPage()] });
    await h.ask({
      type: 'archive/save-article',
      article: {
        url: 'https://x.example/a',
        title: '张广勇调研',
        site: 'x',
        date: null,
        byline: null,
        text: '市长张广勇到兴县调研。',
      },
    });
    const listed = (await h.ask<{ additions: UserAddition[] }>({ type: 'archive/additions' })).additions;
    expect(listed.map((a) => a.kind)).toEqual(['page', 'saved']);
    expect(await h.ask({ type: 'archive/remove-addition', id: listed[0]!.id })).toEqual({ removed: true });
    expect(await h.ask({ type: 'archive/remove-addition', id: 'page:nothing' })).toEqual({ removed: false });
    expect(await mayorLast(h)).toBe(BEFORE);
    const saved = await h.ask<SearchResult>({ type: 'archive/search', query: '张广勇到兴县调研' });
    expect(saved.hits[0]?.kind).toBe('saved');
    expect(await h.ask({ type: 'archive/reset' })).toEqual({ removed: 1 });
    expect(h.service.status().archive!.counts).toEqual(bundled);
    const gone = await h.ask<SearchResult>({ type: 'archive/search', query: '张广勇到兴县调研' });
    expect(gone.hits.some((x) => x.kind === 'saved')).toBe(false);
    const db = await openLensDB({ name: h.name });
    expect((await installedArchive(db))!.overlay).toBeUndefined();
    db.close();
  });

  it('exports the whole archive and reads it back equal', async () => {
    const h = await startedService();
    await h.ask({ type: 'archive/import', pages: [importPage()] });
    await h.ask({
      type: 'archive/save-article',
      article: {
        url: 'https://x.example/b',
        title: '孙大军主持会议',
        site: 'x',
        date: '2024-01-02',
        byline: '记者 甲',
        text: '市委书记孙大军主持召开会议。',
      },
    });
    const first = await h.ask<{ json: string; fileName: string }>({ type: 'archive/export' });
    expect(first.fileName).toMatch(/^lvliang-archive-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(first.json);
    const whole = buildArchive(readSeedPages()).archive;
    expect(exported.articles.length).toBe(whole.articles.length + 1);

    const fresh = await startedService();
    const result = await fresh.ask<ImportResult>({ type: 'archive/import-json', json: first.json });
    expect(result).toMatchObject({ added: 2, errors: [] });
    const second = await fresh.ask<{ json: string }>({ type: 'archive/export' });
    expect(JSON.parse(second.json)).toEqual(exported);
    // reading it again adds nothing
    expect(await fresh.ask({ type: 'archive/import-json', json: first.json })).toMatchObject({ added: 0 });
  });

  it.each([
    ['{'],
    ['[]'],
    ['{"schemaVersion":2,"editions":[],"articles":[],"entities":[]}'],
    ['{"schemaVersion":1,"editions":[],"articles":[{"id":"x"}],"entities":[]}'],
  ])('refuses a file that is not an archive %#', async (json) => {
    const h = await startedService();
    expect(await h.failure({ type: 'archive/import-json', json })).toBe('bad-request');
  });

  it('keeps the additions over a new bundled archive', async () => {
    const name = freshName();
    const h = await startedService({ name });
    await h.ask({ type: 'archive/import', pages: [importPage()] });
    const revised = earlierBundle();
    const { archive } = revised;
    const next = {
      archive: {
        ...archive,
        articles: archive.articles.map((a, i) => (i === 0 ? { ...a, body: `${a.body}\n补记。` } : a)),
      },
      version: 'seeds-4b',
    };
    const updated = await startedService({ name, bundle: next });
    await updated.service.onInstalled();
    expect(updated.service.status().archive!.version).toBe('seeds-4b');
    expect(await mayorLast(updated)).toBe('2022-03-26');
    const listed = await updated.ask<{ additions: UserAddition[] }>({ type: 'archive/additions' });
    expect(listed.additions).toHaveLength(1);
    expect(listed.additions[0]!.articles.length).toBeGreaterThan(3);
  });
});

/** The fixtures are UTF-8 or GB18030 (as readers' files are). */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

describe('adding to earlier additions', () => {
  const fixture = (file: string, date: string) => ({
    fileName: file,
    date,
    page: 1,
    text: decode(readFileSync(join(ROOT, 'tests/fixtures/import', file))),
  });
  const pages = [
    importPage(),
    fixture('20230326.txt', '2023-03-26'),
    fixture('2023-08-11.txt', '2023-08-11'),
  ];

  it('lays new pages over the earlier ones and answers as if all were imported at once', async () => {
    const oneByOne = await startedService();
    for (const page of pages) await oneByOne.ask({ type: 'archive/import', pages: [page] });
    const together = await startedService();
    await together.ask({ type: 'archive/import', pages });
    const [a, b] = await Promise.all(
      [oneByOne, together].map(async (h) =>
        JSON.parse((await h.ask<{ json: string }>({ type: 'archive/export' })).json),
      ),
    );
    expect(a.articles.length).toBeGreaterThan(30);
    expect(a.articles).toEqual(b.articles);
    expect(a.editions).toEqual(b.editions);
    expect(a.entities.map((e: { id: string }) => e.id).sort()).toEqual(
      b.entities.map((e: { id: string }) => e.id).sort(),
    );
    for (const h of [oneByOne, together]) {
      const t = await h.ask<Timeline>({ type: 'archive/timeline', entityId: 'person:孙大军' });
      expect(t.articles.at(-1)!.date).toBe('2023-08-11');
      const hits = await h.ask<SearchResult>({ type: 'archive/search', query: '文明城市创建工作专题汇报会' });
      expect(hits.hits.slice(0, 3).map((x) => x.date)).toContain('2023-08-11');
    }
    // posts, articles and months are the same; companions are kept to the top 12, so their counts past those
    // can differ with the order pages came in
    const tl = async (h: typeof oneByOne) => {
      const { coPeople: _, ...rest } = await h.ask<Timeline>({
        type: 'archive/timeline',
        entityId: 'person:张广勇',
      });
      return rest;
    };
    expect(await tl(oneByOne)).toEqual(await tl(together));
    // removing the middle page recomputes the rest
    const listed = (await oneByOne.ask<{ additions: UserAddition[] }>({ type: 'archive/additions' }))
      .additions;
    await oneByOne.ask({ type: 'archive/remove-addition', id: listed[1]!.id });
    const left = JSON.parse((await oneByOne.ask<{ json: string }>({ type: 'archive/export' })).json);
    expect(left.editions.map((e: { date: string }) => e.date)).not.toContain('2023-03-26');
    expect(left.editions.map((e: { date: string }) => e.date)).toContain('2023-08-11');
  });
});
