/**
 * The parser on small made-up pages, one layout feature at a time, and the recognisers behind it.
 */
import { describe, expect, it } from 'vitest';
import {
  isBannerLine,
  isDoubledSlogan,
  isParallelPhrases,
  isSubLine,
  isVerticalCharacter,
  matchContinuation,
} from '../../../core/parse/classify';
import { joinHeadlineLines } from '../../../core/parse/headlines';
import { formatArchiveSummary, parsePage, type ParsedPage } from '../../../core/parse/index';
import { deriveTitle } from '../../../core/parse/title';

function parse(text: string, date = '2021-06-02'): ParsedPage {
  const result = parsePage({ file: 'test.txt', date, page: 2, text });
  if (!result.ok) throw new Error(result.report.error?.message);
  return result.page;
}

/** Puts a blank line after every line, as some extracted pages do. */
function spaced(lines: string[]): string {
  return lines.join('\n\n');
}

describe('articles on a made-up page', () => {
  const page = () =>
    parse(
      spaced([
        ' 本报讯（记者 张三丰） 12月',
        '30日，市政府召开全市冬季供暖工作',
        '会议，要求各县区确保群众温暖过冬。',
        '会议强调，要加强燃煤储备，做',
        '好应急预案。',
        '本报讯 12月 31日，兴县组织开展',
        '迎新年文艺演出活动，群众积极参与，',
        '现场气氛热烈。（李四 王五五）',
        '全市冬季供暖工作会议召开',
        '兴县举办迎新年文艺演出',
      ]),
      '2021-01-02',
    );

  it('finds both articles with their bylines', () => {
    const { articles } = page();
    expect(articles.map((article) => article.reporters)).toEqual([['张三丰'], ['李四', '王五五']]);
    expect(articles.map((article) => article.source)).toEqual(['本报', '本报']);
  });

  it('puts December datelines of a January edition in the previous year', () => {
    expect(page().articles.map((article) => article.date)).toEqual(['2020-12-30', '2020-12-31']);
  });

  it('re-joins paragraphs split by blank lines and starts a paragraph at an indented line', () => {
    const [first, second] = page().articles;
    expect(first?.body).toBe(
      '12月30日，市政府召开全市冬季供暖工作会议，要求各县区确保群众温暖过冬。\n会议强调，要加强燃煤储备，做好应急预案。',
    );
    expect(second?.body).toBe('12月31日，兴县组织开展迎新年文艺演出活动，群众积极参与，现场气氛热烈。');
  });

  it('matches headlines printed at the bottom by content', () => {
    expect(page().articles.map((article) => article.headline)).toEqual([
      '全市冬季供暖工作会议召开',
      '兴县举办迎新年文艺演出',
    ]);
    expect(page().report.headlines.every((headline) => headline.article !== null)).toBe(true);
  });

  it('numbers editions and articles from date and page', () => {
    expect(page().edition.id).toBe('2021-01-02-p2');
    expect(page().articles.map((article) => article.id)).toEqual(['2021-01-02-p2-a1', '2021-01-02-p2-a2']);
  });
});

describe('captions, continuations and vertical headlines', () => {
  const page = () =>
    parse(
      [
        '本报讯（记者 赵六） 6月 1日，全市防汛工作会议召开，会议部署了汛期各项工作，要求各地提前排查隐患，',
        '图为全市防汛工作会议现场。',
        '记者 钱七 摄',
        '确保安全度汛。会议强调，要压实责任。 （下转2版）',
        '全',
        '市',
        '防',
        '汛',
        '会',
        '议',
        '召',
        '开',
        '本报讯（记者 孙八） 5月 31日，交城县启动夏季植树活动，干部群众积极参与。',
      ].join('\n'),
    );

  it('keeps the article whole around a caption and moves the caption to its photos', () => {
    const [news] = page().articles;
    expect(news?.body).toBe(
      '6月1日，全市防汛工作会议召开，会议部署了汛期各项工作，要求各地提前排查隐患，确保安全度汛。会议强调，要压实责任。',
    );
    expect(news?.photos).toEqual([{ caption: '图为全市防汛工作会议现场。', photographers: ['钱七'] }]);
    expect(news?.photographers).toEqual(['钱七']);
    expect(news?.reporters).toEqual(['赵六']);
  });

  it('strips the continuation mark into `continued`', () => {
    expect(page().articles[0]?.continued).toBe('2版');
    expect(page().articles[1]?.continued).toBeNull();
  });

  it('reads a vertical headline and gives it to its article', () => {
    expect(page().articles[0]?.headline).toBe('全市防汛会议召开');
    expect(page().articles[1]?.headline).toBeNull();
    expect(page().articles[1]?.title).toBe('交城县启动夏季植树活动，干部群众积极参与');
  });
});

