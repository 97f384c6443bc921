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
});
