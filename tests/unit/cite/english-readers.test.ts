/**
 * What English readers get on the card: the name in pinyin and each post's English rendering, made in the
 * background (card data) so the content script carries neither pinyin-pro nor the glossary.
 */
import { describe, expect, it } from 'vitest';
import type { EntityRecord } from '@/core/entities/types';
import { buildCardData } from '@/lib/background/overlay/card-data';
import { postLine } from '@/components/card/format';

/** 张广勇 as the seed archive records him. */
const ZHANG: EntityRecord = {
  id: 'person:张广勇',
  kind: 'person',
  name: '张广勇',
  aliases: ['zhangguangyong', 'zgy', '張廣勇'],
  pinyin: 'zhāng guǎng yǒng',
  roles: [
    {
      title: '市委副书记',
      org: '市委',
      office: '副书记',
      first: '2020-04-10',
      last: '2022-03-25',
      articles: ['2020-04-11-p1-a4'],
    },
    {
      title: '市长',
      org: '市政府',
      office: '市长',
      first: '2021-08-10',
      last: '2022-03-26',
      articles: ['2021-08-11-p1-a1'],
    },
    {
      title: '市疫情防控工作领导小组组长',
      org: '市疫情防控工作领导小组',
      office: '组长',
      first: '2022-03-26',
      last: '2022-03-26',
      articles: ['2022-03-26-p1-a5'],
    },
  ],
  articles: ['2020-04-11-p1-a4', '2021-08-11-p1-a1', '2022-03-26-p1-a5'],
};

describe('card data for English readers', () => {
  const data = buildCardData({ entity: ZHANG });

  it('carries the name in pinyin, surname apart', () => {
    expect(data.pinyin).toBe('Zhāng Guǎngyǒng');
    expect(buildCardData({ entity: { ...ZHANG, pinyin: undefined } }).pinyin).toBeNull();
  });

  it('carries the glossary’s English for known posts only', () => {
    expect(data.posts.map((p) => p.english ?? null)).toEqual([
      'Deputy Party Secretary of the Municipal Committee',
      'Mayor',
      null,
    ]);
  });

  it('prints the English beside the Chinese post in English, and the Chinese alone in Chinese', () => {
    const mayor = data.posts[1]!;
    expect(postLine(mayor, 'en')).toBe('市长 (Mayor) · 2021-08 – 2022-03');
    expect(postLine(mayor, 'zh')).toBe('市长 · 2021-08 – 2022-03');
    expect(postLine(data.posts[2]!, 'en')).toBe('市疫情防控工作领导小组组长 · 2022-03');
  });
});
