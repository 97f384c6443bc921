import { describe, expect, it } from 'vitest';
import { findPageDate } from '@/core/match';
import { countLvliang, hasHan, OpeningText } from '@/lib/content/overlay/page-text';
import { sumFindings } from '@/lib/background/overlay/frame-reports';

describe('page text facts', () => {
  it('counts 吕梁 in both scripts', () => {
    expect(countLvliang('吕梁新闻网 · 呂梁日報 · 吕 梁 · 梁吕')).toBe(2);
    expect(countLvliang('')).toBe(0);
    // The global regex keeps no state between calls.
    expect(countLvliang('吕梁')).toBe(1);
    expect(countLvliang('吕梁')).toBe(1);
  });

  it('tells pages with Chinese text from the rest', () => {
    expect(hasHan('Lüliang City')).toBe(false);
    expect(hasHan('Lüliang 吕梁')).toBe(true);
  });

  it('keeps the opening text line by line, up to its limit, for the page date', () => {
    const opening = new OpeningText(40);
    opening.add('吕梁新闻网', true);
    opening.add('来源：吕梁日报 · ', true);
    opening.add('2021年8月11日', false);
    opening.add('正文', true);
    expect(opening.toString()).toBe('吕梁新闻网\n来源：吕梁日报 · 2021年8月11日\n正文');
    expect(findPageDate(opening.toString(), { today: '2025-01-01' })).toBe('2021-08-11');
    opening.add('很长的一段文字'.repeat(10), true);
    expect(opening.full).toBe(true);
    expect(opening.toString().length).toBe(40);
  });

  it('adds child frames into the tab’s counts without counting an entity twice', () => {
    expect(
      sumFindings([
        { ids: ['a', 'b'], mentions: 2 },
        { ids: ['b', 'c'], mentions: 3 },
      ]),
    ).toEqual({
      entities: 3,
      mentions: 5,
    });
    expect(
      sumFindings([
        { ids: [], mentions: 0 },
        { ids: [], mentions: 0 },
      ]),
    ).toEqual({ entities: 0, mentions: 0 });
  });
});
