import { describe, expect, it } from 'vitest';
import { jiebaUserWords, summarizeEntities } from '../../../core/entities/index';
import { article, build } from './fixtures';

const entities = build([
  article('a1', '4月10日，会议召开。市委副书记张广勇，市领导乔晓峰出席。市政府秘书长权威等参加。', {
    reporters: ['李雅萍'],
  }),
  article('a2', '8月10日，市长张广勇作具体安排。要统筹推进“创城”工作。市乡村振兴局召开会议。', {
    edition: '2021-08-11-p1',
    date: '2021-08-10',
  }),
]);

describe('jieba user words', () => {
  const words = jiebaUserWords(entities);
  const tagOf = (word: string) => words.find((w) => w.word === word)?.tag;

  it('tag people nr, places ns, organisations nt and topics nz', () => {
    expect(tagOf('张广勇')).toBe('nr');
    expect(tagOf('李雅萍')).toBe('nr');
    expect(tagOf('孝义市')).toBe('ns');
    expect(tagOf('孝义')).toBe('ns');
    expect(tagOf('市乡村振兴局')).toBe('nt');
    expect(tagOf('文明城市创建')).toBe('nz');
    expect(tagOf('创城')).toBe('nz');
  });

  it('leave out names that are ordinary words, pinyin and single characters', () => {
    expect(tagOf('权威')).toBeUndefined();
    expect(words.some((w) => /[a-z]/.test(w.word) || w.word.length < 2)).toBe(false);
    expect(new Set(words.map((w) => w.word)).size).toBe(words.length);
  });
});

describe('summary', () => {
  it('lists officials with their posts and date spans, and counts the rest', () => {
    const summary = summarizeEntities(entities);
    expect(summary).toContain('张广勇: 市委副书记 2020-04-10 (1); 市长 2021-08-10 (1)');
    expect(summary).toContain('乔晓峰: [市领导] 2020-04-10 (1)');
    expect(summary).toContain('权威: 市政府秘书长 2020-04-10 (1)');
    expect(summary).toMatch(/people 4 \(officials 3, reporters\/photographers 1\)/);
    expect(summary).toMatch(/topics: .*文明城市创建 1/);
    expect(summary).not.toContain('李雅萍:');
  });
});

describe('determinism', () => {
  it('builds the same entities from the same input', () => {
    const again = build([
      article('a1', '4月10日，会议召开。市委副书记张广勇，市领导乔晓峰出席。市政府秘书长权威等参加。', {
        reporters: ['李雅萍'],
      }),
      article('a2', '8月10日，市长张广勇作具体安排。要统筹推进“创城”工作。市乡村振兴局召开会议。', {
        edition: '2021-08-11-p1',
        date: '2021-08-10',
      }),
    ]);
    expect(JSON.stringify(again)).toBe(JSON.stringify(entities));
    expect(entities.map((e) => e.id)).toEqual([...new Set(entities.map((e) => e.id))]);
  });
});
