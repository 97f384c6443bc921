import { describe, expect, it } from 'vitest';
import { coAppearances } from '../../../core/entities/coappear';
import { article, build, person } from './fixtures';

describe('co-appearance', () => {
  it('lists the people printed with a person, most frequent first, with the shared articles', () => {
    const entities = build([
      article('a1', '市委书记李正印出席并讲话。市长王立伟主持。市委副书记张广勇出席。', {
        date: '2020-04-10',
      }),
      article('a2', '市委书记李正印主持召开会议。市长王立伟作具体安排。', {
        edition: '2020-05-10-p1',
        date: '2020-05-09',
      }),
      article('a3', '市长王立伟强调，要坚决贯彻。副市长刘晋萍参加。', {
        edition: '2020-05-10-p1',
        date: '2020-05-08',
        reporters: ['付永文'],
      }),
    ]);
    expect(person(entities, '王立伟').coAppearances).toEqual([
      { id: 'person:李正印', name: '李正印', count: 2, articles: ['a2', 'a1'] },
      { id: 'person:刘晋萍', name: '刘晋萍', count: 1, articles: ['a3'] },
      { id: 'person:张广勇', name: '张广勇', count: 1, articles: ['a1'] },
    ]);
    // A byline says who wrote the article, not who appears in it.
    expect(person(entities, '付永文').coAppearances).toBeUndefined();
    expect(person(entities, '刘晋萍').coAppearances?.map((c) => c.name)).toEqual(['王立伟']);
  });

  it('keeps only the most recent shared articles of a frequent companion', () => {
    const articles = Array.from({ length: 30 }, (_, i) => ({ id: `a${i}`, rank: i, people: ['p:x', 'p:y'] }));
    const result = coAppearances(articles, new Map()).get('p:x')!;
    expect(result[0]!.count).toBe(30);
    expect(result[0]!.articles).toEqual([
      'a29',
      'a28',
      'a27',
      'a26',
      'a25',
      'a24',
      'a23',
      'a22',
      'a21',
      'a20',
    ]);
  });
});
