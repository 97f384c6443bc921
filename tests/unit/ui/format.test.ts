import { describe, expect, it } from 'vitest';
import { isEntityId, nameInId, pickEntity } from '@/components/archive/entities';
import {
  hostOf,
  latestPost,
  longDate,
  postSummary,
  postsInOrder,
  writtenAliases,
  yearSpan,
} from '@/components/format';
import { byDate } from '@/components/panel/ArticleList';

describe('what the popup and panel print', () => {
  it('writes a post with its years', () => {
    expect(postSummary({ title: '市委书记', first: '2021-08-10', last: '2022-03-26' }, 'zh')).toBe(
      '市委书记 · 2021–2022',
    );
    // English readers get the glossary's rendering beside the printed title.
    expect(postSummary({ title: '市长', first: '2021-08-10', last: '2022-03-26' }, 'en')).toBe(
      '市长 (Mayor) · 2021–2022',
    );
    expect(
      postSummary({ title: '市疫情防控工作领导小组组长', first: '2020-04-10', last: '2020-04-10' }, 'en'),
    ).toBe('市疫情防控工作领导小组组长 · 2020');
    expect(yearSpan('2020-04-10', '2020-05-09')).toBe('2020');
  });

  it('finds the latest post and orders a career', () => {
    const posts = [
      { title: '市长', first: '2020-04-10', last: '2021-08-18' },
      { title: '市委书记', first: '2021-08-10', last: '2022-03-26' },
      { title: '副市长', first: '2018-01-01', last: '2020-01-01' },
    ];
    expect(latestPost(posts)?.title).toBe('市委书记');
    expect(latestPost([])).toBeNull();
    expect(postsInOrder(posts).map((p) => p.title)).toEqual(['副市长', '市长', '市委书记']);
  });

  it('writes dates in the reader’s language', () => {
    expect(longDate('2021-08-11', 'zh')).toBe('2021年8月11日');
    expect(longDate('2021-08-11', 'en')).toBe('11 Aug 2021');
    expect(longDate('八月', 'en')).toBe('八月');
  });

  it('shows written aliases only', () => {
    expect(writtenAliases('孙大军', ['sundajun', 'sdj', '孫大軍', '孙大军'])).toEqual(['孫大軍']);
  });

  it('names a page by its host', () => {
    expect(hostOf('https://www.lvliang.gov.cn/news/1.html')).toBe('lvliang.gov.cn');
    expect(hostOf('not a url')).toBe('not a url');
  });

  it('sorts articles by date either way, keeping the order of equal dates', () => {
    const list = [
      { id: 'a', date: '2021-08-11' },
      { id: 'b', date: '2022-03-26' },
      { id: 'c', date: '2022-03-26' },
    ];
    expect(byDate(list, 'newest').map((a) => a.id)).toEqual(['b', 'c', 'a']);
    expect(byDate(list, 'oldest').map((a) => a.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('the entity a deep link means', () => {
  const found = [
    { id: 'place:离石区', kind: 'place' as const, name: '离石区', aliases: ['离石', '離石區'], articles: 7 },
    { id: 'person:孙大军', kind: 'person' as const, name: '孙大军', aliases: ['孫大軍', 'SDJ'], articles: 4 },
  ];

  it('matches by id, name or alias (any letter case)', () => {
    expect(pickEntity('person:孙大军', found)?.name).toBe('孙大军');
    expect(pickEntity('孙大军', found)?.id).toBe('person:孙大军');
    expect(pickEntity(' 孫大軍 ', found)?.id).toBe('person:孙大军');
    expect(pickEntity('sdj', found)?.id).toBe('person:孙大军');
    expect(pickEntity('离石', found)?.id).toBe('place:离石区');
  });

  it('does not pass a near match off as the one asked for', () => {
    expect(pickEntity('孙大', found)).toBeNull();
  });

  it('tells an id from a typed name, and shows an id’s name while it loads', () => {
    expect(isEntityId('person:王丽#reporter')).toBe(true);
    expect(isEntityId('place:柳林县')).toBe(true);
    expect(isEntityId('孙大军')).toBe(false);
    expect(isEntityId('person:')).toBe(false);
    expect(isEntityId('note: 孙大军')).toBe(false);
    expect(nameInId('person:王丽#reporter')).toBe('王丽');
    expect(nameInId('孙大军')).toBe('孙大军');
  });
});
