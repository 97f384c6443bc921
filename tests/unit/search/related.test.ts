import { describe, expect, it } from 'vitest';
import type { Archive } from '@/core/types';
import { jiebaEngine, quickEngine } from './engine';

describe('related articles', () => {
  const engine = jiebaEngine();

  it('relates an article to those sharing its people and topics, never to itself', async () => {
    const items = (await engine.relatedToArticle('a5'))!;
    expect(items.map((i) => i.id)).not.toContain('a5');
    expect(items[0]!.id).toBe('a10'); // same secretary and mayor
    expect(items[0]!.sharedEntities.map((e) => e.name)).toEqual(expect.arrayContaining(['孙大军', '张广勇']));
    expect(items.map((i) => i.id)).toContain('a9'); // same topic: 文明城市创建
    expect(items.find((i) => i.id === 'a9')!.reason).toContain('文明城市创建');
  });

  it('gives a reason a reader can read: names first, then shared terms, joined by " · "', async () => {
    const items = await engine.relatedToText(
      '吕梁市委书记孙大军调研文明城市创建工作，要求补齐短板，推进创建指挥部工作。',
    );
    expect(items[0]!.id).toBe('a5');
    expect(items[0]!.reason.split(' · ').slice(0, 2)).toEqual(['孙大军', '文明城市创建']);
    for (const item of items) expect(item.reason.length).toBeGreaterThan(0);
  });

  it('reads traditional characters on a page', async () => {
    const items = await engine.relatedToText('呂梁市政協黨組書記張穩科主持召開會議，政協委員參加。');
    expect(
      items
        .slice(0, 2)
        .map((i) => i.id)
        .sort(),
    ).toEqual(['a3', 'a6']);
  });

  it('finds nothing for a page about something else', async () => {
    expect(await engine.relatedToText('The weather in Paris is sunny today. 今天巴黎天气晴朗。')).toEqual([]);
    expect(await engine.relatedToText('')).toEqual([]);
  });

  it('works before jieba is warm, from bigrams and names', async () => {
    const items = await quickEngine().relatedToText('孙大军主持召开文明城市创建工作专题汇报会');
    expect(items[0]!.id).toBe('a5');
  });

  it('answers null for an article that is not in the archive', async () => {
    expect(await engine.relatedToArticle('nope')).toBeNull();
  });

  it('respects the limit', async () => {
    expect(await engine.relatedToArticle('a5', 1)).toHaveLength(1);
  });
});

describe('related articles and everyday words that are also names', () => {
  it('does not take 权威 in a page for the person of that name', async () => {
    const archive: Archive = {
      schemaVersion: 1,
      editions: [{ id: 'e1', file: 'f', date: '2021-08-11', page: 1 }],
      articles: [
        {
          id: 'x1',
          edition: 'e1',
          kind: 'news',
          headline: '市政府秘书长权威调研',
          title: '市政府秘书长权威调研',
          reporters: [],
          photographers: [],
          source: null,
          date: null,
          body: '市政府秘书长权威到离石区调研。',
          continued: null,
        },
      ],
      entities: [{ id: 'p-quanwei', kind: 'person', name: '权威', aliases: [], roles: [], articles: ['x1'] }],
    };
    const engine = jiebaEngine(archive);
    expect(await engine.relatedToText('要建立权威高效的指挥体系。')).toEqual([]);
    // typed as a query, the name still finds the person
    expect((await engine.search({ query: '权威' })).hits.map((h) => h.id)).toEqual(['x1']);
  });
});
