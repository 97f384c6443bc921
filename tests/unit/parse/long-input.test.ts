/**
 * Pages that grow the parser's work faster than their length: one paragraph of very many short lines, very
 * many headline + article blocks, long runs of headline-shaped lines, many unfinished articles and column
 * fragments. Generated at sizes where an all-pairs pass takes minutes; each must parse within a budget far
 * above what a near-linear pass needs on a loaded machine (the throughput itself is measured by the benchmark).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../core/parse/index';

/** Generous: the near-linear parser takes well under a tenth of this; the quadratic one took minutes. */
const BUDGET_MS = 15_000;

const phrase = fc.constantFrom(
  '会议',
  '全市',
  '工作',
  '吕梁',
  '推进',
  '群众',
  '项目',
  '发展',
  '乡村',
  '振兴',
);
const joiner = fc.constantFrom('，', '、', '；');

function parseTimed(text: string): { ms: number; articles: number } {
  const started = performance.now();
  const result = parsePage({ file: 'long.txt', date: '2021-08-11', page: 1, text });
  const ms = performance.now() - started;
  expect(result.ok).toBe(true);
  return { ms, articles: result.ok ? result.page.articles.length : 0 };
}

/** One dispatch whose lead paragraph wraps over `count` short lines. */
const shortLines = fc
  .record({
    count: fc.integer({ min: 60_000, max: 90_000 }),
    words: fc.array(phrase, { minLength: 1, maxLength: 2 }),
    end: joiner,
  })
  .map(({ count, words, end }) => {
    const line = words.join('');
    const lines = Array.from({ length: count }, (_, i) => `${line}${i % 100}${end}`);
    return `本报讯（记者 张倩） 5月9日，\n${lines.join('\n')}\n会议结束。\n`;
  });

/** Headline line + dispatch, many times over, the headlines sharing words with many bodies. */
const headlineBlocks = fc
  .record({ count: fc.integer({ min: 9_000, max: 12_000 }), word: phrase, shared: fc.boolean() })
  .map(({ count, word, shared }) =>
    Array.from({ length: count }, (_, i) => {
      const tag = shared ? i % 50 : i;
      return `${word}第${tag}号会议召开\n本报讯（记者 李勤） 5月9日，${word}第${tag}号会议在${i}号楼召开，研究部署工作${i}项。\n`;
    }).join(''),
  );

/** Very long runs of headline-shaped lines (no sentence punctuation) between articles. */
const headlineRuns = fc
  .record({
    runs: fc.integer({ min: 10, max: 20 }),
    length: fc.integer({ min: 1_000, max: 2_000 }),
    word: phrase,
  })
  .map(({ runs, length, word }) =>
    Array.from({ length: runs }, (_, r) => {
      const run = Array.from({ length }, (_, i) => `${word}标题${r}行${i}`).join('\n');
      return `${run}\n本报讯 5月9日，${word}第${r}次会议召开。\n`;
    }).join(''),
  );

/** Unfinished articles and one-line fragments, so every article looks for its continuation. */
const fragments = fc
  .integer({ min: 6_000, max: 9_000 })
  .map((count) =>
    Array.from(
      { length: count },
      (_, i) =>
        `本报讯（记者 王涛） 5月9日，会议在${i}号楼召开，研究部署\n工作${i}项\n 另起一段${i}。\n完成了。\n继续工作，好的。\n`,
    ).join(''),
  );

describe('parse time on long generated pages', () => {
  it.each([
    ['one paragraph of many short lines', shortLines],
    ['many headline + article blocks', headlineBlocks],
    ['long runs of headline lines', headlineRuns],
    ['many unfinished articles and fragments', fragments],
  ])('%s', (_name, pages) => {
    fc.assert(
      fc.property(pages, (text) => {
        expect(text.length).toBeLessThan(2 * 1024 * 1024);
        const { ms, articles } = parseTimed(text);
        expect(articles).toBeGreaterThan(0);
        expect(ms).toBeLessThan(BUDGET_MS);
      }),
      { numRuns: 2 },
    );
  });
});
