import { describe, expect, it } from 'vitest';
import { materialize } from '@/core/additions/materialize';
import { mergeEntity, mergeRoles } from '@/core/additions/merge';
import type { EntityRecord, RoleRecord } from '@/core/entities/types';

const role = (title: string, first: string, last: string, articles: string[], org?: string): RoleRecord => ({
  title,
  office: title.replace(/^市委|^市政府/, ''),
  ...(org ? { org } : {}),
  first,
  last,
  articles,
});

describe('merging added articles’ entities into the archive’s', () => {
  it('extends a post seen again years later into one span with the articles of both', () => {
    const merged = mergeRoles(
      [role('市委副书记', '2020-04-10', '2020-06-01', ['a1', 'a2'], '市委')],
      [role('市委副书记', '2023-02-01', '2023-03-01', ['n1'], '市委')],
    );
    expect(merged).toEqual([role('市委副书记', '2020-04-10', '2023-03-01', ['a1', 'a2', 'n1'], '市委')]);
  });

  it('joins a post printed without its body to the archive’s role with that office nearest in time', () => {
    const merged = mergeRoles(
      [
        {
          title: '市委书记',
          office: '书记',
          org: '市委',
          first: '2019-01-01',
          last: '2019-05-01',
          articles: ['a1'],
        },
        {
          title: '县委书记',
          office: '书记',
          org: '县委',
          first: '2016-01-01',
          last: '2016-02-01',
          articles: ['a0'],
        },
      ],
      [{ title: '书记', office: '书记', first: '2019-07-01', last: '2019-07-01', articles: ['n1'] }],
    );
    expect(merged.map((r) => [r.title, r.last, r.articles])).toEqual([
      ['县委书记', '2016-02-01', ['a0']],
      ['市委书记', '2019-07-01', ['a1', 'n1']],
    ]);
  });

  it('keeps a new post apart and adds up mentions and companions', () => {
    const base: EntityRecord = {
      id: 'person:张广勇',
      kind: 'person',
      name: '张广勇',
      aliases: ['張廣勇'],
      roles: [role('市委副书记', '2020-04-10', '2020-04-10', ['a1'], '市委')],
      articles: ['a1', 'a2'],
      firstSeen: '2020-04-10',
      lastSeen: '2020-05-01',
      mentionsByMonth: { '2020-04': 1, '2020-05': 1 },
      coAppearances: [{ id: 'person:孙大军', name: '孙大军', count: 2, articles: ['a2', 'a1'] }],
      occupation: 'official',
    };
    const added: EntityRecord = {
      id: 'person:张广勇',
      kind: 'person',
      name: '张广勇',
      aliases: ['zgy'],
      roles: [role('市长', '2022-03-26', '2022-03-26', ['n1'], '市政府')],
      articles: ['n1', 'n2'],
      firstSeen: '2022-03-26',
      lastSeen: '2022-03-26',
      mentionsByMonth: { '2022-03': 2 },
      coAppearances: [
        { id: 'person:孙大军', name: '孙大军', count: 1, articles: ['n1'] },
        { id: 'person:王成', name: '王成', count: 1, articles: ['n2'] },
      ],
    };
    const merged = mergeEntity(base, added);
    expect(merged.roles.map((r) => r.title)).toEqual(['市委副书记', '市长']);
    expect(merged.articles).toEqual(['a1', 'a2', 'n1', 'n2']);
    expect(merged.aliases).toEqual(['張廣勇', 'zgy']);
    expect([merged.firstSeen, merged.lastSeen]).toEqual(['2020-04-10', '2022-03-26']);
    expect(merged.mentionsByMonth).toEqual({ '2020-04': 1, '2020-05': 1, '2022-03': 2 });
    expect(merged.coAppearances).toEqual([
      { id: 'person:孙大军', name: '孙大军', count: 3, articles: ['n1', 'a2', 'a1'] },
      { id: 'person:王成', name: '王成', count: 1, articles: ['n2'] },
    ]);
    expect(merged.occupation).toBe('official');
  });
});

describe('saved articles', () => {
  const input = (byline: string | null) => ({
    url: 'https://x.example/a',
    title: '标题',
    site: 'x',
    date: null,
    byline,
    text: '正文。',
  });
  const reporters = (byline: string | null) =>
    materialize(
      [
        {
          kind: 'saved',
          id: 's',
          fingerprint: 'f',
          article: input(byline),
          state: 'pending',
          contributed: [],
          addedAt: '',
        },
      ],
      { edition: () => false, articleTitle: () => undefined },
    ).articles[0]!.reporters;

  it('keep the names of a byline, not the words around them', () => {
    expect(reporters('记者 王丽 通讯员 李明')).toEqual(['王丽', '李明']);
    expect(reporters('作者：张三')).toEqual(['张三']);
    expect(reporters('By John Smith and Jane Doe')).toEqual(['John Smith', 'Jane Doe']);
    expect(reporters(null)).toEqual([]);
  });
});
