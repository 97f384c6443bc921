import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  dateFromFileName,
  decodeImportFile,
  pageFromFileName,
  prepareImport,
  previewPage,
  refuseBySize,
  type PickedFile,
} from '@/core/import';
import { decodePageBytes, MAX_PAGE_BYTES, parsePage } from '@/core/parse';

const SEED = 'seeds/003_db375bca74bf85d3.txt';
const seedBytes = new Uint8Array(readFileSync(SEED));
const seedText = new TextDecoder().decode(seedBytes);
const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/import/${name}`));
const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => utf16le(text).map((_, i, all) => all[i % 2 === 0 ? i + 1 : i - 1]!);
const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

describe('decodeImportFile: encodings readers save Chinese text in', () => {
  it('reads UTF-8, and UTF-8 with a BOM as the same text', () => {
    const plain = decodeImportFile('a.txt', seedBytes);
    const bom = decodeImportFile('a.txt', concat(new Uint8Array([0xef, 0xbb, 0xbf]), seedBytes));
    expect(plain).toEqual({ ok: true, text: seedText, encoding: 'utf-8' });
    expect(bom).toEqual(plain);
  });

  it('detects GB18030/GBK and decodes it to the same text as the UTF-8 original', () => {
    // 20230326.txt is seed lines 258–749 and 753–754 of 004, saved as GB18030 (iconv -t gb18030).
    const original = readFileSync('seeds/004_27d3af81a534c271.txt', 'utf8').split('\n');
    const expected = [...original.slice(257, 749), ...original.slice(752, 754)].join('\n') + '\n';
    const decoded = decodeImportFile('20230326.txt', fixture('20230326.txt'));
    expect(decoded).toEqual({ ok: true, text: expected, encoding: 'gb18030' });
    // The CLI refuses the same bytes: the import is where GBK files are read.
    expect(decodePageBytes('20230326.txt', fixture('20230326.txt'))).toMatchObject({
      ok: false,
      error: { code: 'encoding' },
    });
  });

  it('reads UTF-16 with either byte-order mark, and little- or big-endian UTF-16 without one', () => {
    const cases: Array<[Uint8Array, string]> = [
      [concat(new Uint8Array([0xff, 0xfe]), utf16le(seedText)), 'utf-16le'],
      [concat(new Uint8Array([0xfe, 0xff]), utf16be(seedText)), 'utf-16be'],
      [utf16le(seedText), 'utf-16le'],
      [utf16be(seedText), 'utf-16be'],
    ];
    for (const [bytes, encoding] of cases) {
      expect(decodeImportFile('u.txt', bytes)).toEqual({ ok: true, text: seedText, encoding });
    }
  });

  it('gives binary, HTML, empty and marker-less files the CLI’s own errors', () => {
    const png = concat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), seedBytes);
    const zip = concat(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), seedBytes);
    const noisy = new Uint8Array(4000).map((_, i) => (i * 7919) % 256); // zeros on both sides
    const html = utf8(`<!doctype html><html><body><p>${seedText}</p></body></html>`);
    const markerless = utf8('吕梁市今天天气晴朗，气温适宜。\n市民纷纷外出踏青。\n');
    const cases: Array<[string, Uint8Array, string]> = [
      ['photo.png', png, 'binary'],
      ['pages.docx', zip, 'binary'],
      ['noise.bin', noisy, 'binary'],
      ['page.html', html, 'html'],
      ['blank.txt', new Uint8Array(0), 'empty'],
      ['spaces.txt', utf8(' \n\t\n'), 'empty'],
      ['notes.txt', markerless, 'no-markers'],
    ];
    for (const [name, bytes, code] of cases) {
      const decoded = decodeImportFile(name, bytes);
      expect(decoded, name).toEqual({ ok: false, error: expect.objectContaining({ code, file: name }) });
      expect(decoded, name).toEqual(decodePageBytes(name, bytes));
      if (!decoded.ok) expect(decoded.error.message.startsWith(`${name}: `)).toBe(true);
    }
  });

  it('refuses a GBK-encoded HTML page or marker-less text like their UTF-8 versions', () => {
    // GB18030 bytes of 网页 inside HTML: decoded first, then refused for what it is.
    const gbkHtml = concat(
      utf8('<html><head></head><body>'),
      new Uint8Array([0xcd, 0xf8, 0xd2, 0xb3]),
      utf8('</body></html>'),
    );
    expect(decodeImportFile('p.htm', gbkHtml)).toMatchObject({ ok: false, error: { code: 'html' } });
  });

  it('refuses an oversized file by its size alone, and by its bytes', () => {
    expect(refuseBySize('papers/huge.txt', MAX_PAGE_BYTES + 1)).toMatchObject({
      code: 'too-large',
      file: 'huge.txt',
    });
    expect(refuseBySize('papers/page.txt', 20_000)).toBeNull();
    const big = new Uint8Array(MAX_PAGE_BYTES + 1).fill(0x41);
    expect(decodeImportFile('big.txt', big)).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('names bytes that are neither UTF-8, GB18030 nor UTF-16 as an encoding problem', () => {
    const broken = concat(
      utf8('本报讯（记者 李雅萍）'),
      new Uint8Array([0xff, 0x80, 0xff]),
      utf8('会议召开。'),
    );
    const decoded = decodeImportFile('broken.txt', broken);
    expect(decoded).toMatchObject({ ok: false, error: { code: 'encoding', file: 'broken.txt' } });
    if (!decoded.ok) expect(decoded.error.message).toMatch(/UTF-8.*GB18030.*UTF-16/u);
  });
});

describe('dates and page numbers from file names', () => {
  it('reads separated and compact dates, and refuses impossible ones', () => {
    expect(dateFromFileName('2021-08-11.txt')).toBe('2021-08-11');
    expect(dateFromFileName('lvliang_2021_8_9_p1.txt')).toBe('2021-08-09');
    expect(dateFromFileName('scans/吕梁日报20210811.txt')).toBe('2021-08-11');
    expect(dateFromFileName('2021.02.30.txt')).toBeNull();
    expect(dateFromFileName('20211399.txt')).toBeNull();
    expect(dateFromFileName('003_db375bca74bf85d3.txt')).toBeNull();
  });

  it('reads the page number, never the date’s digits', () => {
    expect(pageFromFileName('2021-08-11_p2.txt')).toBe(2);
    expect(pageFromFileName('20210811第3版.txt')).toBe(3);
    expect(pageFromFileName('20210811-04版.txt')).toBe(4);
    expect(pageFromFileName('20210811.txt')).toBeNull();
    expect(pageFromFileName('003_db375bca74bf85d3.txt')).toBeNull();
  });
});

describe('prepareImport: the files a reader picks', () => {
  const manifest = (editions: unknown[]) => utf8(JSON.stringify({ editions }));

  it('dates pages from a manifest beside them, else their name, else the form', () => {
    const files: PickedFile[] = [
      { path: 'papers/manifest.json', bytes: manifest([{ file: 'front.txt', date: '2020-05-10', page: 2 }]) },
      { path: 'papers/front.txt', bytes: seedBytes },
      { path: 'papers/2023-08-11.txt', bytes: fixture('2023-08-11.txt') },
      { path: 'papers/undated.txt', bytes: seedBytes },
      // A manifest in another folder does not date this one's files.
      { path: 'other/front.txt', bytes: fixture('20230326.txt') },
    ];
    const withoutForm = prepareImport(files);
    expect(withoutForm.errors).toEqual([]);
    expect(withoutForm.pages.map((p) => [p.path, p.date, p.dateSource, p.page])).toEqual([
      ['papers/front.txt', '2020-05-10', 'manifest', 2],
      ['papers/2023-08-11.txt', '2023-08-11', 'file-name', 1],
      ['papers/undated.txt', null, null, 1],
      ['other/front.txt', null, null, 1],
    ]);
    const withForm = prepareImport(files.slice(0, 4), '2024-01-02');
    expect(withForm.pages.map((p) => [p.fileName, p.date, p.dateSource])).toEqual([
      ['front.txt', '2020-05-10', 'manifest'],
      ['2023-08-11.txt', '2023-08-11', 'file-name'],
      ['undated.txt', '2024-01-02', 'form'],
    ]);
  });

  it('reports every bad file and manifest entry by name, and still prepares the good files', () => {
    const files: PickedFile[] = [
      {
        path: 'd/manifest.json',
        bytes: manifest([
          { file: '2023-08-11.txt', date: '2023-08-11', page: 1 },
          { file: 'x.txt', date: '2023-02-30', page: 1 },
        ]),
      },
      { path: 'd/2023-08-11.txt', bytes: fixture('2023-08-11.txt') },
      { path: 'd/scan.pdf', bytes: concat(utf8('%PDF-1.7\n'), seedBytes) },
      { path: 'd/page.html', bytes: utf8('<!DOCTYPE html><html><body>本报讯</body></html>') },
      { path: 'd/empty.txt', bytes: new Uint8Array(0) },
      { path: 'd/20230326.txt', bytes: fixture('20230326.txt') },
      { path: 'd/.DS_Store', bytes: new Uint8Array([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]) },
    ];
    const prepared = prepareImport(files);
    expect(prepared.pages.map((p) => [p.fileName, p.date, p.encoding])).toEqual([
      ['2023-08-11.txt', '2023-08-11', 'utf-8'],
      ['20230326.txt', '2023-03-26', 'gb18030'],
    ]);
    expect(prepared.errors.map((e) => [e.file, e.code])).toEqual([
      ['x.txt', 'bad-entry'],
      ['scan.pdf', 'binary'],
      ['page.html', 'html'],
      ['empty.txt', 'empty'],
    ]);
  });

  it('refuses a second file for the same date and page, naming the first', () => {
    const prepared = prepareImport([
      { path: '2023-08-11.txt', bytes: fixture('2023-08-11.txt') },
      { path: 'copy-20230811.txt', bytes: seedBytes },
    ]);
    expect(prepared.pages.map((p) => p.fileName)).toEqual(['2023-08-11.txt']);
    expect(prepared.errors).toEqual([
      expect.objectContaining({ file: 'copy-20230811.txt', code: 'duplicate-edition' }),
    ]);
    expect(prepared.errors[0]!.message).toContain('2023-08-11.txt');
  });

  it('reports a manifest that is not JSON', () => {
    const prepared = prepareImport([
      { path: 'manifest.json', bytes: utf8('{ editions: ') },
      { path: '2023-08-11.txt', bytes: fixture('2023-08-11.txt') },
    ]);
    expect(prepared.errors).toEqual([expect.objectContaining({ file: 'manifest.json', code: 'bad-entry' })]);
    expect(prepared.pages).toHaveLength(1);
  });
});

describe('previewPage', () => {
  it('lists what the archive parser finds: headline, kind, dateline date, bylines', () => {
    const input = { fileName: '003.txt', date: '2021-08-11', page: 1, text: seedText };
    const preview = previewPage(input);
    const parsed = parsePage({ file: '003.txt', date: '2021-08-11', page: 1, text: seedText });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(preview.error).toBeNull();
    expect(preview.articles.map((a) => [a.id, a.title, a.kind, a.date, a.reporters])).toEqual(
      parsed.page.articles.map((a) => [a.id, a.title, a.kind, a.date, a.reporters]),
    );
    expect(preview.articles[0]).toMatchObject({ kind: 'news', date: '2021-08-10', reporters: ['李雅萍'] });
    expect(preview.articles.map((a) => a.kind)).toContain('commentary');
    expect(preview.warnings).toEqual(parsed.page.report.warnings);
  });

  it('dates datelines in the year of the page it is given', () => {
    const preview = previewPage({
      fileName: '20230326.txt',
      date: '2023-03-26',
      page: 1,
      text: new TextDecoder('gb18030').decode(fixture('20230326.txt')),
    });
    expect(preview.articles.map((a) => a.date)).toEqual(['2023-03-25', '2023-03-25', '2023-03-24']);
    expect(preview.articles[0]!.title).toContain('孙大军');
  });

  it('carries the parser’s refusal of a page', () => {
    const preview = previewPage({ fileName: 'n.txt', date: '2023-01-01', page: 1, text: '没有标记的文字。' });
    expect(preview.articles).toEqual([]);
    expect(preview.error).toMatchObject({ code: 'no-markers', file: 'n.txt' });
  });
});
