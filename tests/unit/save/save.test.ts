import { describe, expect, it } from 'vitest';
import { editionDateFromUrl, findEdition, headlineFrom } from '@/core/save';

const EPAPER = 'http://www.sxllnews.cn/xyllrb/pc/con/201811/09/c20940.html';

describe('findEdition: the paper’s own digital edition', () => {
  it('reads the page number and section from the header of an article on the e-paper', () => {
    const text =
      '吕梁日报\n2018年11月09日 星期五\n第1版:要闻\n上一版 下一版\n奋进新时代 谱写新篇章\n开栏的话…';
    expect(findEdition(EPAPER, text)).toEqual({ page: 1, section: '要闻' });
    expect(findEdition(EPAPER, '第 02 版：综合新闻\n…')).toEqual({ page: 2, section: '综合新闻' });
    expect(findEdition(EPAPER, '第3版\n…')).toEqual({ page: 3, section: null });
  });

  it('accepts another e-paper host only when its header names the paper', () => {
    const text = '《吕梁日报》数字报 2021年08月11日\n第01版：要闻\n孙大军主持召开…';
    expect(findEdition('https://epaper.example.cn/html/2021-08/11/content_1.htm', text)).toEqual({
      page: 1,
      section: '要闻',
    });
    // A portal's link list that names a page of another paper is not the edition.
    expect(
      findEdition('https://news.example.com/a/1.html', '山西日报 第1版：要闻\n吕梁市召开会议…'),
    ).toBeNull();
  });

  it('is null on the paper’s site when no page is printed, and ignores labels far below the header', () => {
    expect(findEdition(EPAPER, '吕梁日报 首页 往期回顾')).toBeNull();
    expect(
      findEdition('https://news.example.com/a.html', '吕梁日报 ' + '文'.repeat(3000) + ' 第2版：要闻'),
    ).toBeNull();
  });
});

describe('editionDateFromUrl', () => {
  it('reads the issue date of common e-paper addresses', () => {
    expect(editionDateFromUrl(EPAPER)).toBe('2018-11-09');
    expect(editionDateFromUrl('https://epaper.example.cn/html/2021-08/11/content_1.htm')).toBe('2021-08-11');
    expect(editionDateFromUrl('https://news.example.com/2021/0811/a.html')).toBeNull();
    expect(editionDateFromUrl('http://www.sxllnews.cn/xyllrb/pc/con/201802/30/c1.html')).toBeNull();
    expect(editionDateFromUrl('not a url')).toBeNull();
  });
});

describe('headlineFrom', () => {
  it('prefers the printed heading the document title contains', () => {
    expect(
      headlineFrom('吕梁市区公交车4月1日起全民免费乘坐_民生_吕梁新闻网', [
        '吕梁新闻网',
        '吕梁市区公交车4月1日起全民免费乘坐',
      ]),
    ).toBe('吕梁市区公交车4月1日起全民免费乘坐');
  });

  it('cuts the site and section off the title when no heading matches', () => {
    expect(headlineFrom('孙大军主持召开专题汇报会 | 山西新闻网', ['相关新闻'])).toBe(
      '孙大军主持召开专题汇报会',
    );
    expect(headlineFrom('吕梁：公交车免费乘坐_民生_吕梁新闻网', [])).toBe('吕梁：公交车免费乘坐');
    // A hyphen inside a headline (not a separator) is kept.
    expect(headlineFrom('2022-2023年度吕梁市重点工程名单', [])).toBe('2022-2023年度吕梁市重点工程名单');
  });
});
