/**
 * Every seed page, article by article, as read by hand from the page text: count, order, kind, headline,
 * bylines, dates. Pages 001 and 003 also have the separate gold file; here they get the checks the gold file
 * does not make.
 */
import { describe, expect, it } from 'vitest';
import type { ArchiveArticle } from '../../../core/parse/index';
import { articlesOf, comparable, seedArchive } from './helpers';

interface Expected {
  snippet: string;
  kind: ArchiveArticle['kind'];
  /** Lines of the printed headline that the parsed headline must contain; null: none printed. */
  headline: string[] | null;
  reporters: string[];
  photographers?: string[];
  date: string | null;
  /** The event date a later sentence of the lead opens with, for an article without a dateline. */
  openingDate?: string;
  source: string | null;
  continued?: string | null;
}

const PAGES: Record<string, Expected[]> = {
  '000': [
    {
      snippet: '市委第三十八次专题会议暨市疫情防控工作领导小组会议',
      kind: 'news',
      headline: null,
      reporters: ['李雅萍', '罗丽'],
      date: '2020-05-09',
      source: '本报',
    },
    {
      snippet: '柳林县召开开展爱国卫生运动季活动',
      kind: 'news',
      headline: ['聚焦重点 靶向整治', '柳林县城乡环境整治立说立行'],
      reporters: ['李勤', '张倩'],
      date: '2020-05-07',
      source: '本报',
    },
    {
      snippet: '离石区12个乡镇（街道）同步启动爱国卫生季专项行动',
      kind: 'news',
      headline: ['全域推动 全员参与', '离石区吹响爱国卫生季专项行动“集结号”'],
      reporters: ['吴改玲', '王艳'],
      date: '2020-05-09',
      source: '本报',
    },
    {
      snippet: '会议还研究了其他事项。',
      kind: 'news',
      headline: null,
      reporters: ['李雅萍', '罗丽'],
      date: '2020-05-09',
      source: '本报',
    },
    {
      snippet: '文水苍儿会生态旅游区新绿初绽，风光旖旎。',
      kind: 'photo',
      headline: ['风光旖旎', '苍儿会'],
      reporters: [],
      photographers: ['刘亮亮'],
      date: null,
      source: null,
    },
    {
      snippet: '就采煤沉陷区治理、易地扶贫搬迁旧村拆迁复垦等进行督导调研',
      kind: 'news',
      headline: ['省自然资源厅厅长周建春在我市调研', '王立伟一同参加'],
      reporters: ['付永文'],
      date: '2020-05-08',
      source: '本报',
    },
  ],
  '001': [
    {
      snippet: '符合法定人数',
      kind: 'news',
      headline: ['第四十三次会议召开', '刘振国出席'],
      reporters: ['刘小宇'],
      date: '2020-04-10',
      source: '本报',
    },
    {
      snippet: '解除集中医学观察',
      kind: 'news',
      headline: ['我市34名支援湖北医疗队员结束休养'],
      reporters: ['刘小宇'],
      date: '2020-04-09',
      source: '本报',
    },
    {
      snippet: '全力打造一流创新生态',
      kind: 'news',
      headline: ['市政协召开党组（扩大）会议', '张稳科主持'],
      reporters: ['阮兴时'],
      date: '2020-04-10',
      source: '本报',
    },
    {
      snippet: '贫困发生率由19.2%降至0.18%',
      kind: 'news',
      headline: ['全市脱贫攻坚问题整改工作推进会议召开', '李正印讲话 王立伟主持 张广勇出席'],
      reporters: ['李雅萍'],
      photographers: ['王益炜'],
      date: '2020-04-10',
      source: '本报',
    },
    {
      snippet: '生命重于泰山。各级',
      kind: 'news',
      headline: [
        '习近平对安全生产作出重要指示强调',
        '树牢安全发展理念 加强安全生产监管',
        '切实维护人民群众生命财产安全',
      ],
      reporters: [],
      date: '2020-04-10',
      source: '新华社',
    },
    {
      snippet: '市政府立即召开',
      kind: 'news',
      headline: null,
      reporters: ['付永文'],
      date: '2020-04-10',
      source: '本报',
    },
  ],
  '002': [
    {
      snippet: '六大民生实事工程',
      kind: 'feature',
      headline: ['一枝一叶总关情 一点一滴见初心', '——离石区交出“六大民生实事”合格答卷'],
      reporters: ['阮兴时', '薛番彦'],
      date: null,
      source: '本报',
    },
    {
      snippet: '深入到包联路段市区建设街',
      kind: 'news',
      headline: ['卫生清洁活动 助力文明城市创建'],
      reporters: ['罗丽'],
      date: '2021-08-16',
      source: '本报',
    },
    {
      snippet: '师生一行19人先后深入柳林、临县',
      kind: 'news',
      headline: ['中国石油大学（北京）师生深入柳林、临县开展“暑期党史学习教育吕梁行”活动'],
      reporters: ['冯凯治'],
      date: '2021-07-26',
      source: '本报',
    },
    {
      snippet: '研究讨论《中共吕梁市委吕梁市人民政府关于推进移风易俗的意见》',
      kind: 'news',
      headline: ['市委召开常委会议', '孙大军主持'],
      reporters: ['李雅萍'],
      date: '2021-08-17',
      source: '本报',
    },
    {
      snippet: '坚决消除劣五类水体',
      kind: 'news',
      headline: ['全省生态环境质量达标暨大气污染防治重点工作推进会召开', '张广勇在我市分会场参加'],
      reporters: ['付永文'],
      date: '2021-08-18',
      source: '本报',
    },
    {
      snippet: '兴县四兴村易地扶贫安置点建设有42栋293套安置房',
      kind: 'photo',
      headline: null,
      reporters: [],
      photographers: ['刘亮亮'],
      date: null,
      source: null,
    },
  ],
  '003': [
    {
      snippet: '两下两进两拆两补',
      kind: 'news',
      headline: ['孙大军主持召开文明城市创建工作专题汇报会'],
      reporters: ['李雅萍'],
      photographers: ['王益炜'],
      date: '2021-08-10',
      source: '本报',
    },
    {
      snippet: '新征程面对面',
      kind: 'news',
      headline: ['市政协党组暨三届六十八次主席会议召开', '张稳科主持'],
      reporters: ['王卫斌'],
      date: '2021-08-10',
      source: '本报',
    },
    {
      snippet: '明清风历史文化街区',
      kind: 'feature',
      headline: ['情系民生聚民心', '——柳林县“我为群众办实事”实践活动综述'],
      reporters: ['穆佳妮'],
      date: null,
      source: '本报',
    },
    {
      snippet: '以史为鉴，可以知兴替',
      kind: 'commentary',
      headline: null,
      reporters: [],
      date: null,
      source: '本报',
    },
    {
      snippet: '国家森林城市评价指标',
      kind: 'news',
      headline: ['让绿色“颜值”再提升', '我市全力创建国家森林城市'],
      reporters: ['冯凯治', '王贾'],
      date: null,
      source: '本报',
    },
  ],
  '004': [
    {
      snippet: '市乡村振兴局召开全体人员会议',
      kind: 'news',
      headline: null,
      reporters: ['刘少伟'],
      date: null,
      source: '本报',
      continued: '4版',
    },
    {
      snippet: '鼓励广大市民群众采用“云祭祀”方式',
      kind: 'news',
      headline: ['线上“云祭祀”清明更文明', '我市清明节线上祭祀平台启动'],
      reporters: ['王涛'],
      date: null,
      openingDate: '2022-03-24',
      source: '本报',
    },
    {
      snippet: '“天宫课堂”第二课在中国空间站正式开讲并直播',
      kind: 'news',
      headline: null,
      reporters: ['刘华'],
      date: '2022-03-23',
      source: '本报',
    },
    {
      snippet: '省司法厅副厅长马慧健讲话',
      kind: 'news',
      headline: ['我市召开抓党建促基层治理能力提升动员暨培训会议', '孙大军马慧健讲话 张广勇主持'],
      reporters: ['李雅萍'],
      photographers: ['王益炜'],
      date: '2022-03-25',
      source: '本报',
    },
    {
      snippet: '中央生态环境督察及黄河流域警示片反馈问题整改推进会',
      kind: 'news',
      headline: null,
      reporters: ['付永文'],
      date: '2022-03-25',
      source: '本报',
    },
    {
      snippet: '先行开通5条“学生公交专线”',
      kind: 'news',
      headline: ['吕梁市区公交车4月1日起全民免费乘坐'],
      reporters: ['刘丽霞'],
      date: '2022-03-24',
      source: '本报',
    },
  ],
};

