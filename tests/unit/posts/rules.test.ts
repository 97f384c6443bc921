/** The span rule (breaks, open ends), reading a search box as a post, the disagreement rule, the coverage line. */
import { beforeAll, describe, expect, it } from 'vitest';
import { coverage, covers, COVERAGE_GAP_DAYS } from '@/core/coverage';
import {
  disagreement,
  longestSilence,
  OPEN_EDGE_DAYS,
  parsePostQuery,
  postIndexOfArchive,
  printedPost,
  printedSpans,
  SPAN_BREAK_DAYS,
  type PostIndex,
} from '@/core/posts';
import { SEED_BUILD_MS, seedArchive } from './seeds';

let index: PostIndex;
let editions: { date: string; page: number }[];

beforeAll(() => {
  const archive = seedArchive();
  index = postIndexOfArchive(archive);
  editions = archive.editions;
}, SEED_BUILD_MS);

const art = (id: string, date: string) => ({ id, date, title: id });

describe('spans', () => {
  it('measures the longest silence between two printings from the issues between them', () => {
    const issues = ['2020-01-01', '2020-01-10', '2020-03-01', '2020-03-05'];
    expect(longestSilence(issues, '2020-01-01', '2020-03-05')).toBe(51);
    expect(longestSilence(issues, '2020-01-10', '2020-01-10')).toBe(0);
  });

  it(`breaks exactly past ${SPAN_BREAK_DAYS} days without an issue`, () => {
    const at = (days: number) =>
      new Date(Date.UTC(2020, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);
    const issues = [at(0), at(SPAN_BREAK_DAYS), at(SPAN_BREAK_DAYS * 2 + 1)];
    const spans = printedSpans(
      [art('a', at(0)), art('b', at(SPAN_BREAK_DAYS)), art('c', at(SPAN_BREAK_DAYS * 2 + 1))],
      issues,
    );
    expect(spans.map((s) => s.articles.map((a) => a.id))).toEqual([['a', 'b'], ['c']]);
  });

  it(`marks an end open when the archive holds no issue within ${OPEN_EDGE_DAYS} days beyond it`, () => {
    const issues = ['2020-01-01', '2020-02-01', '2020-03-01', '2020-06-01'];
    const [span] = printedSpans([art('a', '2020-02-01'), art('b', '2020-03-01')], issues);
    expect([span!.openStart, span!.openEnd]).toEqual([false, true]);
    const [first] = printedSpans([art('a', '2020-01-01')], issues);
    expect([first!.openStart, first!.openEnd]).toEqual([true, false]);
  });
});

describe('a search box read as a post', () => {
  it('knows the posts the archive prints', () => {
    expect(parsePostQuery('市委书记', index)).toMatchObject({ title: '市委书记', date: null });
    expect(parsePostQuery('市委书记', index)?.post?.holders.map((h) => h.name)).toEqual(['李正印', '孙大军']);
  });

  it('reads a day in the question, in either language and either date form', () => {
    for (const q of [
      'who held 市长 on 2020-09-01',
      '2020年9月1日的市长是谁',
      '谁是2020年9月1日的市长',
      '市长 2020/9/1',
    ])
      expect(parsePostQuery(q, index), q).toMatchObject({ title: '市长', date: '2020-09-01' });
  });

  it('reads a post in traditional characters as the simplified post the paper prints', () => {
    expect(parsePostQuery('市委書記', index)?.post?.holders.map((h) => h.name)).toEqual(['李正印', '孙大军']);
    expect(parsePostQuery('2020年9月1日的市長是誰', index)).toMatchObject({
      title: '市长',
      date: '2020-09-01',
    });
  });

  it('reads an English question by the glossary’s renderings, with an English date', () => {
    for (const q of [
      'Mayor',
      'who was mayor on 1 September 2020',
      'Who held the post of Mayor on September 1, 2020?',
      'mayor of Lüliang 2020-09-01',
    ])
      expect(parsePostQuery(q, index)?.title, q).toBe('市长');
    expect(parsePostQuery('who was Mayor on 1 Sept. 2020', index)?.date).toBe('2020-09-01');
    expect(
      parsePostQuery('Party Secretary of the Municipal Committee', index)?.post?.holders.map((h) => h.name),
    ).toEqual(['李正印', '孙大军']);
    // A county's post the archive prints nobody in: still a post question, answered with nobody.
    expect(parsePostQuery('Party Secretary of the Liulin County Committee', index)).toEqual({
      title: '柳林县委书记',
      post: null,
      date: null,
    });
  });

  it('answers a post the archive does not print as a post, with nobody in it', () => {
    expect(parsePostQuery('柳林县委书记', index)).toEqual({ title: '柳林县委书记', post: null, date: null });
    expect(parsePostQuery('孝义市长', index)).toMatchObject({ title: '孝义市长', post: null });
  });

  it('leaves names, places, bare offices and impossible days alone', () => {
    for (const q of [
      '孙大军',
      '孝义市',
      '书记',
      '市委',
      '文明城市创建',
      '市长 2021-02-30',
      'Mayor on 30 February 2021',
      'party',
      'mayor of Taiyuan',
      'Lishi District',
      '孙大军 市委书记',
      '太原市委书记',
    ])
      expect(parsePostQuery(q, index), q).toBeNull();
  });
});

describe('the post printed before a name', () => {
  it('takes the longest known post that ends the text where a post can begin', () => {
    expect(printedPost('会议由市委副书记、市长', index)).toBe('市长');
    expect(printedPost('。副市长', index)).toBe('副市长');
    expect(printedPost('中共吕梁市委书记', index)).toBe('市委书记');
    expect(printedPost('吕梁市长 ', index)).toBe('市长');
    expect(printedPost('陪同市长', index)).toBe('市长');
  });

  it('leaves other things that end in a known post alone', () => {
    for (const before of ['原市长', '前市长', '代市长', '孝义市长', '会见了老市长', '主持人'])
      expect(printedPost(before, index), before).toBeNull();
  });
});

describe('the disagreement rule', () => {
  it('speaks when the page calls him 市长 while the archive prints another mayor then', () => {
    const found = disagreement(index, 'person:张广勇', '2020-05-01', ['。市长']);
    expect(found).toMatchObject({ printed: '市长', postId: 'post:市长', date: '2020-05-01' });
    expect(found!.holders.map((h) => h.name)).toEqual(['王立伟']);
    // what the archive had him as: last printed before the date as 市委副书记
    expect(found!.own.map((o) => [o.title, o.held])).toEqual([['市委副书记', false]]);
  });

  it('is silent when the page agrees, or the archive cannot tell', () => {
    expect(disagreement(index, 'person:张广勇', '2022-01-10', ['市长'])).toBeNull(); // his own span
    expect(disagreement(index, 'person:张广勇', '2020-09-01', ['市长'])).toBeNull(); // nobody printed then
    expect(disagreement(index, 'person:张广勇', null, ['市长'])).toBeNull(); // page date unknown
    expect(disagreement(index, 'person:张广勇', '2020-05-01', ['原市长'])).toBeNull(); // former mayor
    expect(disagreement(index, 'person:张广勇', '2020-05-01', ['总经理'])).toBeNull(); // not a post the archive knows
    expect(disagreement(index, 'person:杨巨才', '2021-08-15', ['副市长'])).toBeNull(); // a post many hold
    expect(disagreement(index, 'person:王立伟', '2020-05-01', ['市长'])).toBeNull();
  });

  it('finds the one disagreeing post among several printings on the page', () => {
    const found = disagreement(index, 'person:王立伟', '2022-01-10', ['市委副书记、', '、市长']);
    expect(found?.holders.map((h) => h.name)).toEqual(['张广勇']);
  });
});

describe('the coverage line', () => {
  it('counts the bundled front pages and names the long silences, longest first', () => {
    expect(coverage(editions)).toEqual({
      pages: 5,
      days: 5,
      frontPagesOnly: true,
      first: '2020-04-11',
      last: '2022-03-26',
      gaps: [
        { after: '2020-05-10', before: '2021-08-11', days: 458 },
        { after: '2021-08-19', before: '2022-03-26', days: 219 },
      ],
    });
  });

  it(`names no gap of ${COVERAGE_GAP_DAYS} days or fewer, and counts pages apart from days`, () => {
    const c = coverage([
      { date: '2021-01-01', page: 1 },
      { date: '2021-01-01', page: 2 },
      { date: `2021-02-01`, page: 1 },
      { date: 'not a date', page: 1 },
    ]);
    expect(c).toMatchObject({ pages: 3, days: 2, frontPagesOnly: false, gaps: [] });
  });

  it('is empty for an empty archive', () => {
    expect(coverage([])).toEqual({
      pages: 0,
      days: 0,
      frontPagesOnly: false,
      first: null,
      last: null,
      gaps: [],
    });
  });

  it('says whether a day falls where the archive holds issues', () => {
    const c = coverage(editions);
    expect(covers(c, '2020-05-01')).toBe(true);
    expect(covers(c, '2020-09-01')).toBe(false);
    expect(covers(c, '2019-01-01')).toBe(false);
  });
});
