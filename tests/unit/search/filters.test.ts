import { describe, expect, it } from 'vitest';
import { ids, jiebaEngine } from './engine';

describe('filters and sorting', () => {
  const engine = jiebaEngine();

  it('restricts to a publication date range, both ends inclusive', async () => {
    expect(await ids(engine, '张广勇')).toHaveLength(3);
    expect(await ids(engine, '张广勇', { from: '2021-01-01' })).toEqual(
      expect.arrayContaining(['a5', 'a10']),
    );
    expect(await ids(engine, '张广勇', { from: '2021-01-01' })).toHaveLength(2);
    expect(await ids(engine, '张广勇', { to: '2021-08-11' })).toEqual(expect.arrayContaining(['a4', 'a5']));
    expect(await ids(engine, '张广勇', { from: '2021-08-11', to: '2021-08-11' })).toEqual(['a5']);
    expect(await ids(engine, '张广勇', { from: '2023-01-01' })).toEqual([]);
  });

  it('restricts to articles mentioning every given entity', async () => {
    expect(await ids(engine, '会议', { entities: ['p-zhangwenke'] })).toEqual(
      expect.arrayContaining(['a3', 'a6']),
    );
    expect(await ids(engine, '会议', { entities: ['p-zhangwenke'] })).toHaveLength(2);
    expect(await ids(engine, '', { entities: ['p-sundajun', 'p-zhangguangyong'] })).toEqual(['a10', 'a5']);
    expect(await ids(engine, '会议', { entities: ['no-such-entity'] })).toEqual([]);
  });

  it('restricts to kinds of article', async () => {
    expect(await ids(engine, '党史学习教育', { kinds: ['commentary'] })).toEqual(['a8']);
    expect(await ids(engine, '党史学习教育', { kinds: ['feature', 'commentary'] })).toHaveLength(2);
    expect(await ids(engine, '党史学习教育', { kinds: ['photo'] })).toEqual([]);
  });

  it('sorts by date, newest first, when asked', async () => {
    const result = await engine.search({ query: '张广勇', sort: 'date' });
    expect(result.hits.map((h) => h.date)).toEqual(['2022-03-26', '2021-08-11', '2020-04-11']);
  });

  it('browses by filters alone, newest first', async () => {
    const result = await engine.search({ query: '', entities: ['p-zhangguangyong'] });
    expect(result.hits.map((h) => h.id)).toEqual(['a10', 'a5', 'a4']);
    expect(result.hits[0]!.snippet.length).toBeGreaterThan(0);
  });

  it('pages through results with offset and limit, keeping the total', async () => {
    const all = await engine.search({ query: '会议', limit: 100 });
    expect(all.total).toBeGreaterThan(3);
    const page = await engine.search({ query: '会议', limit: 2, offset: 1 });
    expect(page.total).toBe(all.total);
    expect(page.hits.map((h) => h.id)).toEqual(all.hits.slice(1, 3).map((h) => h.id));
  });

  it('cuts a day range at the publication date, not the dateline', async () => {
    // a10's dateline is 3月25日; the paper printed it on 2022-03-26
    expect(await ids(engine, '孙大军', { from: '2021-08-11', to: '2022-03-25' })).toEqual(['a5']);
    expect(await ids(engine, '孙大军', { from: '2022-03-26', to: '2022-03-26' })).toEqual(['a10']);
    expect(await ids(engine, '孙大军', { from: '2021-08-12', to: '2022-03-25' })).toEqual([]);
  });

  it('finds articles naming both an entity and words, or two entities, and no article naming one only', async () => {
    // 张广勇 is named in a4, a5 and a10; 创建 is printed only in a5 (and a9, which does not name him)
    expect(await ids(engine, '创建', { entities: ['p-zhangguangyong'] })).toEqual(['a5']);
    // 张稳科 and 张广勇 are never printed together
    expect(await ids(engine, '', { entities: ['p-zhangwenke', 'p-zhangguangyong'] })).toEqual([]);
    // entity, entity and a day range together
    expect(
      await ids(engine, '', { entities: ['p-sundajun', 'p-zhangguangyong'], from: '2022-01-01' }),
    ).toEqual(['a10']);
  });

  it('sorts oldest first when asked, with words and when browsing by filters', async () => {
    const words = await engine.search({ query: '张广勇', sort: 'oldest' });
    expect(words.hits.map((h) => h.date)).toEqual(['2020-04-11', '2021-08-11', '2022-03-26']);
    const browsing = await engine.search({ query: '', entities: ['p-zhangwenke'], sort: 'oldest' });
    expect(browsing.hits.map((h) => h.id)).toEqual(['a3', 'a6']);
    // relevance is not date order: the article about 孙大军 by headline comes before the later one
    const relevance = await engine.search({ query: '孙大军', sort: 'relevance' });
    expect(relevance.hits.map((h) => h.id)).toEqual(['a5', 'a10']);
  });
});