describe('photo-only items and commentaries', () => {
  it('makes a photo story a photo article with its photographer', () => {
    const { articles } = parse(
      [
        '本报讯（记者 周九） 5月 30日，某会议召开。',
        ' 初夏时节，北川河畔绿树成荫，',
        '游人如织。',
        '记者 吴十 摄',
      ].join('\n'),
    );
    expect(articles.map((article) => article.kind)).toEqual(['news', 'photo']);
    expect(articles[1]).toMatchObject({
      body: '初夏时节，北川河畔绿树成荫，游人如织。',
      photographers: ['吴十'],
      reporters: [],
      date: null,
    });
  });

  it('reads a commentary without byline names or dateline', () => {
    const { articles } = parse(['□ 本报评论员', '5月 1日是劳动节。劳动创造幸福，实干成就未来。'].join('\n'));
    expect(articles[0]).toMatchObject({ kind: 'commentary', source: '本报', reporters: [], date: null });
  });

  it('reads a feature byline with a correspondent on the next line', () => {
    const { articles } = parse(
      ['□ 本报记者 郑一', '通 讯 员 冯二', '走进岚县，处处是丰收的景象。村民们说，日子越过越红火。'].join(
        '\n',
      ),
    );
    expect(articles[0]).toMatchObject({
      kind: 'feature',
      reporters: ['郑一', '冯二'],
      source: '本报',
      date: null,
    });
  });
});

describe('pages printed one paragraph per line', () => {
  const sentence = '各级各部门要提高站位，压实责任，细化措施，确保各项工作落到实处';
  const page = () =>
    parse(
      [
        '孙大军主持召开文明城市创建工作推进会',
        '',
        `本报讯(记者 李雅萍)8月10日,市委书记孙大军主持召开文明城市创建工作推进会,${sentence},${sentence},${sentence}。会议要求,${sentence},全面提升城市`,
        `品质,${sentence}。`,
        '',
        '以创建文明城市为导向 深入开展志愿服务活动',
        '',
        `志愿服务活动广泛开展,${sentence},${sentence}。`,
      ].join('\n'),
      '2021-08-11',
    );

  it('joins a wrapped paragraph and keeps a sub-heading as its own paragraph', () => {
    const [article] = page().articles;
    const paragraphs = article?.body.split('\n') ?? [];
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toContain('全面提升城市品质，');
    expect(paragraphs[1]).toBe('以创建文明城市为导向深入开展志愿服务活动');
  });

  it('converts half-width punctuation and reads the inline headline', () => {
    const [article] = page().articles;
    expect(article?.headline).toBe('孙大军主持召开文明城市创建工作推进会');
    expect(article?.body.startsWith('8月10日，市委书记')).toBe(true);
    expect(article?.reporters).toEqual(['李雅萍']);
    expect(article?.date).toBe('2021-08-10');
  });
});

describe('reporting', () => {
  it('warns about a headline that matches no article and keeps it in the report', () => {
    const { report, articles } = parse(
      ['本报讯（记者 张三） 6月 1日，全市防汛工作会议召开。', '春风又绿江南岸'].join('\n'),
    );
    expect(articles[0]?.headline).toBeNull();
    expect(report.headlines).toEqual([{ text: '春风又绿江南岸', article: null, lines: [2] }]);
    expect(report.warnings).toEqual(['line 2: headline "春风又绿江南岸" matches no article on the page']);
  });

  it('summarises pages, failures and entities for a reader', () => {
    const good = parsePage({
      file: 'a.txt',
      date: '2021-06-02',
      page: 1,
      text: '本报讯（记者 张三） 6月 1日，全市防汛工作会议召开。\n春风又绿江南岸',
    });
    const failed = parsePage({ file: 'b.txt', date: '2021-06-02', page: 2, text: '' });
    const pages = [good, failed].map((result) => (result.ok ? result.page.report : result.report));
    const articles = good.ok ? good.page.articles : [];
    const entity = {
      id: 'person:张三',
      kind: 'person' as const,
      name: '张三',
      aliases: [],
      roles: [],
      articles: [],
    };
    const summary = formatArchiveSummary(
      { schemaVersion: 1, editions: [], articles, entities: [entity] },
      { pages, failed: 1, articles: articles.length, warnings: [] },
      { formatEntities: (entities) => `  ${entities.length} entity: ${entities[0]?.name ?? ''}` },
    );
    expect(summary).toContain('2 pages (1 failed), 1 articles, 1 entities');
    expect(summary).toContain('■ a.txt (2021-06-02-p1): 1 articles');
    expect(summary).toContain('a1 news       2021-06-01  本报 · by 张三');
    expect(summary).toContain('全市防汛工作会议召开 [no printed headline]');
    expect(summary).toContain('headlines: 1 found, 1 unmatched');
    expect(summary).toContain('? "春风又绿江南岸" (line 2)');
    expect(summary).toContain('✗ b.txt (2021-06-02 p2): b.txt: the file is empty');
    expect(summary).toContain('entities:\n  1 entity: 张三');
  });
});

