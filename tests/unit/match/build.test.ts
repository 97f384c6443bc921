import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { buildMatcherData, entriesFromEntities, type EntityInput } from '../../../core/match/build';
import { createMatcher } from '../../../core/match/matcher';
import { decideHighlights } from '../../../core/match/relevance';
import type { Entity } from '../../../core/types';
import { FLAG_AMBIGUOUS, FLAG_ANCHOR, FLAG_GENERIC, FLAG_LOCAL } from '../../../core/match/types';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' });
const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });

const entities: EntityInput[] = [
  { id: 'place:lvliang', kind: 'place', name: '吕梁', aliases: ['吕梁市', 'Lüliang', 'Lvliang'] },
  { id: 'place:wucheng', kind: 'place', name: '吴城镇', aliases: [], county: '离石区' },
  { id: 'place:taiyuan', kind: 'place', name: '太原', aliases: [] },
  {
    id: 'person:sundajun',
    kind: 'person',
    name: '孙大军',
    aliases: ['sun dajun', '孙'],
    roles: [{ title: '秘书长', org: '市政府' }],
  },
  { id: 'person:quanwei', kind: 'person', name: '权威', aliases: [], ambiguous: true },
  { id: 'org:shiwei', kind: 'organization', name: '市委', aliases: [], generic: true },
  { id: 'topic:x', kind: 'topic', name: 'GDP', aliases: [] },
];

describe('entriesFromEntities', () => {
  const entries = entriesFromEntities(entities);

  it('keeps CJK names and aliases of two or more characters, never pinyin or Latin', () => {
    expect(entries.map((e) => e.surfaces)).toEqual([
      ['吕梁', '吕梁市'],
      ['吴城镇'],
      ['太原'],
      ['孙大军'],
      ['权威'],
      ['市委'],
    ]);
    expect(entries.some((e) => e.id === 'topic:x')).toBe(false);
  });

  it('flags Lüliang anchors, local places, generic and ambiguous entries', () => {
    const flags = Object.fromEntries(entries.map((e) => [e.id, e.flags]));
    expect(flags['place:lvliang']).toEqual({ anchor: true, local: true });
    expect(flags['place:wucheng']).toEqual({ local: true });
    expect(flags['place:taiyuan']).toEqual({});
    expect(flags['person:quanwei']).toEqual({ ambiguous: true });
    expect(flags['org:shiwei']).toEqual({ generic: true });
  });

  it('derives posts from roles, with and without the organisation', () => {
    expect(entries.find((e) => e.id === 'person:sundajun')?.posts).toEqual(['秘书长', '市政府秘书长']);
  });

  it('adds traditional forms of names and posts when given a converter', () => {
    const [lvliang, , , sun] = entriesFromEntities(entities, { toTraditional });
    expect(lvliang?.surfaces).toEqual(['吕梁', '呂梁', '吕梁市', '呂梁市']);
    expect(sun?.posts).toEqual(['秘书长', '秘書長', '市政府秘书长', '市政府秘書長']);
  });

  it('accepts archive entities as they are', () => {
    const entity: Entity = { id: 'p1', kind: 'person', name: '王立伟', aliases: [], roles: [], articles: [] };
    expect(entriesFromEntities([entity])[0]?.surfaces).toEqual(['王立伟']);
  });
});

