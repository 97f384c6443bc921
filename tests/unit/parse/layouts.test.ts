/**
 * The parser on front pages it has never seen: the seed articles laid out afresh (tests/unit/parse/layouts.ts)
 * in 240 seeded layouts — column widths 11–20, headlines above, below or in blocks at the top or bottom,
 * vertical and letter-spaced headlines, bylines in the marker, at the end or on their own line, captions with
 * and without role words, jumps, slogans, half-width punctuation, openings without a dateline.
 */
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../core/parse/index';
import { generateLayout, scoreLayout, sourceArticles, type LayoutScore } from './layouts';

const LAYOUTS = 240;
const layouts = Array.from({ length: LAYOUTS }, (_, i) => generateLayout(i + 1));
const scores: LayoutScore[] = layouts.map((layout) => {
  const result = parsePage(layout.input);
  if (!result.ok) throw new Error(`layout ${layout.seed}: ${result.report.error?.message ?? 'failed'}`);
  return scoreLayout(layout, result.page.articles);
});

function total(key: keyof Omit<LayoutScore, 'failures'>): number {
  return scores.reduce((sum, score) => sum + score[key], 0);
}

function failuresOf(kind: string): string[] {
  return scores.flatMap((score) => score.failures.filter((failure) => failure.includes(kind)));
}

describe('the layout generator', () => {
  it('cuts every expected body from a seed article, inventing nothing', () => {
    const seedParagraphs = new Set(sourceArticles().flatMap((source) => source.paragraphs));
    for (const layout of layouts) {
      for (const want of layout.expected) {
        const paragraphs = want.body.split('\n');
        paragraphs.forEach((paragraph, i) => {
          const whole = seedParagraphs.has(paragraph);
          // Only a jump cuts its last paragraph short.
          const cut = i === paragraphs.length - 1 && want.continued !== null;
          expect(whole || (cut && [...seedParagraphs].some((seed) => seed.startsWith(paragraph)))).toBe(true);
        });
      }
    }
  });

  it('varies what the parser has to cope with', () => {
    const texts = layouts.map((layout) => layout.input.text);
    expect(new Set(layouts.map((layout) => /column (\d+)/u.exec(layout.description)?.[1])).size).toBe(10);
    for (const placement of ['above', 'below', 'top', 'bottom']) {
      expect(layouts.some((layout) => layout.description.includes(`headlines ${placement}`))).toBe(true);
    }
    expect(texts.some((text) => /\n[（(][\p{Script=Han} ]+[）)]\n/u.test(text))).toBe(true);
    expect(texts.some((text) => /。 \p{Script=Han}{2,3} 摄\n/u.test(text))).toBe(true);
    expect(texts.some((text) => text.includes('（下转'))).toBe(true);
    expect(texts.some((text) => /\n风\n光\n旖\n旎\n/u.test(text))).toBe(true);
    expect(texts.some((text) => /\n(\p{Script=Han} ){5}/u.test(text))).toBe(true);
    expect(texts.some((text) => /\p{Script=Han},\p{Script=Han}/u.test(text))).toBe(true);
    expect(layouts.reduce((sum, layout) => sum + layout.expected.length, 0)).toBeGreaterThan(1000);
  });
});

describe(`parsing ${LAYOUTS} generated layouts`, () => {
  it('gives every article its date and kind exactly', () => {
    expect(failuresOf(' date ')).toEqual([]);
    expect(failuresOf(' kind ')).toEqual([]);
    expect(failuresOf(' continued ')).toEqual([]);
  });

  it('keeps every article whole: no merges, no fragments, nothing extra', () => {
    expect(failuresOf(' merged ')).toEqual([]);
    expect(failuresOf(' not whole')).toEqual([]);
    expect(total('extra')).toBe(0);
  });

  it('breaks paragraphs where the page does (bound: see the closing figures)', () => {
    // Not exact: a paragraph that ends on a full line before another whose first-line indent is only a
    // narrower line can read either way. The bound stops the figure from getting worse.
    expect(total('breaks')).toBeGreaterThan(3000);
    expect(total('breaksWrong') / total('breaks')).toBeLessThanOrEqual(0.02);
  });

  it('gives every article its headline and byline exactly', () => {
    expect(failuresOf(' headline ')).toEqual([]);
    expect(failuresOf(' reporters ')).toEqual([]);
    expect(failuresOf(' photographers ')).toEqual([]);
  });

  it('leaves no headline, caption or slogan line in a body', () => {
    expect(failuresOf('" in the body of ')).toEqual([]);
  });
});
