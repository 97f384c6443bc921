/** Citations of one article in Chinese and English: paper articles, agency dispatches, saved web pages. */
import { describe, expect, it } from 'vitest';
import {
  citable,
  citeArticle,
  citeEn,
  citeZh,
  TRANSLATION_SLOT,
  type CitableArticle,
} from '../../../core/cite/article';
import { headlinePinyin, personPinyin } from '../../../core/cite/romanize';
import { displayPinyin } from '../../../core/cite/pinyin-display';
import type { Article } from '../../../core/types';

/** 2021-08-11, page 1, article 1 as the parser delivers it. */
const PRINTED: Article = {
  id: '2021-08-11-p1-a1',
  edition: '2021-08-11-p1',
  kind: 'news',
  headline: '孙大军主持召开文明城市创建工作专题汇报会',
  title: '孙大军主持召开文明城市创建工作专题汇报会',
  reporters: ['李雅萍'],
  photographers: ['王益炜'],
  source: '本报',
  date: '2021-08-10',
  body: '8月10日，市委书记孙大军主持召开文明城市创建工作专题汇报会……',
  continued: null,
};
const EDITION = { id: '2021-08-11-p1', file: '003.txt', date: '2021-08-11', page: 1 };

describe('Chinese citation', () => {
  it('names the paper, the publication date (not the dateline), the page, the headline and the byline', () => {
    const cite = citeZh(citable({ article: PRINTED, edition: EDITION, date: '2021-08-11' }));
    expect(cite).toBe(
      '《吕梁日报》2021年8月11日第1版《孙大军主持召开文明城市创建工作专题汇报会》（李雅萍 王益炜 摄）',
    );
  });

  it('lists several reporters and leaves the bracket out when there is no byline', () => {
    const two = { ...PRINTED, reporters: ['冯凯治', '王贾'], photographers: [] };
    expect(citeZh(citable({ article: two, edition: EDITION, date: '2021-08-11' }))).toMatch(
      /》（冯凯治、王贾）$/,
    );
    const none = { ...PRINTED, kind: 'commentary' as const, reporters: [], photographers: [] };
    expect(citeZh(citable({ article: none, edition: EDITION, date: '2021-08-11' }))).toMatch(/汇报会》$/);
  });

  it('leaves the page out when it is unknown and names an agency', () => {
    const xinhua: CitableArticle = {
      kind: 'news',
      headline: '习近平对安全生产作出重要指示强调 树牢安全发展理念',
      title: '习近平对安全生产作出重要指示强调 树牢安全发展理念',
      reporters: [],
      photographers: [],
      source: '新华社',
      date: '2020-04-11',
      page: null,
    };
    expect(citeZh(xinhua)).toBe(
      '《吕梁日报》2020年4月11日《习近平对安全生产作出重要指示强调 树牢安全发展理念》（新华社）',
    );
    expect(citeEn(xinhua)).toMatch(/^Lüliang Daily \(吕梁日报\), 11 Apr 2020, "习近平/);
    expect(citeEn(xinhua)).not.toMatch(/p\. /);
    expect(citeEn(xinhua)).toMatch(/ \/ Shù láo ān quán fā zhǎn lǐ niàn\) \[translation\], Xinhua\.$/i);
  });

  it('says an article without a printed headline is untitled instead of inventing one', () => {
    const untitled = { ...PRINTED, headline: null, title: '5月9日，市委召开常委会议' };
    const { zh, en } = citeArticle(citable({ article: untitled, edition: EDITION, date: '2021-08-11' }));
    expect(zh).toContain('〔无标题，首句：5月9日，市委召开常委会议〕');
    expect(zh).not.toContain('《5月9日');
    expect(en).toContain('untitled, opening "5月9日，市委召开常委会议"');
  });
});

describe('English citation', () => {
  it('keeps the headline in Chinese, reads it in pinyin and leaves a translation slot', () => {
    const cite = citeEn(citable({ article: PRINTED, edition: EDITION, date: '2021-08-11' }));
    expect(cite).toBe(
      `Lüliang Daily (吕梁日报), 11 Aug 2021, p. 1, "孙大军主持召开文明城市创建工作专题汇报会" ` +
        `(Sūn dà jūn zhǔ chí zhào kāi wén míng chéng shì chuàng jiàn gōng zuò zhuān tí huì bào huì) ` +
        `${TRANSLATION_SLOT}, by Li Yaping; photo Wang Yiwei.`,
    );
  });

  it('reads reporters in surname order, polyphonic surnames as surnames', () => {
    expect(personPinyin('冯凯治')).toBe('Feng Kaizhi');
    expect(personPinyin('单涛')).toBe('Shan Tao');
    expect(personPinyin('欧阳修', true)).toBe('Ōuyáng Xiū');
    expect(displayPinyin('zhāng guǎng yǒng', '张广勇', true)).toBe('Zhāng Guǎngyǒng');
    expect(displayPinyin('lǚ liáng shì', '吕梁市', false)).toBe('Lǚliángshì');
  });

  it('turns headline punctuation into Latin punctuation attached to its word', () => {
    expect(headlinePinyin('线上“云祭祀”清明更文明')).toBe('Xiàn shàng "yún jì sì" qīng míng gèng wén míng');
    expect(headlinePinyin('中国石油大学（北京）师生深入柳林、临县')).toBe(
      'Zhōng guó shí yóu dà xué (běi jīng) shī shēng shēn rù liǔ lín, lín xiàn',
    );
    expect(headlinePinyin('吕梁市区公交车4月1日起全民免费乘坐')).toMatch(/chē 4 yuè 1 rì qǐ/);
  });
});

describe('saved web articles', () => {
  const saved: Article = {
    id: 'saved-abc',
    edition: '',
    kind: 'saved',
    headline: '吕梁：推进文明城市建设',
    title: '吕梁：推进文明城市建设',
    reporters: ['张三'],
    photographers: [],
    source: '山西新闻网',
    date: '2022-01-05',
    body: '……',
    continued: null,
    url: 'https://www.sxrb.com/news/2022/01/05/a.html',
    site: '山西新闻网',
  };

  it('cite their site and address instead of the paper', () => {
    const { zh, en } = citeArticle(citable({ article: saved, edition: null, date: '2022-01-05' }));
    expect(zh).toBe(
      '山西新闻网《吕梁：推进文明城市建设》（张三），2022年1月5日，https://www.sxrb.com/news/2022/01/05/a.html',
    );
    expect(zh).not.toContain('吕梁日报');
    expect(en).toBe(
      '山西新闻网, 5 Jan 2022, "吕梁：推进文明城市建设" (Lǚ liáng: tuī jìn wén míng chéng shì jiàn shè) ' +
        '[translation], by Zhang San, https://www.sxrb.com/news/2022/01/05/a.html',
    );
  });

  it('keep the printed page of the paper’s digital edition and leave out a missing date', () => {
    const edition = { ...saved, site: '吕梁日报数字报', printedPage: 2, date: null };
    const { zh, en } = citeArticle(citable({ article: edition, edition: null, date: null }));
    expect(zh).toBe(
      '吕梁日报数字报第2版《吕梁：推进文明城市建设》（张三），https://www.sxrb.com/news/2022/01/05/a.html',
    );
    expect(en).toMatch(/^吕梁日报数字报, p\. 2, "吕梁/);
  });
});
