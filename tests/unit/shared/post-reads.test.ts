import { describe, expect, it } from 'vitest';
import { monthSpan, postHeading, postWithSpan, yearSpan } from '@/core/posts/reads';
import { postSummary } from '@/components/format';
import { postLine } from '@/components/card/format';

describe('how a post reads', () => {
  it('prints the post as the paper does, its English in brackets when there is one', () => {
    expect(postHeading('市长', 'Mayor')).toBe('市长 (Mayor)');
    expect(postHeading('市长', null)).toBe('市长');
    expect(postHeading('市长', '')).toBe('市长');
    expect(postHeading('市长')).toBe('市长');
  });

  it('spans by year for lists and by month for the card', () => {
    expect(yearSpan('2021-08-11', '2022-03-01')).toBe('2021–2022');
    expect(yearSpan('2021-08-11', '2021-12-01')).toBe('2021');
    expect(monthSpan('2021-08-11', '2022-03-01')).toBe('2021-08 – 2022-03');
    expect(monthSpan('2021-08-11', '2021-08-30')).toBe('2021-08');
    expect(postWithSpan('市委书记', null, '2021–2022')).toBe('市委书记 · 2021–2022');
  });

  it('reads the same in result rows and on the card', () => {
    const post = { title: '市长', first: '2021-08-11', last: '2022-03-01' };
    expect(postSummary(post, 'en')).toBe('市长 (Mayor) · 2021–2022');
    expect(postSummary(post, 'zh')).toBe('市长 · 2021–2022');
    const card = { label: '市长', english: 'Mayor', first: post.first, last: post.last };
    expect(postLine(card, 'en')).toBe('市长 (Mayor) · 2021-08 – 2022-03');
    expect(postLine(card, 'zh')).toBe('市长 · 2021-08 – 2022-03');
  });
});
