import { describe, expect, it } from 'vitest';
import { parseDictionary, zipfArchive, zipfSampler } from '../../../bench/synthetic-zipf';
import { prng } from '../../../bench/synthetic';
import type { Archive } from '@/core/types';

const source: Archive = {
  schemaVersion: 1,
  editions: [{ id: 'e1', file: 'a.txt', date: '2021-08-11', page: 1 }],
  articles: [
    {
      id: 'a1',
      edition: 'e1',
      kind: 'news',
      headline: '汇报会召开',
      title: '汇报会召开',
      reporters: ['李雅萍'],
      photographers: [],
      source: '本报',
      date: '2021-08-10',
      body: '市委书记孙大军主持召开汇报会。',
      continued: null,
    },
  ],
  entities: [
    {
      id: 'person:孙大军',
      kind: 'person',
      name: '孙大军',
      aliases: ['sundajun', '孫大軍'],
      roles: [{ title: '市委书记', first: '2021-08-10', last: '2021-08-10', articles: ['a1'] }],
      articles: ['a1'],
    },
    { id: 'place:柳林县', kind: 'place', name: '柳林县', aliases: ['柳林'], roles: [], articles: [] },
  ],
};

// a dictionary of 2 000 made-up two-character words, frequencies falling with rank
const dictionary = parseDictionary(
  Array.from(
    { length: 2000 },
    (_, i) => `${String.fromCharCode(0x4e00 + i)}${String.fromCharCode(0x6000 + (i % 97))} ${5000 - i} n`,
  ).join('\n') + '\n4S店 3 n\n',
);

describe('the Zipfian synthetic archive', () => {
  it('reads jieba’s dictionary lines, keeping Han words only', () => {
    expect(dictionary).toHaveLength(2000);
    expect(parseDictionary('吕梁 120 ns\n4S店 3 n\n\n了 883634 ul')).toEqual([
      { word: '吕梁', freq: 120, tag: 'ns' },
      { word: '了', freq: 883634, tag: 'ul' },
    ]);
  });

  it('draws ranks with falling frequency', () => {
    const next = zipfSampler(1000, prng(3));
    const counts = new Array<number>(1000).fill(0);
    for (let i = 0; i < 50_000; i++) counts[next()]!++;
    expect(counts[0]!).toBeGreaterThan(counts[9]! * 5);
    expect(counts[9]!).toBeGreaterThan(counts[499]!);
  });

  it('is deterministic for a seed and differs across seeds', () => {
    const a = zipfArchive(source, dictionary, { articles: 300, seed: 7 });
    expect(zipfArchive(source, dictionary, { articles: 300, seed: 7 })).toEqual(a);
    const c = zipfArchive(source, dictionary, { articles: 300, seed: 8 });
    expect(c.articles.map((x) => x.body)).not.toEqual(a.articles.map((x) => x.body));
  });

  it('makes N articles on daily pages in date order, with lengths that vary like a paper’s', () => {
    const archive = zipfArchive(source, dictionary, { articles: 2000, years: 2, from: '2020-01-01' });
    expect(archive.articles).toHaveLength(2000);
    expect(new Set(archive.articles.map((a) => a.id)).size).toBe(2000);
    const dates = archive.editions.map((e) => e.date);
    expect(dates[0]).toBe('2020-01-01');
    expect([...dates].sort()).toEqual(dates);
    const editionIds = new Set(archive.editions.map((e) => e.id));
    expect(archive.articles.every((a) => editionIds.has(a.edition))).toBe(true);
    const lengths = archive.articles.map((a) => a.body.length).sort((x, y) => x - y);
    expect(lengths[100]!).toBeLessThan(300); // photo captions and briefs
    expect(lengths[1900]!).toBeGreaterThan(1200); // features
    // a dateline opens dated news, the day before publication
    const dated = archive.articles.find((a) => a.date)!;
    const [, m, d] = dated.date!.split('-').map(Number);
    expect(dated.body.startsWith(`${m}月${d}日，`)).toBe(true);
  });

  it('links entities to the articles their simplified names were written into, posts to their spans', () => {
    const archive = zipfArchive(source, dictionary, { articles: 1500 });
    const person = archive.entities.find((e) => e.id === 'person:孙大军')!;
    expect(person.articles.length).toBeGreaterThan(0);
    const byId = new Map(archive.articles.map((a) => [a.id, a]));
    for (const id of person.articles) {
      const a = byId.get(id)!;
      expect(`${a.headline ?? ''}${a.body}${a.reporters.join('')}`).toContain('孙大军');
    }
    expect(archive.articles.some((a) => a.body.includes('孫大軍'))).toBe(false);
    const role = person.roles[0]!;
    for (const id of role.articles) expect(byId.get(id)!.body).toContain('市委书记孙大军');
    expect(role.first <= role.last).toBe(true);
  });
});
