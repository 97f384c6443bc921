import { describe, expect, it } from 'vitest';
import {
  matchLeadingDate,
  matchOpeningDate,
  parseIsoDate,
  resolveDatelineDate,
} from '../../../core/parse/dateline';
import { parseDispatchLead } from '../../../core/parse/markers';

describe('resolveDatelineDate', () => {
  it('takes the year of the edition for a dateline before it', () => {
    expect(resolveDatelineDate({ month: 4, day: 10 }, '2020-04-11')).toBe('2020-04-10');
    expect(resolveDatelineDate({ month: 4, day: 11 }, '2020-04-11')).toBe('2020-04-11');
  });

  it('takes the previous year when a January edition reports a December event', () => {
    expect(resolveDatelineDate({ month: 12, day: 30 }, '2021-01-02')).toBe('2020-12-30');
    expect(resolveDatelineDate({ month: 1, day: 3 }, '2021-01-02')).toBe('2020-01-03');
  });

  it('knows leap years and refuses days that do not exist', () => {
    expect(resolveDatelineDate({ month: 2, day: 29 }, '2020-03-01')).toBe('2020-02-29');
    expect(resolveDatelineDate({ month: 2, day: 29 }, '2021-03-01')).toBeNull();
    expect(resolveDatelineDate({ month: 4, day: 31 }, '2021-05-01')).toBeNull();
    expect(resolveDatelineDate({ month: 4, day: 1 }, 'not a date')).toBeNull();
  });
});

describe('matchLeadingDate', () => {
  it.each([
    ['5月 9日，', 5, 9],
    ['4 月10日，', 4, 10],
    ['4 月9日下午，', 4, 9],
    ['7月 26—29日，', 7, 26],
    ['7月30日—8月2日，', 7, 30],
    ['3 月 23 日，', 3, 23],
  ])('%s → %i月%i日', (text, month, day) => {
    expect(matchLeadingDate(text)).toMatchObject({ month, day });
  });

  it('only reads a date at the very start, and only a plausible one', () => {
    expect(matchLeadingDate('市“两会”召开以来，3月 2日')).toBeNull();
    expect(matchLeadingDate('13月 2日')).toBeNull();
    expect(matchLeadingDate('5月份开始')).toBeNull();
  });
});

describe('dispatch leads', () => {
  it('reads the byline and the dateline split over lines', () => {
    const lead = parseDispatchLead('本报讯（记者 刘小宇） 4 月10日，市第三届人大常委会');
    expect(lead).toMatchObject({ source: '本报', reporters: ['刘小宇'], dateline: { month: 4, day: 10 } });
    expect(lead?.rest).toBe('4 月10日，市第三届人大常委会');
  });

  it('reads a range as its first day', () => {
    expect(parseDispatchLead('本报讯（记者 冯凯治） 7月 26—29日，中国石油大学')?.dateline).toEqual({
      month: 7,
      day: 26,
    });
  });

  it('has no dateline when the lead starts without one', () => {
    const lead = parseDispatchLead('本报讯 （记者 王涛） 又是一年春草绿，3月 24日，我市');
    expect(lead?.dateline).toBeNull();
    expect(lead?.reporters).toEqual(['王涛']);
  });

  it('reads agency datelines and removes them from the text', () => {
    const lead = parseDispatchLead('新华社北京 4月 10日电 中共中央总书记');
    expect(lead).toMatchObject({
      source: '新华社',
      place: '北京',
      dateline: { month: 4, day: 10 },
      reporters: [],
    });
    expect(lead?.rest).toBe('中共中央总书记');
  });
});

describe('parseIsoDate', () => {
  it('accepts real dates only', () => {
    expect(parseIsoDate('2020-04-11')).toEqual({ year: 2020, month: 4, day: 11 });
    expect(parseIsoDate('2021-02-29')).toBeNull();
    expect(parseIsoDate('2021-4-1')).toBeNull();
    expect(parseIsoDate('2021-13-01')).toBeNull();
  });
});

describe('matchOpeningDate', () => {
  it('finds the date a later sentence of the lead opens with', () => {
    expect(
      matchOpeningDate('又是一年春草绿，又是一年清明时。……3月24日，我市正式启动清明节线上祭祀平台。'),
    ).toEqual({
      month: 3,
      day: 24,
    });
    expect(matchOpeningDate('清明将至。 4 月 2 日上午，市文明办发出倡议。')).toEqual({ month: 4, day: 2 });
  });

  it.each([
    ['a date inside a sentence', '截至3月24日，全市已有2万人在线祭扫。'],
    ['a date with a year', '1938年3月24日，八路军一二〇师进驻兴县。'],
    ['the start of a span', '活动开展以来。3月24日以来，全市共受理诉求五千件。'],
    ['a deadline', '报名即日开始。3月24日前完成登记。'],
    ['a range', '展览开幕。3月24日—4月5日每天开放。'],
    ['no date at all', '“让森林走进城市，让城市拥抱森林。”'],
  ])('finds none in %s', (_what, text) => {
    expect(matchOpeningDate(text)).toBeNull();
  });
});
