import { describe, expect, it } from 'vitest';
import { jiebaEngine } from './engine';

describe('entity timeline and article view', () => {
  const engine = jiebaEngine();

  it('lists an entity’s roles, articles by date, mentions per month and co-appearing people', async () => {
    const t = (await engine.timeline('p-zhangguangyong'))!;
    expect(t.entity).toMatchObject({ id: 'p-zhangguangyong', name: '张广勇', kind: 'person', articles: 3 });
    expect(t.roles.map((r) => r.title)).toEqual(['市委副书记', '市长']);
    expect(t.articles.map((a) => [a.id, a.date])).toEqual([
      ['a4', '2020-04-11'],
      ['a5', '2021-08-11'],
      ['a10', '2022-03-26'],
    ]);
    expect(t.perMonth).toEqual([
      { month: '2020-04', count: 1 },
      { month: '2021-08', count: 1 },
      { month: '2022-03', count: 1 },
    ]);
    expect(t.coPeople[0]).toEqual({ id: 'p-sundajun', name: '孙大军', count: 2 });
    expect(t.coPeople.map((p) => p.id)).not.toContain('p-zhangguangyong');
    expect(t.coPeople.map((p) => p.id)).not.toContain('l-lishi'); // places are not people
  });

  it('answers null for an unknown entity', async () => {
    expect(await engine.timeline('nobody')).toBeNull();
  });

  it('returns an article with its edition, publication date and entities', async () => {
    const view = (await engine.article('a6'))!;
    expect(view.article.id).toBe('a6');
    expect(view.edition?.id).toBe('e2021');
    expect(view.date).toBe('2021-08-11');
    expect(view.entities.map((e) => e.id).sort()).toEqual(['o-zhengxie', 'p-zhangwenke']);
    expect(await engine.article('nope')).toBeNull();
  });
});
