import { describe, expect, it } from 'vitest';
import { buildMatcherData, entriesFromEntities, type EntityInput } from '../../../core/match/build';
import { createMatcher } from '../../../core/match/matcher';
import { decideHighlights, type PageHighlights } from '../../../core/match/relevance';

const person = (
  id: string,
  name: string,
  posts: [string, string?][] = [],
  extra: Partial<EntityInput> = {},
) => ({
  id,
  kind: 'person' as const,
  name,
  aliases: [],
  roles: posts.map(([title, org]) => ({ title, ...(org ? { org } : {}) })),
  ...extra,
});

const entities: EntityInput[] = [
  { id: 'lvliang', kind: 'place', name: '吕梁', aliases: ['吕梁市', '呂梁'] },
  { id: 'lishi', kind: 'place', name: '离石区', aliases: [] },
  { id: 'fengshan', kind: 'place', name: '凤山街道', aliases: [], county: '离石区' },
  { id: 'wucheng', kind: 'place', name: '吴城镇', aliases: [], county: '离石区' },
  { id: 'shanxi', kind: 'place', name: '山西省', aliases: [] },
  { id: 'guowuyuan', kind: 'organization', name: '国务院', aliases: [] },
  { id: 'shiwei', kind: 'organization', name: '市委', aliases: [], generic: true },
  { id: 'shizhengfu', kind: 'organization', name: '市政府', aliases: [], generic: true },
  { id: 'shiweiban', kind: 'organization', name: '市委办公室', aliases: [] },
  { id: 'lvliangshiwei', kind: 'organization', name: '吕梁市委', aliases: [] },
  person('sundajun', '孙大军', [['秘书长', '市政府']]),
  person('wangliwei', '王立伟', [['市长']]),
  person('lizhengyin', '李正印', [['市委书记']]),
  person('xijinping', '习近平', [['总书记']]),
  person('quanwei', '权威', [['秘书长', '市政府']], { ambiguous: true }),
  person('wangwei', '王伟', [['局长', '市教育局']], { needsPost: true }),
  person('zhangwei-a', '张伟', [['县长', '文水县']]),
  person('zhangwei-b', '张伟', [['局长', '市教育局']]),
  person('qiaoxiaofeng', '乔晓峰', [['副市长']]),
  person('yangjucai', '杨巨才', []),
];

const matcher = createMatcher(buildMatcherData(entriesFromEntities(entities)));

function highlight(text: string): PageHighlights {
  return decideHighlights(matcher.entries, matcher.scan(text));
}

/** Highlighted entity ids with the text of each highlighted mention. */
function shown(text: string): Record<string, string[]> {
  const matches = matcher.scan(text);
  const result = decideHighlights(matcher.entries, matches);
  return Object.fromEntries(
    result.entities.map((e) => [e.id, e.matches.map((i) => text.slice(matches[i]!.start, matches[i]!.end))]),
  );
}

describe('decideHighlights: is the page about Lüliang?', () => {
  it('lights a page that names 吕梁, and counts distinct entities for the badge', () => {
    const text = '吕梁市委书记李正印主持召开会议。市长王立伟作具体安排。李正印指出，吕梁要抓好落实。';
    const result = highlight(text);
    expect(result).toMatchObject({ relevant: true, reason: 'anchor', count: 4 });
    expect(shown(text)).toEqual({
      lvliangshiwei: ['吕梁市委'],
      lizhengyin: ['李正印', '李正印'],
      wangliwei: ['王立伟'],
      lvliang: ['吕梁'],
    });
  });

  it('lights a page that names a county, also in traditional characters', () => {
    expect(highlight('离石区召开会议').reason).toBe('anchor');
    expect(highlight('呂梁新聞').reason).toBe('anchor');
  });

  it('leaves a namesake alone: 孙大军 on a page with no Lüliang signal', () => {
    const result = highlight('著名演员孙大军今天在北京出席电影首映式，孙大军表示很高兴。');
    expect(result).toEqual({ relevant: false, reason: null, entities: [], count: 0 });
  });

  it('does not count a post as a Lüliang signal on its own for a lone person', () => {
    expect(highlight('某市政府秘书长孙大军表示').relevant).toBe(false);
  });

  it('lights on two places inside Lüliang, not on one', () => {
    expect(highlight('凤山街道和吴城镇的群众').reason).toBe('places');
    expect(highlight('凤山街道的群众').relevant).toBe(false);
  });

  it('lights on a place inside Lüliang and an official printed with his post', () => {
    expect(highlight('吴城镇群众欢迎市政府秘书长孙大军').reason).toBe('place-and-official');
    expect(highlight('吴城镇群众欢迎孙大军').relevant).toBe(false);
  });

  it('lights on three entities when one is an official printed with his post', () => {
    expect(highlight('山西省、国务院有关部门和市长王立伟').reason).toBe('entities');
    // Three entities but no post: national figures and bodies say nothing about Lüliang.
    expect(highlight('习近平在国务院会议上谈山西省').relevant).toBe(false);
  });
});

