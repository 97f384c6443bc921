import { describe, expect, it } from 'vitest';
import { prng, sentencesOf, syntheticArchive } from '../../../bench/synthetic';
import type { Archive } from '@/core/types';

const source: Archive = {
  schemaVersion: 1,
  editions: [{ id: 'e1', file: 'a.txt', date: '2021-08-11', page: 1 }],
  articles: [
    {
      id: 'a1',
      edition: 'e1',
      kind: 'news',
      headline: '孙大军主持召开文明城市创建工作专题汇报会',
      title: '孙大军主持召开文明城市创建工作专题汇报会',
      reporters: ['李雅萍'],
      photographers: [],
      source: '本报',
      date: '2021-08-10',
      body: '市委书记孙大军主持召开文明城市创建工作专题汇报会。市长张广勇作具体安排。\n会上，市委副书记任凯汇报工作。',
      continued: null,
    },
    {
      id: 'a2',
      edition: 'e1',
      kind: 'commentary',
      headline: null,
      title: '以史为鉴',
      reporters: [],
      photographers: [],
      source: '本报',
      date: null,
      body: '“以史为鉴，可以知兴替。”我们要深刻领会学好党史的重要意义！推动党史学习教育取得实效。',
      continued: null,
    },
  ],
  entities: [],
};

describe('synthetic archive', () => {
  it('splits sentences after 。！？ and keeps closing quotes with them', () => {
    expect(sentencesOf(source.articles[1]!.body)).toEqual([
      '“以史为鉴，可以知兴替。”',
      '我们要深刻领会学好党史的重要意义！',
      '推动党史学习教育取得实效。',
    ]);
  });

  it('is deterministic for a seed and differs across seeds', () => {
    const a = syntheticArchive(source, { articles: 500, seed: 7 });
    const b = syntheticArchive(source, { articles: 500, seed: 7 });
    const c = syntheticArchive(source, { articles: 500, seed: 8 });
    expect(a).toEqual(b);
    expect(a.articles.map((x) => x.body)).not.toEqual(c.articles.map((x) => x.body));
    expect(prng(1)()).toBe(prng(1)());
  });

  it('makes N articles over twenty years from the real sentences', () => {
    const archive = syntheticArchive(source, { articles: 1000, years: 20, from: '2003-01-01' });
    expect(archive.articles).toHaveLength(1000);
    const dates = archive.editions.map((e) => e.date);
    expect(dates[0]).toBe('2003-01-01');
    expect(dates.at(-1)! > '2022-06-01').toBe(true);
    expect([...dates].sort()).toEqual(dates);
    const realSentences = new Set(source.articles.flatMap((a) => sentencesOf(a.body)));
    for (const article of archive.articles.slice(0, 50)) {
      for (const sentence of sentencesOf(article.body)) expect(realSentences.has(sentence)).toBe(true);
    }
    const ids = new Set(archive.articles.map((a) => a.id));
    expect(ids.size).toBe(1000);
    const editionIds = new Set(archive.editions.map((e) => e.id));
    expect(archive.articles.every((a) => editionIds.has(a.edition))).toBe(true);
  });
});