describe.each(Object.entries(PAGES))('page %s', (prefix, expected) => {
  const articles = () => articlesOf(prefix);

  it(`has ${expected.length} articles, in the order their bodies start`, () => {
    expect(articles()).toHaveLength(expected.length);
    const starts = seedArchive()
      .report.pages.find((page) => page.file.startsWith(prefix))
      ?.articles.map((article) => article.line);
    expect(starts).toEqual([...(starts ?? [])].sort((a, b) => a - b));
  });

  expected.forEach((want, position) => {
    describe(`article ${position + 1} (${want.snippet})`, () => {
      const article = () => articles()[position] as ArchiveArticle;

      it('is the article with this text', () => {
        expect(comparable(article().body)).toContain(comparable(want.snippet));
        const others = articles().filter((other) =>
          comparable(other.body).includes(comparable(want.snippet)),
        );
        expect(others).toHaveLength(1);
      });

      it('has its kind, source, date and continuation', () => {
        expect(article().kind).toBe(want.kind);
        expect(article().source).toBe(want.source);
        expect(article().date).toBe(want.date);
        expect(article().openingDate).toBe(want.openingDate);
        expect(article().continued).toBe(want.continued ?? null);
      });

      it('has its bylines and photo credits', () => {
        expect(new Set(article().reporters)).toEqual(new Set(want.reporters));
        expect(new Set(article().photographers)).toEqual(new Set(want.photographers ?? []));
      });

      it(
        want.headline === null ? 'has no printed headline and a title from its lead' : 'has its headline',
        () => {
          const { headline, title } = article();
          if (want.headline === null) {
            expect(headline).toBeNull();
            expect(title.length).toBeGreaterThan(0);
            expect(comparable(article().body)).toContain(comparable(title.replace(/…$/u, '')).slice(0, 6));
          } else {
            for (const line of want.headline) expect(headline).toContain(line);
            expect(title).toBe(headline);
          }
        },
      );
    });
  });
});