describe('decideHighlights: which mentions', () => {
  it('highlights an ordinary-word name only with its post before it', () => {
    expect(shown('吕梁市政府秘书长权威出席会议')).toEqual({ lvliang: ['吕梁市'], quanwei: ['权威'] });
    expect(shown('吕梁：秘书长 权威出席')).toEqual({ lvliang: ['吕梁'], quanwei: ['权威'] });
    expect(shown('吕梁推进执法规范、权威高效')).toEqual({ lvliang: ['吕梁'] });
    // A common title that is not one of his posts is not enough for a word like 权威.
    expect(shown('吕梁市主任权威')).toEqual({ lvliang: ['吕梁市'] });
  });

  it('never highlights generic words, alone or on a Lüliang page; longer names win', () => {
    expect(highlight('市委市政府高度重视')).toMatchObject({ relevant: false, count: 0 });
    expect(shown('吕梁召开会议，市委、市政府领导出席，市委办公室负责')).toEqual({
      lvliang: ['吕梁'],
      shiweiban: ['市委办公室'],
    });
  });

  it('highlights a shared name only when one mention carries a post, then every mention', () => {
    expect(shown('吕梁，王伟说')).toEqual({ lvliang: ['吕梁'] });
    expect(shown('吕梁，副局长王伟说，王伟强调')).toEqual({ lvliang: ['吕梁'], wangwei: ['王伟', '王伟'] });
  });

  it('resolves homonyms by the post printed before them, for every mention on the page', () => {
    expect(shown('吕梁市教育局局长张伟指出，张伟强调')).toEqual({
      lvliang: ['吕梁市'],
      'zhangwei-b': ['张伟', '张伟'],
    });
    expect(shown('文水县县长张伟在吕梁')).toEqual({ 'zhangwei-a': ['张伟'], lvliang: ['吕梁'] });
    // No post anywhere: the first one listed.
    expect(shown('吕梁张伟')).toEqual({ lvliang: ['吕梁'], 'zhangwei-a': ['张伟'] });
  });

  it('carries a post along a 、-separated list of names', () => {
    expect(highlight('市领导乔晓峰、杨巨才、孙大军出席，执法规范、权威高效')).toMatchObject({
      relevant: false,
    });
    expect(shown('吕梁市副市长乔晓峰、权威出席')).toEqual({
      lvliang: ['吕梁市'],
      qiaoxiaofeng: ['乔晓峰'],
      quanwei: ['权威'],
    });
  });

  it('orders entities by first mention and lists match indices in document order', () => {
    const matches = matcher.scan('王立伟、吕梁、王立伟');
    const shuffled = [matches[2]!, matches[0]!, matches[1]!];
    const result = decideHighlights(matcher.entries, shuffled);
    expect(result.entities).toEqual([
      { entryIndex: matches[0]!.entryIndex, id: 'wangliwei', matches: [1, 0] },
      { entryIndex: matches[1]!.entryIndex, id: 'lvliang', matches: [2] },
    ]);
  });

  it('accepts thresholds', () => {
    expect(highlight('凤山街道的群众').relevant).toBe(false);
    expect(
      decideHighlights(matcher.entries, matcher.scan('凤山街道的群众'), { minLocalPlaces: 1 }).reason,
    ).toBe('places');
  });
});
