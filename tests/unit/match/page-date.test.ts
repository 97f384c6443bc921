import { describe, expect, it } from 'vitest';
import { findPageDate } from '../../../core/match/page-date';

describe('findPageDate', () => {
  it('reads the common formats', () => {
    expect(findPageDate('吕梁日报 2021年8月10日 星期二')).toBe('2021-08-10');
    expect(findPageDate('发布于 2021 年 08 月 01 日')).toBe('2021-08-01');
    expect(findPageDate('2021-08-10 09:30')).toBe('2021-08-10');
    expect(findPageDate('2021/8/10')).toBe('2021-08-10');
    expect(findPageDate('2021.08.10')).toBe('2021-08-10');
    expect(findPageDate('二〇二一年八月十日')).toBe('2021-08-10');
    expect(findPageDate('二○二○年十二月三十一日')).toBe('2020-12-31');
    expect(findPageDate('２０２１年８月１０日')).toBe('2021-08-10');
  });

  it('rejects impossible or out-of-range dates and look-alikes', () => {
    expect(findPageDate('2021-02-30')).toBeNull();
    expect(findPageDate('2020-02-29')).toBe('2020-02-29');
    expect(findPageDate('1900年1月1日')).toBeNull();
    expect(findPageDate('2021-08/10')).toBeNull();
    expect(findPageDate('版本 1.2021.08.10.5')).toBeNull();
    expect(findPageDate('电话 12021-08-101')).toBeNull();
    expect(findPageDate('没有日期')).toBeNull();
  });

  it('prefers a date introduced by a publication cue', () => {
    const page =
      '2024年5月1日 星期三 首页 新闻\n吕梁召开会议\n发布时间：2021-08-10 来源：吕梁日报\n8月9日，……2020年的数据';
    expect(findPageDate(page)).toBe('2021-08-10');
  });

  it('otherwise takes the most frequent date, ties going to the first printed', () => {
    expect(findPageDate('2021-08-10 正文 2021年8月9日 2021年8月9日')).toBe('2021-08-09');
    expect(findPageDate('2021-08-10 正文 2021年8月9日')).toBe('2021-08-10');
  });

  it('discounts one mention of today (a site clock) and ignores future dates', () => {
    const page = '2024年5月1日 星期三\n吕梁召开会议\n2021-08-10\n相关：2025-01-01';
    expect(findPageDate(page)).toBe('2024-05-01');
    expect(findPageDate(page, { today: '2024-05-01' })).toBe('2021-08-10');
    // Published today: the date is printed twice, once by the clock, once by the article.
    expect(findPageDate('2024年5月1日\n正文 2024-05-01 另见 2021-08-10', { today: '2024-05-01' })).toBe(
      '2024-05-01',
    );
    expect(findPageDate('2024年5月1日', { today: '2024-05-01' })).toBe('2024-05-01');
  });

  it('ignores a stale clock in the site header and takes the dateline under the title', () => {
    const page =
      '2018年1月5日 星期五 登录 注册\n首页 新闻 政务\n吕梁召开全市经济工作会议\n2021-12-28 09:12\n本报讯 会议指出……';
    expect(findPageDate(page, { today: '2026-11-30' })).toBe('2021-12-28');
    // The clock alone, and not today: no date rather than a wrong one.
    expect(findPageDate('2018年1月5日 星期五\n吕梁召开会议\n会议指出……', { today: '2026-11-30' })).toBeNull();
  });

  it('reads a dateline whose cue comes after the date', () => {
    const page =
      '首页 > 要闻\n交城县召开会议\n2019-08-14 12:11:11 来源:吕梁日报 作者:张三\n相关新闻 2020-01-02';
    expect(findPageDate(page, { today: '2026-11-30' })).toBe('2019-08-14');
    expect(findPageDate('孝义市召开大会\n2020年3月2日 | 来源：孝义新闻网', { today: '2026-11-30' })).toBe(
      '2020-03-02',
    );
  });

  it('never takes a founding or historical date from running prose', () => {
    const page =
      '吕梁市情\n吕梁地区于1971年设立，2003年10月23日设市，辖13个县（市、区）。2016年5月1日起施行的条例规定……';
    expect(findPageDate(page, { today: '2026-11-30' })).toBeNull();
    const dated = '吕梁概况\n发布日期：2022-06-01\n2003年10月23日，国务院批准撤地设市。';
    expect(findPageDate(dated, { today: '2026-11-30' })).toBe('2022-06-01');
  });

  it('ignores the dates of related-link lists', () => {
    const page =
      '吕梁新闻\n石楼县推进乡村振兴\n正文……\n相关新闻\n· 临县召开脱贫攻坚推进会 2020-05-06\n· 兴县开展植树活动 2020-04-01';
    expect(findPageDate(page, { today: '2026-11-30' })).toBeNull();
  });
});
