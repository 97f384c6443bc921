import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Archive, Edition } from '@/core/types';
import { installedArchive, openLensDB } from '@/lib/background/storage';
import { editionMonths } from '@/lib/background/storage/edition-months';
import { createIdbReader } from '@/lib/background/storage/idb-reader';
import { importPage, LATER, startedService } from './additions-helpers';

const edition = (id: string, date = id.slice(0, 10), page = 1): Edition => ({
  id,
  file: `${id}.txt`,
  date,
  page,
});

describe('editions stored a month to a record', () => {
  it('group pages by the month of the date in their id and keep an id without one on its own', () => {
    const months = editionMonths([
      edition('2020-04-11-p1'),
      edition('archive-7', '2020-04-11'),
      edition('2020-04-30-p2', '2020-04-30', 2),
      edition('2020-05-01-p1'),
      edition('syn-2020-04-03-p9', '2020-04-03'),
      edition('archive-7', '2020-04-12'),
    ]);
    expect(months.map(([month, editions]) => [month, editions.map((e) => e.id)])).toEqual([
      ['2020-04', ['2020-04-11-p1', '2020-04-30-p2', 'syn-2020-04-03-p9']],
      ['archive-7', ['archive-7']],
      ['2020-05', ['2020-05-01-p1']],
    ]);
    // the later record of one id is the one kept
    expect(months[1]![1][0]!.date).toBe('2020-04-12');
  });

  it('find a bundled page and the reader’s added pages of the same day, across two imports', async () => {
    const h = await startedService();
    const day = '2020-04-11'; // a bundled front page's day
    for (const page of [2, 3])
      await h.ask({
        type: 'archive/import',
        pages: [{ ...importPage(LATER, `page-${page}.txt`), date: day, page }],
      });
    const db = await openLensDB({ name: h.name });
    const meta = (await installedArchive(db))!;
    const reader = createIdbReader(db, meta.generation, { overlay: meta.overlay });
    for (const page of [1, 2, 3])
      expect(await reader.edition(`${day}-p${page}`)).toMatchObject({ date: day, page });
    expect(await reader.edition(`${day}-p4`)).toBeUndefined();
    // the additions' record of that month holds both added pages, carried into the second import's generation
    const added = await db.get('editions', [meta.overlay!.generation, day.slice(0, 7)]);
    expect(added?.map((e) => e.page)).toEqual([2, 3]);
    const exported = JSON.parse((await h.ask<{ json: string }>({ type: 'archive/export' })).json) as Archive;
    expect(
      exported.editions
        .filter((e) => e.date === day)
        .map((e) => e.page)
        .sort(),
    ).toEqual([1, 2, 3]);
    db.close();
  }, 120_000);
});
