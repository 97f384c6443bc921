import { describe, expect, it } from 'vitest';
import { roleAt } from '../../../core/match/roles';

const roles = [
  { title: '副市长', first: '2016-06-01', last: '2019-03-31' },
  { title: '市长', first: '2019-05-10', last: '2021-08-31' },
  { title: '市委副书记', first: '2020-01-01', last: '2021-08-31' },
];

describe('roleAt', () => {
  it('returns the roles held on the date, most recently started first', () => {
    expect(roleAt(roles, '2017-01-01').map((r) => r.title)).toEqual(['副市长']);
    expect(roleAt(roles, '2020-06-01').map((r) => r.title)).toEqual(['市委副书记', '市长']);
    expect(roleAt(roles, '2019-05-10').map((r) => r.title)).toEqual(['市长']);
    expect(roleAt(roles, '2019-03-31').map((r) => r.title)).toEqual(['副市长']);
  });

  it('falls back to the nearest earlier role between or after spans', () => {
    expect(roleAt(roles, '2019-04-15').map((r) => r.title)).toEqual(['副市长']);
    expect(roleAt(roles, '2023-01-01').map((r) => r.title)).toEqual(['市长', '市委副书记']);
  });

  it('returns nothing before the first role, and the latest roles without a date', () => {
    expect(roleAt(roles, '2010-01-01')).toEqual([]);
    expect(roleAt(roles, null).map((r) => r.title)).toEqual(['市长', '市委副书记']);
    expect(roleAt([], '2020-01-01')).toEqual([]);
    expect(roleAt([], null)).toEqual([]);
  });

  it('does not reorder the caller’s array', () => {
    const copy = [...roles];
    roleAt(roles, '2020-06-01');
    expect(roles).toEqual(copy);
  });
});
