import { describe, expect, it } from 'vitest';
import { Trie } from '@/core/entities/trie';
import { EntityIndex, type LexiconEntry } from '@/core/search/lexicon';
import { linkEntities } from '@/components/panel/link-entities';

const entry = (id: string, names: string[], common = false): LexiconEntry => ({
  id,
  kind: 'person',
  name: names[0]!,
  names,
  latin: [],
  articles: 1,
  ...(common ? { common } : {}),
});

describe('finding known names in text', () => {
  it('is leftmost-longest and never overlaps', () => {
    const names = new Trie<string>();
    for (const name of ['吕梁', '吕梁市', '梁市委', '离石区']) names.add(name, name);
    expect(names.scan('吕梁市委书记到离石区').map((h) => [h.key, h.start, h.end])).toEqual([
      ['吕梁市', 0, 3],
      ['离石区', 7, 10],
    ]);
  });

  it('gives search the same matches, and leaves everyday-word names out of page text', () => {
    const index = new EntityIndex([
      entry('p1', ['孙大军']),
      entry('p2', ['权威'], true),
      entry('o1', ['吕梁市委']),
    ]);
    expect(index.scan('吕梁市委权威孙大军')).toEqual([
      { entities: [2], name: '吕梁市委', start: 0 },
      { entities: [1], name: '权威', start: 4 },
      { entities: [0], name: '孙大军', start: 6 },
    ]);
    expect(index.scan('吕梁市委权威孙大军', true).map((m) => m.name)).toEqual(['吕梁市委', '孙大军']);
  });

  it('falls back to a shorter name when the longer one is left out', () => {
    // 孙大 (everyday-word person, invented) inside 孙大军: strict scanning still finds 孙大军; a text with only
    // 孙大 finds nothing.
    const index = new EntityIndex([entry('p1', ['孙大军']), entry('p2', ['孙大'], true)]);
    expect(index.scan('孙大军', true).map((m) => m.name)).toEqual(['孙大军']);
    expect(index.scan('孙大来了', true)).toEqual([]);
    expect(index.scan('孙大来了').map((m) => m.name)).toEqual(['孙大']);
  });

  it('links the reader’s text with the same rule, Chinese forms of two or more characters only', () => {
    const a = { id: 'a', name: '孙大军', aliases: ['孫大軍', 'sdj'] };
    const b = { id: 'b', name: '孙大军', aliases: [] };
    const pieces = linkEntities('孫大軍与孙大军，sdj 与孙', [a, b]);
    expect(pieces.map((p) => [p.text, p.entity?.id])).toEqual([
      ['孫大軍', 'a'],
      ['与', undefined],
      ['孙大军', 'a'],
      ['，sdj 与孙', undefined],
    ]);
  });
});
