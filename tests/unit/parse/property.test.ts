/**
 * Property tests: whatever the text, the parser answers with an archive or a reported error, and what it
 * returns keeps the archive's invariants.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../core/archive';
import {
  decodePageBytes,
  normalizeBodyText,
  parseIsoDate,
  parsePage,
  resolveDatelineDate,
  type PageInput,
} from '../../../core/parse/index';
import { seedPages } from './helpers';

const KINDS = new Set(['news', 'feature', 'commentary', 'photo']);
const DAY = 24 * 60 * 60 * 1000;

function checkInvariants(input: PageInput): void {
  const result = parsePage(input);
  if (!result.ok) {
    expect(result.report.error?.message.startsWith(`${input.file}: `)).toBe(true);
    return;
  }
  const { edition, articles, report } = result.page;
  expect(edition.id).toBe(`${input.date}-p${input.page}`);
  expect(new Set(articles.map((article) => article.id)).size).toBe(articles.length);
  expect(report.articles).toHaveLength(articles.length);
  const editionTime = Date.parse(input.date);
  for (const article of articles) {
    expect(article.edition).toBe(edition.id);
    expect(KINDS.has(article.kind)).toBe(true);
    expect(article.title.trim()).not.toBe('');
    expect(article.body).not.toMatch(/（下转\d+版）/u);
    if (article.headline !== null) expect(article.title).toBe(article.headline);
    if (article.date !== null) {
      const time = Date.parse(article.date);
      expect(parseIsoDate(article.date)).not.toBeNull();
      expect(time).toBeLessThanOrEqual(editionTime);
      expect(editionTime - time).toBeLessThan(366 * DAY);
    }
  }
}

const seedLines = seedPages().flatMap((page) => page.text.split('\n'));

/** Pages made of random seed lines, with random blank lines and indentation. */
const seedLineMixture = fc
  .array(
    fc
      .tuple(fc.constantFrom(...seedLines), fc.boolean(), fc.boolean())
      .map(([line, blank, indent]) => `${indent ? ' ' : ''}${line}${blank ? '\n' : ''}`),
    { minLength: 1, maxLength: 120 },
  )
  .map((lines) => lines.join('\n'));

/** Text of newspaper-ish characters: markers, punctuation, digits, spaces and line breaks. */
const newspaperish = fc
  .array(
    fc.constantFrom(
      '本报讯',
      '（记者 张三）',
      '新华社北京 4月 10日电 ',
      '□ 本报记者 李四',
      '□ 本报评论员',
      '记者 王五 摄',
      '图为',
      '（下转4版）',
      '5月 9日，',
      '7月 26—29日',
      '市委召开会议',
      '，',
      '。',
      '、',
      '“',
      '”',
      ' ',
      '\n',
      '\n\n',
      '风\n光\n旖\n旎\n',
      '全力创建文明城市全力创建文明城市',
      '——',
      '(',
      ')',
      ',',
      '19.2%',
      'ECO',
      '吕梁',
    ),
    { maxLength: 200 },
  )
  .map((parts) => parts.join(''));

const editionDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe('parser properties', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), editionDate, (text, date) => {
        checkInvariants({ file: 'random.txt', date, page: 1, text });
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on newspaper-like text', () => {
    fc.assert(
      fc.property(newspaperish, editionDate, (text, date) => {
        checkInvariants({ file: 'paper.txt', date, page: 3, text });
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random mixtures of seed lines', () => {
    fc.assert(
      fc.property(seedLineMixture, editionDate, (text, date) => {
        checkInvariants({ file: 'mixture.txt', date, page: 2, text });
      }),
      { numRuns: 150 },
    );
  });

  it('builds an archive from any list of page inputs without throwing', () => {
    const anything = fc.record(
      {
        file: fc.oneof(fc.string({ maxLength: 12 }), fc.constant('a.txt')),
        date: fc.oneof(editionDate, fc.string({ maxLength: 12 })),
        page: fc.oneof(fc.integer({ min: -2, max: 3 }), fc.double()),
        text: fc.oneof(newspaperish, fc.string({ maxLength: 50 })),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(anything, { maxLength: 6 }), (pages) => {
        const { archive, report } = buildArchive(pages as PageInput[]);
        expect(report.pages).toHaveLength(pages.length);
        expect(report.failed + archive.editions.length).toBe(pages.length);
        for (const page of report.pages) if (page.error !== null) expect(page.error.message).not.toBe('');
      }),
      { numRuns: 80 },
    );
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const result = decodePageBytes('bytes.txt', bytes);
        if (!result.ok) expect(result.error.message.startsWith('bytes.txt: ')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('normalisation properties', () => {
  const chineseText = fc
    .array(
      fc.constantFrom(
        '吕',
        '梁',
        '市',
        ' ',
        '  ',
        '，',
        ',',
        '(',
        ')',
        '5',
        '月',
        '9',
        '日',
        'a',
        'b',
        '.',
        '%',
        '\u3000',
      ),
      {
        maxLength: 40,
      },
    )
    .map((parts) => parts.join(''));

  it('is idempotent', () => {
    fc.assert(
      fc.property(chineseText, (text) => {
        const once = normalizeBodyText(text);
        expect(normalizeBodyText(once)).toBe(once);
      }),
    );
  });

  it('leaves no space next to a Chinese character and no half-width comma after one', () => {
    fc.assert(
      fc.property(chineseText, (text) => {
        const result = normalizeBodyText(text);
        expect(result).not.toMatch(/\p{Script=Han}\s|\s\p{Script=Han}/u);
        expect(result).not.toMatch(/\p{Script=Han},|,\p{Script=Han}/u);
      }),
    );
  });
});

describe('dateline properties', () => {
  it('puts every dateline on or before the edition date, within a year', () => {
    fc.assert(
      fc.property(
        editionDate,
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (date, month, day) => {
          const resolved = resolveDatelineDate({ month, day }, date);
          if (resolved === null) return;
          const gap = Date.parse(date) - Date.parse(resolved);
          expect(gap).toBeGreaterThanOrEqual(0);
          expect(gap).toBeLessThan(366 * DAY);
          expect(resolved.slice(5)).toBe(`${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
        },
      ),
    );
  });
});
