import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMatcherData, entriesFromEntities, type EntityInput } from '../../../core/match/build';
import { createMatcher } from '../../../core/match/matcher';
import { parseDictionary, segment, townshipShortForms, wordEdgeBlocks } from '../../../core/match/word-edges';
import { dictionaryPath } from '../../../scripts/lib/word-edges-file';

/** jieba's dictionary as the build reads it. */
const DICT = readFileSync(dictionaryPath(), 'utf8');
const words = [...parseDictionary(DICT)];
const names = ['临县', '兴县', '文水', '创文', '文明城市', '吕梁市', '吕梁市委', '临泉镇'];
const blocks = wordEdgeBlocks(words, names);

describe('parseDictionary', () => {
  it('reads word, frequency and tag, skipping malformed lines', () => {
    expect([...parseDictionary('光临 289 v\n\nbad\n县 25322\n')]).toEqual([
      ['光临', 289, 'v'],
      ['县', 25322, ''],
    ]);
  });
});

describe('segment', () => {
  it('finds jieba’s most probable path, and the best one that keeps given word edges', () => {
    const lexicon = new Map(words.map(([w, f]) => [w, f]));
    const total = Math.log([...lexicon.values()].reduce((a, b) => a + b, 0));
    expect(segment('光临县城', lexicon, total, 4).ends).toEqual([2, 4]);
    const kept = segment('光临县城', lexicon, total, 4, { start: 1, end: 3 });
    expect(kept.ends).toContain(1);
    expect(kept.ends).toContain(3);
    expect(kept.score).toBeLessThan(segment('光临县城', lexicon, total, 4).score);
  });
});

describe('wordEdgeBlocks', () => {
  it('blocks a name where a common word straddles its start and wins the segmentation', () => {
    expect(blocks).toContain('|光临县');
    expect(blocks).toContain('|莅临县');
    expect(blocks).toContain('|人文水');
    expect(blocks).toContain('|新兴县');
  });

  it('leaves other names starting at the same place alone, and near ties within the margin', () => {
    // The block for 临县 is 光临县, not 光临, which would hide 临泉镇 in 光临泉镇 too.
    expect(blocks).not.toContain('|光临');
    expect(wordEdgeBlocks(words, ['临县'], { margin: 1e12 })).not.toContain('|光临县');
  });

  it('lets a longer name that starts inside a shorter one win: 共创|创文|文明城市', () => {
    expect(blocks).toContain('|共创');
  });

  it('cuts a name back before a word across its end: 吕梁市委|委员会 stands for 吕梁市', () => {
    expect(blocks).toContain('吕梁市|委员会');
  });

  it('is deterministic and sorted', () => {
    expect(wordEdgeBlocks(words, [...names].reverse())).toEqual(blocks);
    expect([...blocks].sort()).toEqual(blocks);
  });
});

describe('blocks in the page matcher', () => {
  const entities: EntityInput[] = [
    { id: 'linxian', kind: 'place', name: '临县', aliases: [] },
    { id: 'xingxian', kind: 'place', name: '兴县', aliases: [] },
    { id: 'lvliang', kind: 'place', name: '吕梁市', aliases: [] },
    { id: 'shiwei', kind: 'organization', name: '市委', aliases: ['吕梁市委'], generic: true },
    { id: 'wenming', kind: 'topic', name: '文明城市', aliases: ['创文'] },
  ];
  const matcher = createMatcher(buildMatcherData(entriesFromEntities(entities), { blocks }));
  const found = (text: string) =>
    matcher.scan(text).map((m) => `${text.slice(m.start, m.end)}:${matcher.entries[m.entryIndex]!.id}`);

  it('finds nothing inside the straddling word, and the name elsewhere', () => {
    expect(found('欢迎光临县城')).toEqual([]);
    expect(found('广东新兴县')).toEqual([]);
    expect(found('临县县城和兴县')).toEqual(['临县:linxian', '兴县:xingxian']);
  });

  it('gives the longer name its match, and cuts a name back before a word across its end', () => {
    expect(found('共创文明城市')).toEqual(['文明城市:wenming']);
    expect(found('吕梁市委员会')).toEqual(['吕梁市:lvliang']);
    expect(found('吕梁市委书记')).toEqual(['吕梁市委:shiwei']);
  });

  it('streams the same matches as a one-shot scan', () => {
    const text = '欢迎光临县城，共创文明城市，吕梁市委员会在临县';
    const stream = matcher.stream();
    const out = [];
    for (let i = 0; i < text.length; i += 3) out.push(...stream.feed(text.slice(i, i + 3)));
    out.push(...stream.end());
    expect(out).toEqual(matcher.scan(text));
  });
});

describe('townshipShortForms', () => {
  it('keeps short forms the dictionary does not know or knows as a rare name, never common words', () => {
    expect(townshipShortForms(words, ['蔡家崖乡', '碛口镇', '振兴街道', '城北街道', '临泉镇'])).toEqual([
      ['临泉镇', '临泉'],
      ['碛口镇', '碛口'],
      ['蔡家崖乡', '蔡家崖'],
    ]);
  });
});
