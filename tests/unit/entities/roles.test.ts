import { describe, expect, it } from 'vitest';
import { buildRoles, type RoleObservation } from '../../../core/entities/roles';
import { article, build, person, role } from './fixtures';

describe('role timeline', () => {
  const entities = build([
    article(
      'p2020',
      '4月10日，会议召开。市委书记李正印出席并讲话。市长王立伟主持。市委副书记张广勇，市领导李建国出席。',
      {
        edition: '2020-04-11-p1',
        date: '2020-04-10',
      },
    ),
    article('p2021a', '8月10日，市委书记孙大军主持召开专题汇报会。市长张广勇作具体安排。', {
      edition: '2021-08-11-p1',
      date: '2021-08-10',
    }),
    article('p2021b', '8月18日，推进会召开。市长张广勇在吕梁分会场参加。', {
      edition: '2021-08-19-p1',
      date: '2021-08-18',
    }),
    article('p2022', '3月25日，会议召开。市委书记孙大军出席会议并讲话。市委副书记、市长张广勇主持会议。', {
      edition: '2022-03-26-p1',
      date: '2022-03-25',
    }),
  ]);

  it('gives one role per post, each with its own first and last date', () => {
    const zhang = person(entities, '张广勇');
    expect(zhang.roles.map((r) => [r.title, r.first, r.last, r.articles])).toEqual([
      ['市委副书记', '2020-04-10', '2022-03-25', ['p2020', 'p2022']],
      ['市长', '2021-08-10', '2022-03-25', ['p2021a', 'p2021b', 'p2022']],
    ]);
  });

  it('sets first/last seen and articles per month', () => {
    const zhang = person(entities, '张广勇');
    expect(zhang.firstSeen).toBe('2020-04-10');
    expect(zhang.lastSeen).toBe('2022-03-25');
    expect(zhang.mentionsByMonth).toEqual({ '2020-04': 1, '2021-08': 2, '2022-03': 1 });
  });

  it('dates an observation by the edition when the article has no dateline', () => {
    const entities = build([
      article('x', '市委书记孙大军主持召开会议。', { edition: '2022-03-26-p1', date: null }),
      article('y', '市委书记孙大军出席。', { edition: '2021-08-19-p1', date: '2021-08-17' }),
    ]);
    const r = role(person(entities, '孙大军'), '市委书记');
    expect([r.first, r.last]).toEqual(['2021-08-17', '2022-03-26']);
  });
});

function obs(title: string, office: string, date: string, article: string, bare = false): RoleObservation {
  return {
    title,
    office,
    family: 'secretary',
    ...(bare ? {} : { org: title.slice(0, title.length - office.length) }),
    bare,
    form: bare ? 'after' : 'before',
    date,
    article,
  };
}

describe('buildRoles', () => {
  it('joins a bare post to the full post with the same office nearest in time', () => {
    const roles = buildRoles([
      obs('市政协党组书记', '书记', '2018-01-05', 'a'),
      obs('市委书记', '书记', '2021-08-10', 'b'),
      obs('书记', '书记', '2022-03-26', 'c', true),
      obs('书记', '书记', '2018-02-01', 'd', true),
    ]);
    expect(roles.map((r) => [r.title, r.first, r.last, r.articles])).toEqual([
      ['市政协党组书记', '2018-01-05', '2018-02-01', ['a', 'd']],
      ['市委书记', '2021-08-10', '2022-03-26', ['b', 'c']],
    ]);
  });

  it('never joins a bare post to a different office (书记 is not 副书记)', () => {
    const roles = buildRoles([
      obs('市委副书记', '副书记', '2020-04-10', 'a'),
      obs('书记', '书记', '2021-01-01', 'b', true),
    ]);
    expect(roles.map((r) => r.title)).toEqual(['市委副书记']);
  });

  it('keeps an unmatched bare post printed before the name as printed', () => {
    const before: RoleObservation = { ...obs('副主任', '副主任', '2020-04-10', 'a', true), form: 'before' };
    expect(buildRoles([before]).map((r) => [r.title, r.org])).toEqual([['副主任', undefined]]);
  });
});
