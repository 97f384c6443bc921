/**
 * The career exports read the post index's printed spans: a post printed on both sides of a year the archive
 * holds no issue of is two spans in the career text, the CPED rows and TimelineJS, as it is on the card and the
 * timeline; an end the archive cannot see past is said, and a span listing only its newest articles counts the
 * rest.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { careerOfPosts, careerText } from '@/core/cite/career';
import { cpedCsv } from '@/core/export/cped';
import { timelineJs } from '@/core/export/timelinejs';
import { buildPostIndex, personPosts } from '@/core/posts';

// Monthly issues from 2018 to 2023, none in 2019 and 2020: the archive cannot say what happened then.
const ISSUES = Array.from({ length: 6 * 12 }, (_, i) => {
  const year = 2018 + Math.floor(i / 12);
  return `${year}-${String((i % 12) + 1).padStart(2, '0')}-05`;
}).filter((date) => !date.startsWith('2019') && !date.startsWith('2020'));

const ARTICLES: Record<string, { date: string; title: string }> = {
  a1: { date: '2018-03-05', title: '市委常委会召开会议' },
  a2: { date: '2018-09-05', title: '全市经济工作会议召开' },
  a3: { date: '2021-04-05', title: '市委理论学习中心组学习' },
  a4: { date: '2023-12-05', title: '全市年终工作会议召开' },
};

const index = buildPostIndex({
  people: [
    {
      id: 'person:王某',
      name: '王某',
      roles: [{ title: '市委副书记', org: '市委', office: '副书记', articles: ['a1', 'a2', 'a3', 'a4'] }],
    },
  ],
  article: (id) => ARTICLES[id],
  issueDates: ISSUES,
});

describe('a career from printed spans', () => {
  const posts = personPosts(index, 'person:王某');
  const career = { name: '王某', ...careerOfPosts(posts) };

  it("breaks a post printed on both sides of the archive's missing years into two spans", () => {
    expect(career.spans.map((s) => [s.first, s.last])).toEqual([
      ['2018-03-05', '2018-09-05'],
      ['2021-04-05', '2023-12-05'],
    ]);
    const text = careerText(career, 'zh');
    expect(text).toMatch(/^1\. 市委副书记：2018-03-05 至 2018-09-05 见报/m);
    expect(text).toMatch(/^2\. 市委副书记：2021-04-05 至 2023-12-05 见报（此后不在档案范围内）/m);
    expect(text).toContain('2021-04-05《市委理论学习中心组学习》（a3）');
  });

  it('gives CPED one row per span, with the place read from the organisation', () => {
    const rows = parse(cpedCsv('王某', career.spans).replace(/^\uFEFF/, ''), { columns: true }) as Record<
      string,
      string
    >[];
    expect(
      rows.map((r) => [r['经历序号'], r['起始时间'], r['终止时间'], r['地方二级'], r['职务一级']]),
    ).toEqual([
      ['1', '2018-03-05', '2018-09-05', '吕梁市', '吕梁市委'],
      ['2', '2021-04-05', '2023-12-05', '吕梁市', '吕梁市委'],
    ]);
    expect(rows[1]!['备注']).toContain('此后不在档案范围内');
    expect(rows[0]!['备注']).not.toContain('档案范围');
  });

  it('says how many supporting articles a span has beyond the ones it lists', () => {
    const newestOnly = { name: '王某', ...careerOfPosts(personPosts(index, 'person:王某', 1)) };
    expect(careerText(newestOnly, 'en')).toContain('and 1 earlier article');
    const [first] = parse(cpedCsv('王某', newestOnly.spans).replace(/^\uFEFF/, ''), {
      columns: true,
    }) as Record<string, string>[];
    expect(first!['备注']).toContain('见报文章（最新 1 篇，共 2 篇）：a2');
  });

  it('draws each span as its own TimelineJS event, counting all its articles', () => {
    const json = timelineJs(
      { ...career, articles: Object.entries(ARTICLES).map(([id, a]) => ({ id, kind: 'news', ...a })) },
      'en',
    );
    const spans = json.events.filter((e) => e.end_date);
    expect(spans.map((e) => [e.start_date.year, e.end_date!.year])).toEqual([
      [2018, 2018],
      [2021, 2023],
    ]);
    expect(spans[0]!.text.text).toContain('2 supporting articles');
  });
});
