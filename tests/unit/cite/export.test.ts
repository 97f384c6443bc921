/**
 * Exports: RFC 4180 CSV with a BOM, a career in CPED's columns, article lists, TimelineJS JSON, and the
 * career as text. The person is 张广勇 as the seed archive records him (two posts, their articles).
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { careerText, type Career } from '../../../core/cite/career';
import { BOM, csvField, toCsv } from '../../../core/export/csv';
import { CPED_COLUMNS, cpedCsv, PRINTING_DATES } from '../../../core/export/cped';
import { articleListCsv, articleListJson, exportFileName } from '../../../core/export/lists';
import { placeOfPost } from '../../../core/export/places';
import { timelineJs } from '../../../core/export/timelinejs';

const ARTICLES = [
  {
    id: '2020-04-11-p1-a4',
    date: '2020-04-11',
    kind: 'news',
    title: '全市脱贫攻坚问题整改工作推进会议召开 李正印讲话 王立伟主持 张广勇出席',
  },
  {
    id: '2021-08-11-p1-a1',
    date: '2021-08-11',
    kind: 'news',
    title: '孙大军主持召开文明城市创建工作专题汇报会',
  },
  {
    id: '2021-08-19-p1-a5',
    date: '2021-08-19',
    kind: 'news',
    title: '全省生态环境质量达标暨大气污染防治重点工作推进会召开 张广勇在我市分会场参加',
  },
  {
    id: '2022-03-26-p1-a4',
    date: '2022-03-26',
    kind: 'news',
    title: '我市召开抓党建促基层治理能力提升动员暨培训会议 孙大军马慧健讲话 张广勇主持',
  },
] as const;

const ZHANG: Career & { articles: typeof ARTICLES } = {
  name: '张广勇',
  pinyin: 'Zhāng Guǎngyǒng',
  spans: [
    {
      title: '市长',
      org: '市政府',
      office: '市长',
      first: '2021-08-10',
      last: '2022-03-26',
      articles: ['2021-08-19-p1-a5', '2021-08-11-p1-a1', '2022-03-26-p1-a4'],
    },
    {
      title: '市委副书记',
      org: '市委',
      office: '副书记',
      first: '2020-04-10',
      last: '2022-03-25',
      articles: ['2020-04-11-p1-a4', '2022-03-26-p1-a4'],
    },
  ],
  articles: ARTICLES,
};

/** Reads CSV back with csv-parse (RFC 4180), BOM removed, so what Excel or pandas would see is checked. */
function parseCsv(text: string): string[][] {
  return parse(text, { bom: true, relaxQuotes: false }) as string[][];
}

describe('CSV', () => {
  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    const csv = toCsv(['a', 'b'], [['1', '2']]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv.slice(1)).toBe('a,b\r\n1,2\r\n');
  });

  it('quotes commas, quotes and line breaks in headlines, and reads back the same', () => {
    const titles = [
      '柳林、临县开展“暑期”活动',
      'Lüliang, Shanxi',
      'He said "go"',
      '第一行\n第二行',
      '全域推动 全员参与',
    ];
    expect(csvField('Lüliang, Shanxi')).toBe('"Lüliang, Shanxi"');
    expect(csvField('He said "go"')).toBe('"He said ""go"""');
    expect(csvField('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvField('柳林、临县开展“暑期”活动')).toBe('柳林、临县开展“暑期”活动');
    const back = parseCsv(
      toCsv(
        ['title'],
        titles.map((t) => [t]),
      ).slice(1),
    );
    expect(back.slice(1).map((r) => r[0])).toEqual(titles);
  });

  it('opens a formula-like title as text, and leaves numbers alone', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('-12.5')).toBe('-12.5');
    expect(csvField(3)).toBe('3');
  });
});

describe('career in CPED columns', () => {
  const rows = parseCsv(cpedCsv('张广勇', ZHANG.spans));

  it("has CPED's columns and a column that says the dates are printings", () => {
    expect(rows[0]).toEqual([...CPED_COLUMNS]);
    expect(rows[0]).toEqual([
      '姓名',
      '经历序号',
      '起始时间',
      '终止时间',
      '地方一级',
      '地方二级',
      '地方三级',
      '职务一级',
      '具体职务',
      '备注',
      '时间口径',
    ]);
    expect(rows.slice(1).every((r) => r[10] === PRINTING_DATES)).toBe(true);
  });

  it('numbers the spells in order, places them and lists the supporting articles', () => {
    expect(rows.length).toBe(3);
    expect(rows[1]).toEqual([
      '张广勇',
      '1',
      '2020-04-10',
      '2022-03-25',
      '山西省',
      '吕梁市',
      '',
      '吕梁市委',
      '副书记',
      '具体职务见报为“市委副书记”；见报文章：2020-04-11-p1-a4；2022-03-26-p1-a4',
      PRINTING_DATES,
    ]);
    expect(rows[2]!.slice(0, 9)).toEqual([
      '张广勇',
      '2',
      '2021-08-10',
      '2022-03-26',
      '山西省',
      '吕梁市',
      '',
      '吕梁市政府',
      '市长',
    ]);
    expect(rows[2]![9]).toContain('2021-08-19-p1-a5；2021-08-11-p1-a1；2022-03-26-p1-a4');
  });

  it('takes places from the organisation and the gazetteer, never guessing', () => {
    const places: [title: string, org: string, province: string, city: string, county: string][] = [
      ['柳林县委书记', '柳林县委', '山西省', '吕梁市', '柳林县'],
      // 孝义市 is a county-level city: its 市长 is a county post, not the city's.
      ['孝义市市长', '孝义市政府', '山西省', '吕梁市', '孝义市'],
      ['中阳县县长', '中阳县政府', '山西省', '吕梁市', '中阳县'],
      ['常务副市长', '市政府', '山西省', '吕梁市', ''],
      ['省自然资源厅厅长', '省自然资源厅', '山西省', '', ''],
      ['国务院总理', '国务院', '', '', ''],
      ['中国石油大学（北京）党委宣传部常务副部长', '中国石油大学（北京）党委宣传部', '', '', ''],
    ];
    for (const [title, org, province, city, county] of places)
      expect(placeOfPost({ title, org }), title).toEqual({ province, city, county });
  });
});

