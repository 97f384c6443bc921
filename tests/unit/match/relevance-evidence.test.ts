/**
 * The relevance model's evidence: strong signals, weak ones that count only together, topics and posts above
 * the city that never count, lists of names opened by a title, township short forms.
 */
import { describe, expect, it } from 'vitest';
import { buildMatcherData, entriesFromEntities, type EntityInput } from '../../../core/match/build';
import { createMatcher } from '../../../core/match/matcher';
import { decideHighlights } from '../../../core/match/relevance';

const person = (id: string, name: string, roles: [string, string?][], extra: Partial<EntityInput> = {}) => ({
  id,
  kind: 'person' as const,
  name,
  aliases: [],
  roles: roles.map(([title, org]) => ({ title, ...(org ? { org } : {}) })),
  ...extra,
});

const entities: EntityInput[] = [
  { id: 'lvliang', kind: 'place', name: '吕梁市', aliases: ['吕梁'] },
  { id: 'fangshan', kind: 'place', name: '方山县', aliases: ['方山'] },
  { id: 'jiaocheng', kind: 'place', name: '交城县', aliases: ['交城'] },
  { id: 'wenshui', kind: 'place', name: '文水县', aliases: ['文水'] },
  { id: 'fenyang', kind: 'place', name: '汾阳市', aliases: ['汾阳'] },
  { id: 'caijiaya', kind: 'place', name: '蔡家崖乡', aliases: [], county: '兴县' },
  { id: 'xingxian', kind: 'place', name: '兴县', aliases: [] },
  { id: 'police', kind: 'organization', name: '柳林县公安局', aliases: [] },
  { id: 'guowuyuan', kind: 'organization', name: '国务院', aliases: [] },
  { id: 'zhenxing', kind: 'topic', name: '乡村振兴', aliases: [] },
  { id: 'fazhan', kind: 'topic', name: '高质量发展', aliases: [] },
  { id: 'yiqing', kind: 'topic', name: '疫情防控', aliases: [] },
  person('linwu', '林武', [['省委书记', '省委']], { needsPost: true }),
  person('sundajun', '孙大军', [['市委书记', '市委']]),
  person('zhangguangyong', '张广勇', [['市长']]),
  person('renkai', '任凯', [['市委副书记', '市委']], { needsPost: true }),
  person('quanwei', '权威', [['秘书长', '市政府']], { ambiguous: true }),
];

const matcher = createMatcher(
  buildMatcherData(entriesFromEntities(entities, { shortForms: { 蔡家崖乡: '蔡家崖' } })),
);
const decide = (text: string) => decideHighlights(matcher.entries, matcher.scan(text));
const lit = (text: string): string[] => {
  const matches = matcher.scan(text);
  const result = decideHighlights(matcher.entries, matches);
  return result.entities.flatMap((e) => e.matches.map((i) => text.slice(matches[i]!.start, matches[i]!.end)));
};

describe('strong signals', () => {
  it('a full county name, 吕梁, or a body named with a county is enough', () => {
    expect(decide('方山县召开会议').reason).toBe('anchor');
    expect(decide('柳林县公安局开展宣传').reason).toBe('anchor');
    expect(decide('兴县县城').reason).toBe('anchor');
  });

  it('explains the decision with its signals, strongest first', () => {
    const result = decide('蔡家崖乡干部陪同，市委书记孙大军到方山县调研');
    expect(result.signals?.map((s) => [s.id, s.kind])).toEqual([
      ['fangshan', 'anchor'],
      ['sundajun', 'official'],
      ['caijiaya', 'place'],
    ]);
  });
});

describe('weak signals', () => {
  it('a bare short county name alone is not enough: a hill in Nanjing, a Tang title', () => {
    expect(decide('南京方山国家地质公园，登上方山可以俯瞰江宁').relevant).toBe(false);
    expect(decide('郭子仪被封为汾阳王').relevant).toBe(false);
  });

  it('two short county names alone are not enough (a song), with a township they are', () => {
    expect(decide('交城的山来交城的水，不浇那个交城浇了文水').relevant).toBe(false);
    expect(decide('交城、文水两县和蔡家崖乡').reason).toBe('places');
    expect(decide('交城、文水、汾阳三地').reason).toBe('places');
  });

  it('a place and people with Lüliang posts named bare make several weak signals', () => {
    expect(decide('方山的苹果，孙大军').relevant).toBe(false);
    expect(decide('方山的苹果，孙大军和张广勇都说好').reason).toBe('several');
  });
});

describe('what is never evidence', () => {
  it('topics: national campaigns every city runs', () => {
    const taiyuan = '太原市委书记韦韬强调乡村振兴、高质量发展和疫情防控，国务院部署，市长张新伟主持';
    expect(decide(taiyuan).relevant).toBe(false);
    // On a page about Lüliang they are highlighted.
    expect(lit('吕梁推进乡村振兴')).toEqual(['吕梁', '乡村振兴']);
  });

  it('a post above the city: 省委书记林武 on a page about Taiyuan', () => {
    expect(decide('省委书记林武在太原调研，国务院有关部门、方山负责人参加').relevant).toBe(false);
    // Printed with his own post he is still highlighted on a page about Lüliang.
    expect(lit('省委书记林武到吕梁调研')).toEqual(['林武', '吕梁']);
  });

  it('a township’s short form: highlighted on a page about Lüliang, never evidence', () => {
    expect(decide('参观蔡家崖革命纪念馆').relevant).toBe(false);
    expect(lit('兴县蔡家崖革命纪念馆')).toEqual(['兴县', '蔡家崖']);
  });
});

describe('lists of names', () => {
  it('a list opened by a title carries it, even when the first names are unknown', () => {
    expect(lit('吕梁会议，市领导陈向东、任凯、权威出席')).toEqual(['吕梁', '任凯', '权威']);
    expect(lit('吕梁会议，出席的有陈向东、任凯')).toEqual(['吕梁']);
  });
});