describe('buildMatcherData', () => {
  it('survives JSON and compiles to the same matcher', () => {
    const data = buildMatcherData(entriesFromEntities(entities, { toTraditional }), { toSimplified });
    const copy = JSON.parse(JSON.stringify(data)) as typeof data;
    const page = '呂梁市政府秘書長孫大軍在吳城鎮';
    expect(createMatcher(copy).scan(page)).toEqual(createMatcher(data).scan(page));
    expect(
      createMatcher(copy)
        .scan(page)
        .map((m) => data.ids[m.entryIndex]),
    ).toEqual(['place:lvliang', 'person:sundajun', 'place:wucheng']);
  });

  it('folds traditional forms into one pattern per name and ships the character pairs', () => {
    const data = buildMatcherData(entriesFromEntities(entities, { toTraditional }), { toSimplified });
    expect(data.surfaces).toEqual(['吕梁|吕梁市', '吴城镇', '太原', '孙大军', '权威', '市委']);
    expect(data.fold).toContain('呂吕');
    expect(data.posts).toEqual(['秘书长', '市政府秘书长']);
    // Mixed simplified and traditional characters match too.
    expect(createMatcher(data).scan('孫大军').length).toBe(1);
  });

  it('keeps traditional forms as separate patterns without a converter', () => {
    const data = buildMatcherData(entriesFromEntities(entities, { toTraditional }));
    expect(data.fold).toBe('');
    expect(data.surfaces[0]).toBe('吕梁|呂梁|吕梁市|呂梁市');
    expect(createMatcher(data).scan('呂梁').length).toBe(1);
  });

  it('decodes kinds, flags and posts for the content script', () => {
    const matcher = createMatcher(buildMatcherData(entriesFromEntities(entities)));
    const byId = Object.fromEntries(matcher.entries.map((e) => [e.id, e]));
    expect(byId['place:lvliang']).toMatchObject({
      kind: 'place',
      flags: FLAG_ANCHOR | FLAG_LOCAL,
      posts: [],
    });
    expect(byId['person:sundajun']).toMatchObject({
      kind: 'person',
      flags: 0,
      posts: ['秘书长', '市政府秘书长'],
    });
    expect(byId['person:quanwei']?.flags).toBe(FLAG_AMBIGUOUS);
    expect(byId['org:shiwei']).toMatchObject({ kind: 'organization', flags: FLAG_GENERIC });
  });

  it('reports homonyms: two people with one name', () => {
    const data = buildMatcherData(
      entriesFromEntities([
        { id: 'a', kind: 'person', name: '张伟', aliases: [] },
        { id: 'b', kind: 'person', name: '张伟', aliases: [] },
      ]),
    );
    expect(createMatcher(data).scan('张伟')).toEqual([
      { start: 0, end: 2, entryIndex: 0, homonyms: [0, 1], before: '' },
    ]);
  });
});

describe('posts from the archive’s role titles', () => {
  it('uses the printed post and its bare office, never repeating the organisation', () => {
    const [entry] = entriesFromEntities([
      {
        id: 'person:权威',
        kind: 'person',
        name: '权威',
        aliases: [],
        roles: [{ title: '市政府秘书长', org: '市政府', office: '秘书长' }],
      },
    ]);
    expect(entry?.posts).toEqual(['市政府秘书长', '秘书长']);
  });
});

describe('generic bodies spelled out with Lüliang’s name', () => {
  const entries = entriesFromEntities([
    {
      id: 'organization:市委',
      kind: 'organization',
      name: '市委',
      aliases: ['吕梁市委', '中共吕梁市委', '呂梁市委'],
      generic: true,
    },
  ]);

  it('splits the spelled-out forms into an anchor entry of the same entity', () => {
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      id: 'organization:市委',
      surfaces: ['市委'],
      flags: { generic: true },
    });
    expect(entries[1]).toMatchObject({
      id: 'organization:市委',
      surfaces: ['吕梁市委', '中共吕梁市委', '呂梁市委'],
      flags: { anchor: true, local: true },
    });
  });

  it('lights up a page that only says 吕梁市委书记 and a name', () => {
    const people = entriesFromEntities([
      { id: 'person:孙大军', kind: 'person', name: '孙大军', aliases: [], roles: [{ title: '市委书记' }] },
    ]);
    const all = [...entries, ...people];
    const matcher = createMatcher(buildMatcherData(all));
    const matches = matcher.scan('吕梁市委书记孙大军到离石调研。');
    const decision = decideHighlights(matcher.entries, matches);
    expect(decision.relevant).toBe(true);
    expect(decision.reason).toBe('anchor');
    expect(decision.entities.map((e) => e.id).sort()).toEqual(['organization:市委', 'person:孙大军']);
    // The bare generic word alone still lights nothing.
    expect(decideHighlights(matcher.entries, matcher.scan('市委书记孙大军到离石调研。')).relevant).toBe(
      false,
    );
  });
});
