/**
 * The post index on the bundled archive (successions read by hand from the five front pages) and on small
 * archives shaped to test one rule each.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildPostIndex,
  cardPostFacts,
  holdersOn,
  keptForViews,
  neighbours,
  personPosts,
  postIndexOfArchive,
  SPAN_ARTICLES,
  type PostIndex,
  type PostPerson,
} from '@/core/posts';
import { SEED_BUILD_MS, seedArchive } from './seeds';

let index: PostIndex;

beforeAll(() => {
  index = postIndexOfArchive(seedArchive());
}, SEED_BUILD_MS);

const names = (id: string) => index.posts[id]!.holders.map((h) => h.name);

describe('the bundled archive', () => {
  it('gives the successions the pages print', () => {
    expect(names('post:市委书记')).toEqual(['李正印', '孙大军']);
    expect(names('post:市长')).toEqual(['王立伟', '张广勇']);
    expect(names('post:省委书记')).toEqual(['楼阳生', '林武']);
  });

  it('dates spans by printing: first to last issue that prints the person in the post', () => {
    const [li, sun] = index.posts['post:市委书记']!.holders;
    expect(li!.spans.map((s) => [s.first, s.last])).toEqual([['2020-04-11', '2020-05-10']]);
    expect(sun!.spans.map((s) => [s.first, s.last])).toEqual([['2021-08-11', '2022-03-26']]);
    // every supporting article is dated and titled, oldest first
    const dates = sun!.spans[0]!.articles.map((a) => a.date);
    expect(dates).toEqual([...dates].sort());
    expect(sun!.spans[0]!.articles.every((a) => a.title.length > 0)).toBe(true);
    expect(sun!.spans[0]!.articles.length).toBeGreaterThanOrEqual(3);
  });

  it('finds the gap between holders and says the archive has no issue in it', () => {
    expect(index.posts['post:市委书记']!.gaps).toEqual([
      { after: '2020-05-10', before: '2021-08-11', issues: 0 },
    ]);
    // 楼阳生 (2020-05) and 林武 (2022-03): the archive holds two issues between them that print neither
    expect(index.posts['post:省委书记']!.gaps).toEqual([
      { after: '2020-05-10', before: '2022-03-26', issues: 2 },
    ]);
  });

  it('keeps posts several people hold at once out of successions', () => {
    expect(index.posts['post:副市长']!.plural).toBe(true);
    expect(index.posts['post:市委副书记']!.plural).toBe(true);
    expect(index.posts['post:市长']!.plural).toBe(false);
    expect(neighbours(index.posts['post:副市长']!, 'person:杨巨才')).toEqual({ before: null, after: null });
  });

  it('answers who held a post on a day, and who came before and after', () => {
    const on = holdersOn(index.posts['post:市长']!, '2020-09-01');
    expect(on.during).toEqual([]);
    expect(on.before?.name).toBe('王立伟');
    expect(on.after?.name).toBe('张广勇');
    expect(holdersOn(index.posts['post:市长']!, '2020-05-01').during.map((h) => h.name)).toEqual(['王立伟']);
    const zhang = neighbours(index.posts['post:市长']!, 'person:张广勇');
    expect([zhang.before?.name, zhang.after]).toEqual(['王立伟', null]);
  });

  it('lists each person’s posts by first printing', () => {
    expect(index.byPerson['person:张广勇']).toEqual(['post:市委副书记', 'post:市长']);
  });

  it('leaves out reporters and bare offices without a body', () => {
    for (const post of Object.values(index.posts)) {
      expect(post.org).not.toBeNull();
      for (const h of post.holders) expect(h.id.includes('#')).toBe(false);
    }
  });
});

describe('the rules on small archives', () => {
  const person = (id: string, roles: PostPerson['roles']): PostPerson => ({ id, name: id, roles });
  const role = (title: string, org: string, office: string, articles: string[]) => ({
    title,
    org,
    office,
    articles,
  });
  const dates: Record<string, string> = {
    a: '2019-01-05',
    b: '2019-03-01',
    c: '2019-06-01',
    d: '2021-02-01',
    e: '2021-04-01',
  };
  const build = (people: PostPerson[], issues = Object.values(dates)) =>
    buildPostIndex({
      people,
      article: (id) => (dates[id] ? { date: dates[id]!, title: `标题${id}` } : undefined),
      issueDates: issues,
    });

  it('breaks a span across a year without issues, not across a short silence', () => {
    const index = build([person('甲', [role('县长', '县政府', '县长', ['a', 'b', 'c', 'd', 'e'])])]);
    const spans = index.posts['post:县长']!.holders[0]!.spans;
    expect(spans.map((s) => [s.first, s.last])).toEqual([
      ['2019-01-05', '2019-06-01'],
      ['2021-02-01', '2021-04-01'],
    ]);
  });

  it('does not break when the archive has issues in between, however seldom it prints the person', () => {
    const monthly = Array.from(
      { length: 28 },
      (_, i) => `20${19 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`,
    );
    const index = build(
      [person('甲', [role('县长', '县政府', '县长', ['a', 'd'])])],
      [...monthly, ...Object.values(dates)],
    );
    expect(index.posts['post:县长']!.holders[0]!.spans).toHaveLength(1);
  });

  it('skips articles without a date and roles without a body', () => {
    const index = build([
      person('甲', [
        role('县长', '县政府', '县长', ['zz', 'a']),
        { title: '副主任', office: '副主任', articles: ['b'] },
      ]),
    ]);
    expect(Object.keys(index.posts)).toEqual(['post:县长']);
    expect(index.posts['post:县长']!.holders[0]!.spans[0]!.articles.map((a) => a.id)).toEqual(['a']);
  });

  it('calls a post plural when two holders are printed in it on overlapping dates', () => {
    const index = build([
      person('甲', [role('县委书记', '县委', '书记', ['a', 'c'])]),
      person('乙', [role('县委书记', '县委', '书记', ['b'])]),
    ]);
    expect(index.posts['post:县委书记']!.plural).toBe(true);
  });
});

describe('the index as stored', () => {
  // one person printed as 县长 in 45 daily issues: one span of 45 supporting articles
  const days = Array.from({ length: 45 }, (_, i) => `2020-01-${String(i + 1).padStart(2, '0')}`).map(
    (d, i) => (i < 31 ? d : `2020-02-${String(i - 30).padStart(2, '0')}`),
  );
  const input = (ids: string[]) => ({
    people: [
      {
        id: 'person:甲',
        name: '甲',
        roles: [{ title: '县长', org: '县政府', office: '县长', articles: ids }],
      },
    ],
    article: (id: string) => ({ date: days[Number(id.slice(1))]!, title: `标题${id}` }),
    issueDates: days,
  });
  const full = buildPostIndex(input(days.map((_, i) => `a${i}`)));
  const kept = keptForViews(full);

  it('keeps the newest articles every view sends, and how many there were', () => {
    const span = kept.posts['post:县长']!.holders[0]!.spans[0]!;
    expect(full.posts['post:县长']!.holders[0]!.spans[0]!.articles).toHaveLength(45);
    expect(span.articles).toHaveLength(SPAN_ARTICLES);
    expect(span.articleCount).toBe(45);
    expect(span.articles.at(-1)!.id).toBe('a44');
    expect(span.articles[0]!.id).toBe(`a${45 - SPAN_ARTICLES}`);
    // the dates of the span are the whole span's
    expect([span.first, span.last]).toEqual([days[0], days[44]]);
  });

  it('gives every view the same answer as the whole index', () => {
    expect(personPosts(kept, 'person:甲')).toEqual(personPosts(full, 'person:甲'));
    expect(personPosts(kept, 'person:甲', 5)).toEqual(personPosts(full, 'person:甲', 5));
    expect(personPosts(kept, 'person:甲')[0]!.spans[0]!.articleCount).toBe(45);
    expect(cardPostFacts(kept, 'person:甲', '2020-01-20', ['县长'])).toEqual(
      cardPostFacts(full, 'person:甲', '2020-01-20', ['县长']),
    );
    // cutting again changes nothing
    expect(keptForViews(kept)).toEqual(kept);
  });

  it('leaves a span that fits as it is', () => {
    const small = buildPostIndex(input(['a0', 'a1', 'a2']));
    expect(keptForViews(small)).toEqual(small);
  });
});