describe('line recognisers', () => {
  it('recognises doubled slogans and column banners', () => {
    expect(isDoubledSlogan('全力创建文明城市全力创建文明城市')).toBe(true);
    expect(isDoubledSlogan('全力创建文明城市')).toBe(false);
    expect(isBannerLine('学党史 悟思想 办实事 开新局·先进典型')).toBe(true);
    expect(isBannerLine('责任编辑：王某')).toBe(true);
    expect(isBannerLine('市委召开常委会议')).toBe(false);
  });

  it('recognises continuation marks', () => {
    expect(matchContinuation('水“零”突破， （下转4版）')).toEqual({
      target: '4版',
      direction: 'to',
      rest: '水“零”突破，',
    });
    expect(matchContinuation('（上接1版）会议指出')).toMatchObject({ target: '1版', direction: 'from' });
    expect(matchContinuation('下转到基层')).toBeNull();
  });

  it('recognises the shapes of headline lines', () => {
    expect(isVerticalCharacter('风')).toBe(true);
    expect(isVerticalCharacter('风光')).toBe(false);
    expect(isParallelPhrases('全域推动 全员参与')).toBe(true);
    expect(isParallelPhrases('全国安全生产电视电话会议 10日在')).toBe(false);
    expect(isParallelPhrases('开园，南城一幼 （原高家沟幼儿园）')).toBe(false);
    expect(isSubLine('——柳林县“我为群众办实事”实践活动综述')).toBe(true);
    expect(isSubLine('刘振国出席')).toBe(true);
    expect(isSubLine('省自然资源厅厅长周建春在我市调研')).toBe(false);
  });
});

describe('joinHeadlineLines', () => {
  const line = (text: string) => ({ text, lines: [] });

  it('closes up a headline line that merely wrapped, as the body shows', () => {
    const body = '中国石油大学（北京）师生一行19人先后深入柳林、临县开展“暑期党史学习教育吕梁行”活动。';
    expect(
      joinHeadlineLines(
        [line('中国石油大学（北京）师生深入柳林、临'), line('县开展“暑期党史学习教育吕梁行”活动')],
        body,
      ),
    ).toBe('中国石油大学（北京）师生深入柳林、临县开展“暑期党史学习教育吕梁行”活动');
  });

  it('separates kicker, main and sub lines with a space', () => {
    expect(
      joinHeadlineLines([line('市委召开常委会议'), line('孙大军主持')], '市委召开常委会议。孙大军主持。'),
    ).toBe('市委召开常委会议 孙大军主持');
    expect(joinHeadlineLines([line('甲乙丙丁'), line('戊己庚辛')], null)).toBe('甲乙丙丁 戊己庚辛');
  });
});

describe('deriveTitle', () => {
  it('takes the first sentence without the dateline', () => {
    expect(deriveTitle('4月29日，柳林县残联开展活动。他们耐心解释。')).toBe('柳林县残联开展活动');
    expect(deriveTitle('8月10日下午，市委召开会议。')).toBe('市委召开会议');
  });

  it('drops quotes around a quoted first sentence only', () => {
    expect(deriveTitle('“以史为鉴，可以知兴替。”在庆祝大会上')).toBe('以史为鉴，可以知兴替');
    expect(deriveTitle('“天宫课堂”第二课开讲。')).toBe('“天宫课堂”第二课开讲');
  });

  it('shortens a long sentence at a clause boundary, or cuts it', () => {
    const title = deriveTitle(
      '在收听收看全国、全省安全生产电视电话会议之后，市政府立即召开会议，就贯彻落实会议精神作出部署。',
    );
    expect(title).toBe('在收听收看全国、全省安全生产电视电话会议之后');
    const cut = deriveTitle(
      '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十。',
    );
    expect(cut.endsWith('…')).toBe(true);
    expect([...cut].length).toBe(32);
  });

  it('is never empty', () => {
    expect(deriveTitle('')).toBe('（无标题）');
    expect(deriveTitle('。')).not.toBe('');
  });
});

describe('continuation marks inside a caption', () => {
  it('are kept out of the body and recorded as the continuation', () => {
    const result = parsePage({
      file: 'p.txt',
      date: '2000-01-01',
      page: 3,
      text: '（下转4版）。记者 王五 摄',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [article] = result.page.articles;
    expect(article?.body).not.toContain('下转');
    expect(article?.continued).toBe('4版');
    expect(article?.photographers).toEqual(['王五']);
  });
});
