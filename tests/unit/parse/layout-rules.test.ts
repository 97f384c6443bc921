/**
 * The layout rules that make the parser hold on pages laid out differently from the seed pages, each on the
 * smallest page that shows it (the generated layouts in layouts.test.ts exercise them together).
 */
import { describe, expect, it } from 'vitest';
import { parsePage, type ArchiveArticle } from '../../../core/parse/index';

function parse(lines: string[]): ArchiveArticle[] {
  const result = parsePage({ file: 'rules.txt', date: '2020-05-10', page: 1, text: `${lines.join('\n')}\n` });
  if (!result.ok) throw new Error(result.report.error?.message);
  return result.page.articles;
}

const CLEANUP = [
  '本报讯 5月7日，柳林县召开开展爱',
  '国卫生运动季活动暨城乡人居环境整治',
  '动员会，全面安排部署城乡环境整治工',
  '作。县城环卫工人早出晚归，看着柳林',
  '越来越干净，老俩口很满足。',
];

const TOURISM = [
  '本报讯 5月9日，离石区12个乡镇（街',
  '道）同步启动爱国卫生季专项行动，组',
  '织动员广大城乡干部群众迅速行动。',
];

describe('layout rules', () => {
  it('reads names printed alone after the last sentence as the byline, not a headline', () => {
    const articles = parse([
      ...CLEANUP,
      '（李勤 张倩）',
      '聚焦重点 靶向整治',
      '柳林县城乡环境整治立说立行',
      ...TOURISM,
    ]);
    expect(articles).toHaveLength(2);
    expect(articles[0]?.reporters).toEqual(['李勤', '张倩']);
    expect(articles[0]?.body.endsWith('老俩口很满足。')).toBe(true);
    expect(articles.map((article) => article.headline)).not.toContain('（李勤 张倩）');
  });

  it('reads a block of more than six headline lines at the top as headlines', () => {
    const block = [
      '柳林县城乡环境整治',
      '立说立行',
      '环境卫生专项整治启动',
      '离石区吹响爱国卫生季',
      '专项行动“集结号”',
      '各乡镇街道同步启动',
      '城乡面貌焕然一新',
      '全面安排部署整治工作',
    ];
    const articles = parse([...block, ...TOURISM, ...CLEANUP]);
    expect(articles).toHaveLength(2);
    for (const line of block) for (const article of articles) expect(article.body).not.toContain(line);
    expect(articles.every((article) => article.headline !== null)).toBe(true);
  });

  it('does not run a headline as wide as the column on after a paragraph ending on a full line', () => {
    const articles = parse([
      '本报讯 5月7日，柳林县召开开展爱国',
      '卫生运动季活动暨城乡人居环境整治动',
      '员会，全面安排部署城乡环境整治工作。',
      '离石区吹响爱国卫生季专项行动集结号',
      ...TOURISM,
    ]);
    expect(articles[0]?.body).not.toContain('集结号');
    expect(articles[1]?.headline).toBe('离石区吹响爱国卫生季专项行动集结号');
  });

  it('takes a caption ending in a credit without a role word out of the body', () => {
    const articles = parse([
      ...CLEANUP.slice(0, 4),
      '越来越干净。',
      '图为柳林县城乡环境整治现场。 王益炜 摄',
    ]);
    expect(articles[0]?.body).not.toContain('图为');
    expect(articles[0]?.photographers).toEqual(['王益炜']);
    expect(articles[0]?.photos?.[0]?.caption).toBe('图为柳林县城乡环境整治现场。');
  });

  it('never runs a line marked as a new frame on into an open paragraph', () => {
    const articles = parse([
      '本报讯 5月7日，柳林县召开开展爱',
      '国卫生运动季活动暨城乡人居环境整治，',
      ' 近年来，我市围绕把文化旅游业打造',
      '成战略性支柱产业，文水苍儿会生态旅',
      '游区新绿初绽，风光旖旎。',
      '记者 刘亮亮 摄',
      '动员会全面安排部署城乡环境整治工作。',
    ]);
    expect(articles.map((article) => article.kind)).toEqual(['news', 'photo']);
    expect(articles[0]?.body).not.toContain('文化旅游');
    expect(articles[1]?.photographers).toEqual(['刘亮亮']);
  });

  it('keeps two names apart when the marker byline wraps between them', () => {
    const articles = parse([
      '本报讯（记者 冯凯治',
      '王贾） “让森林走进城市，让城市拥抱森',
      '林。”我市自启动“创森”工作以来成效显著。',
    ]);
    expect(articles[0]?.reporters).toEqual(['冯凯治', '王贾']);
    expect(articles[0]?.body.startsWith('“让森林走进城市')).toBe(true);
  });
  it('reads a dispatch marker that a narrow column wraps before its 电', () => {
    const articles = parse([
      '新华社北京 4月 10日',
      '电 中共中央总书记、国家',
      '主席习近平近日就安全生',
      '产作出重要指示。',
      ...TOURISM,
    ]);
    expect(articles).toHaveLength(2);
    expect(articles[0]?.body.startsWith('中共中央总书记')).toBe(true);
    expect(articles[0]?.date).toBe('2020-04-10');
    expect(articles[0]?.kind).toBe('news');
  });
  it('reads a photo story whose last sentence is its 图为 caption, apart from the article before it', () => {
    const articles = parse([
      ...CLEANUP,
      '图为柳林县城乡环境整治现场。 记者 王益炜 摄',
      ' 近年来，我市围绕把文化旅游',
      '业打造成战略性支柱产业，一个',
      '个美丽乡村成为了旅游目的地。',
      '图为5月5日，文水苍儿会生态',
      '旅游区新绿初绽，风光旖旎。',
      '记者 刘亮亮 摄',
      ...TOURISM,
    ]);
    expect(articles.map((article) => article.kind)).toEqual(['news', 'photo', 'news']);
    expect(articles[0]?.photographers).toEqual(['王益炜']);
    expect(articles[1]?.photographers).toEqual(['刘亮亮']);
    expect(articles[1]?.body).toContain('图为5月5日，文水苍儿会生态旅游区新绿初绽，风光旖旎。');
  });
  it('ends a run of headline lines where a new text frame starts, even on a line without punctuation', () => {
    const articles = parse([
      ...CLEANUP,
      '市政协党组暨三届六十八次主席会议召开',
      '张 稳 科 主 持',
      ' 走进兴县四兴村易地',
      '扶贫安置点，白墙青瓦，',
      '绿意盎然，美丽乡村入画。',
      '记者 刘亮亮 摄',
    ]);
    expect(articles.map((article) => article.kind)).toEqual(['news', 'photo']);
    expect(articles[0]?.body.endsWith('老俩口很满足。')).toBe(true);
    expect(articles.map((article) => article.body).join('')).not.toContain('主席会议');
  });
  it('keeps unpunctuated lines before a jump in their paragraph instead of reading them as headlines', () => {
    const articles = parse([
      '本报讯 4月10日，市人大常委',
      '会有关负责人等列席会议。',
      '会议审议并通过《吕梁市',
      '人大常委会关于举行吕梁市第',
      '三届人民代表大会第七次会议',
      '的决（下转3版）',
      '市第三届人大常委会',
      '第四十三次会议召开',
      '刘振国出席',
      ...TOURISM,
    ]);
    expect(articles).toHaveLength(2);
    expect(articles[0]?.body.endsWith('第七次会议的决')).toBe(true);
    expect(articles[0]?.continued).toBe('3版');
    expect(articles[0]?.headline).toBe('市第三届人大常委会 第四十三次会议召开 刘振国出席');
  });
});
