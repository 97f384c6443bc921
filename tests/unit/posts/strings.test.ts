/** The post view's strings in both languages, and the coverage line worded from the bundled archive's dates. */
import { describe, expect, it } from 'vitest';
import { coverage } from '@/core/coverage';
import { postMessages } from '@/components/posts/strings';
import { spanDates, spanLabel } from '@/components/posts/format';
import { messages } from '@/components/i18n';

const bundled = coverage(
  ['2020-04-11', '2020-05-10', '2021-08-11', '2021-08-19', '2022-03-26'].map((date) => ({ date, page: 1 })),
);

describe('post strings', () => {
  it('has every string in both languages', () => {
    const zh = postMessages('zh');
    const en = postMessages('en');
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(typeof zh[key]).toBe(typeof en[key]);
      if (typeof en[key] === 'string') expect(zh[key]).not.toBe(en[key]);
    }
  });

  it('words the coverage line with the pages, the span and the gaps, in order', () => {
    expect(postMessages('en').coverageLine(bundled)).toBe(
      '5 front pages, 2020-04-11 … 2022-03-26; nothing between 2020-05 and 2021-08, 2021-08 and 2022-03.',
    );
    expect(postMessages('zh').coverageLine(bundled)).toBe(
      '5 个头版，2020-04-11 … 2022-03-26；2020-05 至 2021-08、2021-08 至 2022-03 之间没有报纸。',
    );
    expect(postMessages('en').coverageLine(coverage([]))).toBe('The archive holds no dated issue.');
    const pages = coverage([
      { date: '2021-01-01', page: 1 },
      { date: '2021-01-01', page: 2 },
    ]);
    expect(postMessages('en').coverageLine(pages)).toBe('2 pages on 1 day, 2021-01-01.');
  });

  it('marks open ends in what is shown and what is read aloud', () => {
    const span = { first: '2021-08-11', last: '2022-03-26', openStart: true, openEnd: false };
    expect(spanDates(span)).toBe('… 2021-08-11 – 2022-03-26');
    expect(spanDates({ ...span, last: '2021-08-11', openEnd: true })).toBe('… 2021-08-11 …');
    expect(spanLabel(span, messages('en'))).toBe('2021-08-11 – 2022-03-26 (the archive cannot see earlier)');
  });
});