describe('article lists', () => {
  it('write the same articles as CSV and JSON', () => {
    const list = [
      {
        id: 'saved-1',
        date: '2022-01-05',
        kind: 'saved' as const,
        title: '吕梁, "文明"\n城市',
        score: 3.14159,
        snippet: '…吕梁…',
      },
    ];
    const rows = parseCsv(articleListCsv(list));
    expect(rows[0]).toEqual(['id', 'date', 'event_date', 'kind', 'title', 'score', 'snippet', 'source']);
    expect(rows[1]).toEqual([
      'saved-1',
      '2022-01-05',
      '',
      'saved',
      '吕梁, "文明"\n城市',
      '3.142',
      '…吕梁…',
      'saved web article',
    ]);
    const json = JSON.parse(
      articleListJson({
        list: 'search',
        subject: '吕梁',
        exportedAt: '2026-11-30T08:00:00Z',
        articles: list,
      }),
    );
    expect(json).toMatchObject({ list: 'search', subject: '吕梁', count: 1 });
    expect(json.articles[0]).toEqual({
      id: 'saved-1',
      date: '2022-01-05',
      eventDate: null,
      kind: 'saved',
      title: '吕梁, "文明"\n城市',
      score: 3.14159,
      snippet: '…吕梁…',
      source: 'saved web article',
    });
  });

  it('name files without characters a file system refuses', () => {
    expect(exportFileName('孙大军/市委 书记', 'career', '2026-11-30T08:00:00Z', 'csv')).toBe(
      'lvliang-孙大军_市委_书记-career-2026-11-30.csv',
    );
  });
});

describe('TimelineJS', () => {
  it('gives posts as spans and articles as days, in TimelineJS event format', () => {
    const doc = timelineJs(ZHANG, 'en');
    expect(doc.title.text.headline).toBe('张广勇 (Zhāng Guǎngyǒng)');
    const posts = doc.events.filter((e) => e.group === 'Posts');
    expect(posts.map((e) => e.text.headline)).toEqual([
      '市委副书记 (Deputy Party Secretary of the Municipal Committee)',
      '市长 (Mayor)',
    ]);
    expect(posts[1]).toMatchObject({
      start_date: { year: 2021, month: 8, day: 10 },
      end_date: { year: 2022, month: 3, day: 26 },
    });
    expect(posts[1]!.text.text).toContain('3 supporting articles');
    const articles = doc.events.filter((e) => e.group === 'Articles');
    expect(articles).toHaveLength(4);
    expect(articles[0]).toEqual({
      start_date: { year: 2020, month: 4, day: 11 },
      text: { headline: ARTICLES[0].title, text: '<p>2020-04-11-p1-a4</p>' },
      group: 'Articles',
      unique_id: '2020-04-11-p1-a4',
    });
    for (const e of doc.events) {
      for (const k of ['year', 'month', 'day'] as const) expect(Number.isInteger(e.start_date[k])).toBe(true);
    }
    expect(new Set(doc.events.map((e) => e.unique_id)).size).toBe(doc.events.length);
  });

  it('escapes markup, since TimelineJS renders text as HTML', () => {
    const doc = timelineJs(
      {
        name: '<b>x</b>',
        spans: [],
        articles: [{ id: 'a', date: '2021-01-02', kind: 'saved', title: '<img src=x onerror=alert(1)>' }],
      },
      'zh',
    );
    expect(JSON.stringify(doc)).not.toMatch(/<img|<b>/);
    expect(doc.events[0]!.group).toBe('报道');
  });
});

describe('career as text', () => {
  it('lists each post with its first and last printing and its articles, in Chinese', () => {
    const text = careerText(ZHANG, 'zh');
    expect(text.split('\n')).toEqual([
      '张广勇 职务经历（据《吕梁日报》档案；日期为首次与末次见报，不是任职起止）',
      '1. 市委副书记：2020-04-10 至 2022-03-25 见报',
      `   - 2020-04-11《${ARTICLES[0].title}》（2020-04-11-p1-a4）`,
      `   - 2022-03-26《${ARTICLES[3].title}》（2022-03-26-p1-a4）`,
      '2. 市长：2021-08-10 至 2022-03-26 见报',
      `   - 2021-08-11《${ARTICLES[1].title}》（2021-08-11-p1-a1）`,
      `   - 2021-08-19《${ARTICLES[2].title}》（2021-08-19-p1-a5）`,
      `   - 2022-03-26《${ARTICLES[3].title}》（2022-03-26-p1-a4）`,
    ]);
  });

  it('in English with pinyin and the glossary, and says when there is no post', () => {
    const text = careerText(ZHANG, 'en');
    expect(text).toMatch(
      /^Zhāng Guǎngyǒng \(张广勇\): posts in the Lüliang Daily archive \(dates are the first and last printing, not the tenure\)/,
    );
    expect(text).toContain('2. 市长 (Mayor): printed 2021-08-10 to 2022-03-26');
    expect(careerText({ name: '王艳', spans: [], articles: [] }, 'en')).toContain('no post');
  });

  it('cites a supporting article the archive no longer has by its id', () => {
    const text = careerText({ ...ZHANG, articles: [] }, 'zh');
    expect(text).toContain('   - （2021-08-11-p1-a1）');
  });
});
