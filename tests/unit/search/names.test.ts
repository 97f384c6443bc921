import { describe, expect, it } from 'vitest';
import { normalizeInput, toSimplified } from '@/core/search';
import { latinKeys } from '@/core/search/pinyin';
import { ids, jiebaEngine, quickEngine } from './engine';

describe('traditional characters', () => {
  it('normalises Taiwan, Hong Kong and generic traditional forms to the archive’s simplified ones', () => {
    expect(toSimplified('黨史學習教育')).toBe('党史学习教育');
    expect(toSimplified('孫大軍主持召開會議')).toBe('孙大军主持召开会议');
    expect(toSimplified('呂梁')).toBe('吕梁');
    expect(toSimplified('已经是简体')).toBe('已经是简体');
    expect(normalizeInput('ＰＭ２.５ 黨史')).toBe('pm2.5 党史');
  });

  it('finds the same articles for a traditional query as for the simplified one', async () => {
    for (const engine of [jiebaEngine(), quickEngine()]) {
      for (const [traditional, simplified] of [
        ['黨史學習教育', '党史学习教育'],
        ['疫苗接種', '疫苗接种'],
        ['政協委員', '政协委员'],
        ['創建指揮部', '创建指挥部'],
      ] as const) {
        const t = await ids(engine, traditional);
        expect(t.length).toBeGreaterThan(0);
        expect(t).toEqual(await ids(engine, simplified));
      }
    }
  });
});

describe('pinyin and initials', () => {
  it('spells names without tones, with ü as v and u, and initials', () => {
    expect(latinKeys('孙大军', true)).toEqual(['sundajun', 'sdj']);
    expect(latinKeys('吕梁', false)).toEqual(['lvliang', 'luliang', 'll']);
  });

  it('finds a person by full pinyin, spaced pinyin, capitals and initials', async () => {
    const engine = jiebaEngine();
    const byName = await ids(engine, '孙大军');
    expect(byName).toEqual(['a5', 'a10']);
    for (const q of ['sundajun', 'Sun Dajun', 'sun da jun', 'SDJ', 'ｓｕｎｄａｊｕｎ'])
      expect(await ids(engine, q)).toEqual(byName);
  });

  it('weighs a name typed in pinyin like the name typed in Han characters', async () => {
    const engine = jiebaEngine();
    const han = await engine.search({ query: '张广勇' });
    for (const q of ['zhangguangyong', 'Zhang Guangyong']) {
      const latin = await engine.search({ query: q });
      expect(latin.hits.map((h) => h.id)).toEqual(han.hits.map((h) => h.id));
      expect(latin.hits[0]!.score).toBeGreaterThanOrEqual(han.hits[0]!.score * 0.9);
    }
  });

  it('combines a pinyin name with Han words', async () => {
    expect(await ids(jiebaEngine(), 'zhangwenke 政协委员')).toEqual(expect.arrayContaining(['a3', 'a6']));
    expect(await ids(jiebaEngine(), 'sundajun 基层治理')).toEqual(['a10']);
  });

  it('treats Latin that spells no entity as a word', async () => {
    expect(await ids(jiebaEngine(), 'qwertyzz')).toEqual([]);
    expect(await ids(jiebaEngine(), '232520')).toEqual(['a7']);
  });

  it('finds entities by name, traditional name, pinyin, initials and part of a name', async () => {
    const engine = quickEngine();
    expect((await engine.findEntities('孙大军')).map((e) => e.id)).toEqual(['p-sundajun']);
    expect((await engine.findEntities('孫大軍')).map((e) => e.id)).toEqual(['p-sundajun']);
    expect((await engine.findEntities('sundajun')).map((e) => e.id)).toEqual(['p-sundajun']);
    expect((await engine.findEntities('zgy')).map((e) => e.id)).toEqual(['p-zhangguangyong']);
    expect((await engine.findEntities('柳林')).map((e) => e.id)).toEqual(['l-liulin']);
    // no exact spelling: names containing it, most mentioned first
    expect((await engine.findEntities('张')).map((e) => e.id)).toEqual(['p-zhangguangyong', 'p-zhangwenke']);
    expect(await engine.findEntities('不存在的人')).toEqual([]);
  });
});
