/** A small archive in the archive format, shaped like the real one (ids, roles, per-month counts). */
import type { Archive } from '@/core/types';
import type { EntityRecord } from '@/core/entities/types';

const editions = [
  { id: 'e2020-04-11-1', file: 'a.txt', date: '2020-04-11', page: 1 },
  { id: 'e2021-08-11-1', file: 'b.txt', date: '2021-08-11', page: 1 },
  { id: 'e2021-08-19-1', file: 'c.txt', date: '2021-08-19', page: 1 },
  { id: 'e2022-03-26-1', file: 'd.txt', date: '2022-03-26', page: 1 },
];

function article(id: string, edition: string, title: string, date: string | null = null) {
  return {
    id,
    edition,
    kind: 'news' as const,
    headline: title,
    title,
    reporters: [],
    photographers: [],
    source: '本报',
    date,
    body: `${title}。`,
    continued: null,
  };
}

const articles = [
  article('a1', 'e2020-04-11-1', '市政府召开常务会议', '2020-04-10'),
  article('a2', 'e2021-08-11-1', '孙大军主持召开文明城市创建工作专题汇报会', '2021-08-10'),
  article('a3', 'e2021-08-19-1', '全市乡村振兴推进会召开', '2021-08-18'),
  article('a4', 'e2022-03-26-1', '市委常委会召开会议', '2022-03-25'),
  article('a5', 'e2022-03-26-1', '张广勇在柳林县调研'),
];

const entities: EntityRecord[] = [
  {
    id: 'person:孙大军',
    kind: 'person',
    name: '孙大军',
    aliases: ['sundajun', '孫大軍'],
    roles: [
      { title: '市委书记', org: '市委', first: '2021-08-10', last: '2022-03-26', articles: ['a2', 'a4'] },
    ],
    articles: ['a2', 'a3', 'a4'],
    lastSeen: '2022-03-26',
    mentionsByMonth: { '2021-08': 2, '2022-03': 1 },
  },
  {
    id: 'person:张广勇',
    kind: 'person',
    name: '张广勇',
    aliases: ['張廣勇'],
    roles: [
      { title: '市长', org: '市政府', first: '2021-08-10', last: '2022-03-26', articles: ['a2', 'a5'] },
      { title: '市委副书记', org: '市委', first: '2020-04-10', last: '2022-03-25', articles: ['a1', 'a4'] },
    ],
    articles: ['a1', 'a2', 'a4', 'a5'],
  },
  {
    id: 'person:权威',
    kind: 'person',
    name: '权威',
    aliases: ['權威'],
    roles: [{ title: '秘书长', org: '市政府', first: '2020-04-10', last: '2021-08-18', articles: ['a1'] }],
    articles: ['a1'],
    ambiguous: true,
    needsPost: true,
  },
  {
    id: 'place:吕梁市',
    kind: 'place',
    name: '吕梁市',
    aliases: ['吕梁', '呂梁市', '呂梁'],
    roles: [],
    articles: ['a1', 'a2', 'a3', 'a4'],
  },
  {
    id: 'place:柳林县',
    kind: 'place',
    name: '柳林县',
    aliases: ['柳林'],
    roles: [],
    articles: ['a5'],
    county: '柳林县',
  },
  {
    id: 'place:穆村镇',
    kind: 'place',
    name: '穆村镇',
    aliases: [],
    roles: [],
    articles: ['a5'],
    county: '柳林县',
  },
  {
    id: 'organization:市委',
    kind: 'organization',
    name: '市委',
    aliases: ['吕梁市委'],
    roles: [],
    articles: ['a4'],
    generic: true,
  },
];

export function fixtureArchive(): Archive {
  return { schemaVersion: 1, editions, articles, entities };
}
