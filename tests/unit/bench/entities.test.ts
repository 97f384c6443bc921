import { describe, expect, it } from 'vitest';
import { carryEntities } from '../../../bench/entities';
import { syntheticArchive } from '../../../bench/synthetic';
import type { Archive } from '@/core/types';

const source: Archive = {
  schemaVersion: 1,
  editions: [{ id: 'e1', file: 'a.txt', date: '2021-08-11', page: 1 }],
  articles: [
    {
      id: 'a1',
      edition: 'e1',
      kind: 'news',
      headline: '文明城市创建工作专题汇报会召开',
      title: '文明城市创建工作专题汇报会召开',
      reporters: ['李雅萍'],
      photographers: [],
      source: '本报',
      date: '2021-08-10',
      body: '市委书记孙大军主持召开汇报会。会上，柳林县汇报工作进展情况。',
      continued: null,
    },
  ],
  entities: [
    {
      id: 'person:孙大军',
      kind: 'person',
      name: '孙大军',
      aliases: ['sundajun'],
      roles: [{ title: '市委书记', first: '2021-08-10', last: '2021-08-10', articles: ['a1'] }],
      articles: ['a1'],
    },
    { id: 'place:柳林县', kind: 'place', name: '柳林县', aliases: ['柳林'], roles: [], articles: ['a1'] },
    { id: 'person:李雅萍', kind: 'person', name: '李雅萍', aliases: [], roles: [], articles: ['a1'] },
  ],
};

describe('entities carried to a synthetic archive', () => {
  it('links each entity to exactly the synthetic articles whose sentences or bylines name it', () => {
    const archive = carryEntities(syntheticArchive(source, { articles: 200, seed: 3 }), source);
    const [person, place, reporter] = archive.entities;
    const naming = (name: string) => archive.articles.filter((a) => a.body.includes(name)).map((a) => a.id);
    expect(person!.articles.sort()).toEqual(naming('孙大军').sort());
    expect(place!.articles.sort()).toEqual(naming('柳林').sort());
    expect(reporter!.articles.sort()).toEqual(
      archive.articles
        .filter((a) => a.reporters.includes('李雅萍'))
        .map((a) => a.id)
        .sort(),
    );
    const role = person!.roles[0]!;
    expect(role.articles.sort()).toEqual(person!.articles.sort());
    expect(role.first <= role.last).toBe(true);
  });
});
