import { describe, expect, it } from 'vitest';
import type { Archive, Article } from '@/core/types';
import { archive } from './fixture';
import { bucketOf, bucketPostings, bucketTerms } from '@/core/search/buckets';
import { ids, indexOf, jiebaEngine, quickEngine } from './engine';

const base: Omit<Article, 'id' | 'headline' | 'title' | 'body'> = {
  edition: 'e1',
  kind: 'news',
  reporters: [],
  photographers: [],
  source: '本报',
  date: null,
  continued: null,
};

function tiny(articles: Partial<Article>[], dates: string[] = ['2021-01-01']): Archive {
  return {
    schemaVersion: 1,
    editions: dates.map((date, i) => ({ id: `e${i + 1}`, file: `f${i}`, date, page: 1 })),
    articles: articles.map((a, i) => ({
      ...base,
      id: `t${i + 1}`,
      headline: null,
      title: 't',
      body: '',
      ...a,
    })),
    entities: [],
  };
}

describe('ranking', () => {
  it('finds each query in the article that is about it, with both jieba and the quick path', async () => {
    for (const engine of [jiebaEngine(), quickEngine()]) {
      expect((await ids(engine, '人大常委会第四十三次会议'))[0]).toBe('a1');
      expect((await ids(engine, '创建指挥部'))[0]).toBe('a5');
      expect((await ids(engine, '疫苗接种'))[0]).toBe('a7');
      expect(new Set((await ids(engine, '政协委员')).slice(0, 2))).toEqual(new Set(['a3', 'a6']));
      expect(new Set((await ids(engine, '党史学习教育')).slice(0, 2))).toEqual(new Set(['a7', 'a8']));
    }
  });

  it('counts a headline match above the same match in the body', async () => {
    const body = '会议听取了全市森林防火工作汇报，部署下一步工作。';
    const a = tiny([
      { headline: '全市工作会议召开', title: '全市工作会议召开', body: `${body}森林防火要常抓不懈。` },
      {
        headline: '森林防火工作会议召开',
        title: '森林防火工作会议召开',
        body: `${body}全市工作要常抓不懈。`,
      },
    ]);
    expect(await ids(jiebaEngine(a), '森林防火')).toEqual(['t2', 't1']);
  });

  it('ranks the article about a whole word above one that repeats its parts', async () => {
    // 城市 is inside 文明城市: an article repeating 城市 must not beat the one about 文明城市
    expect((await ids(jiebaEngine(), '文明城市'))[0]).toBe('a5');
  });

  it('requires every character of a short query', async () => {
    const hits = await ids(jiebaEngine(), '李克强');
    expect(hits).toEqual([]); // the fixture never names him, though 李 and 强 occur
    expect(await ids(jiebaEngine(), '刘振国')).toEqual(['a1']);
  });

  it('breaks ties by recency', async () => {
    const text = '市委书记孙大军出席会议。';
    const a = tiny(
      [
        { headline: '会议召开', title: '会议召开', body: text, edition: 'e1' },
        { headline: '会议召开', title: '会议召开', body: text, edition: 'e2' },
        { headline: '会议召开', title: '会议召开', body: text, edition: 'e3' },
      ],
      ['2020-01-01', '2022-01-01', '2021-01-01'],
    );
    expect(await ids(jiebaEngine(a), '孙大军')).toEqual(['t2', 't3', 't1']);
  });

  it('counts an entity link above the name occurring by chance', async () => {
    const a: Archive = {
      ...tiny([
        { headline: '调研', title: '调研', body: '任凯在柳林县调研。' },
        { headline: '调研', title: '调研', body: '任凯在柳林县调研。' },
      ]),
      entities: [{ id: 'p1', kind: 'person', name: '任凯', aliases: [], roles: [], articles: ['t2'] }],
    };
    const result = await jiebaEngine(a).search({ query: '任凯' });
    expect(result.hits.map((h) => h.id)).toEqual(['t2', 't1']);
    expect(result.hits[0]!.score).toBeGreaterThan(result.hits[1]!.score);
  });

  it('finds names jieba does not know through bigrams', async () => {
    // 尉文龙 is not in jieba's dictionary and not an entity here: bigrams still find it
    const a = tiny([
      { headline: '会议', title: '会议', body: '副市长尉文龙出席会议。' },
      { headline: '会议', title: '会议', body: '副市长出席会议。文龙同志讲话。' },
    ]);
    expect(await ids(jiebaEngine(a), '尉文龙')).toEqual(['t1']);
  });

  it('finds a pair of characters whether an article has it as a word or only across two words', async () => {
    // t1 has 城市 as a word (indexed as the word alone, no bigram); in t2 the pair only spans 省城|市场
    const a = tiny([
      { headline: '城市', title: '城市', body: '城市建设加快推进。' },
      { headline: '市场', title: '市场', body: '省城市场供应充足。' },
      { headline: '农村', title: '农村', body: '农村道路修缮完成。' },
    ]);
    const index = indexOf(a);
    const terms = index.buckets.flatMap((b) => bucketTerms(b));
    expect(terms).toContain('城市');
    expect(terms).toContain('~城市'); // t2's, where no word holds the pair
    const bigram = index.buckets[bucketOf('~城市', index.stats.bucketCount)]!;
    expect(bucketPostings(bigram, '~城市')!.docs).toEqual(new Uint32Array([1]));
    for (const engine of [jiebaEngine(a), quickEngine(a)])
      expect((await ids(engine, '城市')).sort()).toEqual(['t1', 't2']);
    expect(await ids(jiebaEngine(a), '城市建设')).toEqual(['t1']);
  });

  it('finds letter-spaced headlines as whole words', async () => {
    const a = tiny([
      { headline: null, title: 't', body: '全市 脱 贫 攻 坚 问 题 整 改 工 作 推 进 会 议 召开。' },
    ]);
    expect(await ids(jiebaEngine(a), '脱贫攻坚')).toEqual(['t1']);
  });

  it('finds a reporter by the byline', async () => {
    expect(await ids(jiebaEngine(), '穆佳妮')).toEqual(['a7']);
  });

  it('returns nothing, without failing, for queries with nothing searchable', async () => {
    for (const q of ['', '   ', '，。！', '的']) {
      const result = await jiebaEngine().search({ query: q });
      expect(result.hits).toEqual([]);
      expect(result.total).toBe(0);
    }
  });

  it('says which path answered', async () => {
    expect((await quickEngine().search({ query: '孙大军' })).tokenizer).toBe('quick');
    expect((await jiebaEngine().search({ query: '孙大军' })).tokenizer).toBe('jieba');
  });

  it('keeps ids and dates of the archive in hits', async () => {
    const [hit] = (await jiebaEngine().search({ query: '创建指挥部' })).hits;
    expect(hit).toMatchObject({ id: 'a5', date: '2021-08-11', eventDate: '2021-08-10', kind: 'news' });
    expect(hit!.title).toBe(archive.articles.find((a) => a.id === 'a5')!.title);
  });
});