describe('details read from the pages', () => {
  it('numbers editions and articles deterministically', () => {
    const { archive } = seedArchive();
    expect(archive.editions.map((edition) => edition.id)).toEqual([
      '2020-05-10-p1',
      '2020-04-11-p1',
      '2021-08-19-p1',
      '2021-08-11-p1',
      '2022-03-26-p1',
    ]);
    expect(articlesOf('001').map((article) => article.id)).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => `2020-04-11-p1-a${n}`),
    );
    expect(new Set(archive.articles.map((article) => article.id)).size).toBe(archive.articles.length);
  });

  it('keeps a caption with the article whose event it shows, not as an article', () => {
    const [photo] = articlesOf('001')[3]?.photos ?? [];
    expect(photo).toEqual({
      caption: '图为全市脱贫攻坚问题整改工作推进会议现场。',
      photographers: ['王益炜'],
    });
    const withCaption = articlesOf('004').filter((article) => (article.photos ?? []).length > 0);
    expect(withCaption.map((article) => article.photos?.[0]?.caption)).toEqual([
      '图为全市抓党建促基层治理能力提升动员暨培训会议会场。',
    ]);
  });

  it('reads the section printed under a banner as part of the feature, and puts its column fragment back', () => {
    const feature = articlesOf('003')[2];
    const paragraphs = feature?.body.split('\n') ?? [];
    // The banner-side slogan is not a headline: the sub-heading after it continues the feature.
    expect(paragraphs).toContain('各部门结合实际广泛开展办实事活动');
    expect(paragraphs.at(-1)?.startsWith('4月29日，柳林县残联党员干部')).toBe(true);
    expect(paragraphs.at(-1)?.endsWith('让群众“多出力”，让群众“少跑腿”，得到了群众一致好评。')).toBe(true);
    // The fragment left its printed place in the middle of the feature.
    expect(paragraphs.filter((p) => p.includes('少跑腿'))).toHaveLength(1);
  });

  it('keeps the sub-headings of a feature as paragraphs of its body', () => {
    const feature = articlesOf('003')[2];
    expect(feature?.body.split('\n')).toContain('以党史学习教育为牵引解决群众“急难愁盼”问题');
  });

  it('attaches the byline printed apart from the feature of page 002 and says so', () => {
    const report = seedArchive().report.pages.find((page) => page.file.startsWith('002'));
    expect(
      report?.warnings.some((warning) => warning.includes('line 322, 323') && warning.includes('byline')),
    ).toBe(true);
  });

  it('reports every headline of the seed pages as matched, and the slogans as banners', () => {
    const { report } = seedArchive();
    expect(
      report.pages.flatMap((page) => page.headlines).filter((headline) => headline.article === null),
    ).toEqual([]);
    expect(report.pages.find((page) => page.file.startsWith('003'))?.banners).toEqual([
      '学党史 悟思想 办实事 开新局·先进典型',
      '奋斗百年路 启航新征程',
    ]);
    expect(report.pages.find((page) => page.file.startsWith('002'))?.banners).toEqual([
      '全力创建文明城市全力创建文明城市',
      '建设美丽幸福吕梁建设美丽幸福吕梁',
    ]);
  });

  it('derives readable titles for articles without a headline', () => {
    expect(articlesOf('003')[3]?.title).toBe('以史为鉴，可以知兴替');
    expect(articlesOf('004')[2]?.title).toBe('“天宫课堂”第二课在中国空间站正式开讲并直播');
    expect(articlesOf('002')[5]?.title).toBe('走进兴县四兴村易地扶贫安置点，白墙青瓦，绿意盎然');
  });
});
