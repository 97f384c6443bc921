/**
 * Bad input never stops the build: each problem is reported with the file and the reason, the other pages
 * still parse.
 */
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../core/archive';
import {
  checkPageSize,
  decodePageBytes,
  MAX_PAGE_BYTES,
  parseManifest,
  parseManifestText,
  validatePageText,
  type PageInput,
} from '../../../core/parse/index';
import { seedPage } from './helpers';

const utf8 = (text: string) => new TextEncoder().encode(text);
const GOOD_TEXT = '本报讯（记者 张三） 5月 9日，市委召开会议。';

describe('decodePageBytes', () => {
  it('decodes a good UTF-8 page (dropping a byte-order mark)', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(GOOD_TEXT)]);
    expect(decodePageBytes('good.txt', bytes)).toEqual({ ok: true, text: GOOD_TEXT });
  });

  it.each([
    ['empty', new Uint8Array(0), 'empty', 'empty'],
    ['binary with NUL bytes', new Uint8Array([0x41, 0x00, 0x42, 0x43]), 'binary', 'NUL'],
    ['a PNG image', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'binary', 'PNG'],
    ['a PDF', utf8('%PDF-1.7 本报讯'), 'binary', 'PDF'],
    // 本报讯（ in GBK: not valid UTF-8.
    ['GBK-encoded', new Uint8Array([0xb1, 0xbe, 0xb1, 0xa8, 0xd1, 0xb6, 0xa3, 0xa8]), 'encoding', 'UTF-8'],
    ['UTF-16', new Uint8Array([0xff, 0xfe, 0x2c, 0x67]), 'encoding', 'UTF-16'],
    [
      'an HTML page',
      utf8('<!DOCTYPE html><html><body><p>本报讯（记者 张三）</p></body></html>'),
      'html',
      'HTML',
    ],
    [
      'text without article markers',
      utf8('这是一段普通文字，没有任何报纸标记。\n第二行。'),
      'no-markers',
      'no article markers',
    ],
    ['text without Chinese', utf8('just some English text\nand more'), 'no-markers', 'no Chinese'],
  ])('refuses %s with a clear reason', (_, bytes, code, reason) => {
    const result = decodePageBytes('page.txt', bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.file).toBe('page.txt');
    expect(result.error.message.startsWith('page.txt: ')).toBe(true);
    expect(result.error.message).toContain(reason);
  });

  it('refuses a file above the size limit by its size alone', () => {
    expect(checkPageSize('big.txt', 50 * 1024 * 1024)?.message).toBe(
      'big.txt: the file is 50.0 MB; the limit is 5 MB',
    );
    expect(checkPageSize('ok.txt', MAX_PAGE_BYTES)).toBeNull();
    const result = decodePageBytes('big.txt', new Uint8Array(MAX_PAGE_BYTES + 1));
    expect(result.ok ? null : result.error.code).toBe('too-large');
  });
});

describe('validatePageText', () => {
  it('accepts a real page', () => {
    expect(validatePageText('001.txt', seedPage('001').text)).toBeNull();
  });

  it.each([
    ['   \n\n  ', 'empty'],
    ['本报讯 \u0000\u0001\u0002', 'binary'],
    ['本报讯（记者 \ufffd\ufffd） 5月9日，', 'encoding'],
    ['<html><head><title>吕梁日报</title></head><body>本报讯</body></html>', 'html'],
    ['市委召开会议，研究工作。', 'no-markers'],
  ])('refuses %j', (text, code) => {
    expect(validatePageText('page.txt', text)?.code).toBe(code);
  });
});

describe('manifest entries', () => {
  it('reports each malformed entry and keeps the good ones', () => {
    const { entries, errors } = parseManifest({
      editions: [
        { file: 'a.txt', date: '2020-04-11', page: 1 },
        { file: 'b.txt', date: '2020-02-30', page: 1 },
        { file: 'c.txt', date: '2020-04-11' },
        { date: '2020-04-11', page: 1 },
        { file: '../secret.txt', date: '2020-04-11', page: 1 },
        { file: 'd.txt', date: '11/04/2020', page: 1 },
        { file: 'e.txt', date: '2020-04-11', page: 0 },
        'f.txt',
      ],
    });
    expect(entries).toEqual([{ file: 'a.txt', date: '2020-04-11', page: 1 }]);
    expect(errors.map((error) => error.message)).toEqual([
      'b.txt: "date" is "2020-02-30"; expected a real date as YYYY-MM-DD',
      'c.txt: "page" is missing; expected a page number from 1 to 999',
      'manifest entry 4: "file" is missing; expected a file name in the folder',
      'manifest entry 5: "file" is "../secret.txt"; expected a file name in the folder',
      'd.txt: "date" is "11/04/2020"; expected a real date as YYYY-MM-DD',
      'e.txt: "page" is number 0; expected a page number from 1 to 999',
      'manifest entry 8: entry is "f.txt", not an object',
    ]);
  });

  it('reports a manifest that is not JSON or has no editions', () => {
    expect(parseManifestText('{ not json').errors[0]?.message).toMatch(/^manifest\.json: not valid JSON/u);
    expect(parseManifest([1, 2]).errors[0]?.message).toBe(
      'manifest.json: expected an object with an "editions" array',
    );
  });
});

describe('buildArchive with bad pages', () => {
  const good = seedPage('004');
  const built = () =>
    buildArchive([
      { file: 'empty.txt', date: '2020-04-11', page: 1, text: '' },
      good,
      { file: 'html.txt', date: '2020-04-12', page: 1, text: '<html><body>本报讯</body></html>' },
      { file: 'bad-date.txt', date: '2020-13-01', page: 1, text: GOOD_TEXT },
      { file: 'no-text.txt', date: '2020-04-13', page: 1 } as unknown as PageInput,
      { ...good, file: 'copy.txt' },
    ]);

  it('still parses the good page', () => {
    expect(built().archive.editions.map((edition) => edition.file)).toEqual([good.file]);
    expect(built().archive.articles).toHaveLength(6);
  });

  it('reports every failed page with its file and reason', () => {
    const failures = built()
      .report.pages.filter((page) => page.error !== null)
      .map((page) => [page.file, page.error?.code]);
    expect(failures).toEqual([
      ['empty.txt', 'empty'],
      ['html.txt', 'html'],
      ['bad-date.txt', 'bad-entry'],
      ['no-text.txt', 'bad-entry'],
      ['copy.txt', 'duplicate-edition'],
    ]);
    expect(built().report.failed).toBe(5);
    const duplicate = built().report.pages.find((page) => page.file === 'copy.txt');
    expect(duplicate?.error?.message).toBe(`copy.txt: same date and page as ${good.file} (2022-03-26-p1)`);
  });
});
