/**
 * The archive CLI on a folder of good and bad pages, built in a temporary folder (the 50 MB page is a sparse
 * file, never committed).
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadPages, main, parseArguments } from '../../../scripts/archive';
import { SEEDS } from './helpers';

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'archive-cli-'));
  copyFileSync(join(SEEDS, '001_86a28d471024988d.txt'), join(dir, 'good.txt'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0x02]));
  writeFileSync(join(dir, 'gbk.txt'), Buffer.from([0xb1, 0xbe, 0xb1, 0xa8, 0xd1, 0xb6, 0x0a]));
  writeFileSync(join(dir, 'page.html'), '<!DOCTYPE html><html><body><p>吕梁日报</p></body></html>');
  writeFileSync(join(dir, 'plain.txt'), '市委召开会议，研究部署工作。\n');
  writeFileSync(join(dir, 'huge.txt'), '');
  truncateSync(join(dir, 'huge.txt'), 50 * 1024 * 1024);
  const editions = [
    { file: 'good.txt', date: '2020-04-11', page: 1 },
    { file: 'empty.txt', date: '2020-04-12', page: 1 },
    { file: 'binary.txt', date: '2020-04-13', page: 1 },
    { file: 'gbk.txt', date: '2020-04-14', page: 1 },
    { file: 'page.html', date: '2020-04-15', page: 1 },
    { file: 'plain.txt', date: '2020-04-16', page: 1 },
    { file: 'huge.txt', date: '2020-04-17', page: 1 },
    { file: 'missing.txt', date: '2020-04-18', page: 1 },
    { file: 'good.txt', date: 'yesterday', page: 1 },
    { file: 'good.txt', page: 2 },
  ];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ editions }));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await main(argv);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('loadPages', () => {
  it('gives each page a clear error, in manifest order, after the malformed entries', async () => {
    const { pages, manifestError } = await loadPages(dir);
    expect(manifestError).toBeNull();
    const outcomes = pages.map((page) => (page.ok ? `ok ${page.input.file}` : page.error.message));
    expect(outcomes).toEqual([
      'good.txt: "date" is "yesterday"; expected a real date as YYYY-MM-DD',
      'good.txt: "date" is missing; expected a real date as YYYY-MM-DD',
      'ok good.txt',
      'empty.txt: the file is empty',
      'binary.txt: the file is binary data (NUL bytes), not text',
      'gbk.txt: the file is not valid UTF-8 (GBK or GB18030 perhaps); convert it to UTF-8',
      'page.html: the file is an HTML page, not text extracted from a printed page',
      'plain.txt: no article markers found (本报讯, 新华社…电, □ 本报记者, 本报评论员 or a photo credit 记者 … 摄)',
      'huge.txt: the file is 50.0 MB; the limit is 5 MB',
      `missing.txt: file not found (${join(dir, 'missing.txt')})`,
    ]);
  });

  it('refuses the 50 MB page quickly, without reading it', async () => {
    const started = performance.now();
    await loadPages(dir);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('archive CLI', () => {
  it('prints a summary, lists the failures and exits non-zero', async () => {
    const { code, stdout } = await run([dir]);
    expect(code).toBe(1);
    expect(stdout).toContain('10 pages (9 failed), 6 articles');
    expect(stdout).toContain('■ good.txt (2020-04-11-p1): 6 articles');
    expect(stdout).toContain('✗ gbk.txt');
    expect(stdout).toContain('我市34名支援湖北医疗队员结束休养');
  });

  it('writes the archive JSON with --out', async () => {
    const out = join(dir, 'out', 'archive.json');
    const { code, stderr } = await run(['--out', out, dir]);
    expect(code).toBe(1);
    expect(stderr).toContain('wrote 6 articles from 1 pages');
    expect(stderr).toContain('archive: ✗ huge.txt: the file is 50.0 MB');
    const archive = JSON.parse(readFileSync(out, 'utf8')) as { schemaVersion: number; articles: unknown[] };
    expect(archive.schemaVersion).toBe(1);
    expect(archive.articles).toHaveLength(6);
  });

  it('fails with a clear message when the output folder cannot be created', async () => {
    const underProc = await run(['--out', '/proc/nope/x.json', SEEDS]);
    expect(underProc.code).toBe(1);
    expect(underProc.stderr).toContain(
      'archive: cannot write /proc/nope/x.json: cannot create folder /proc/nope',
    );
    const file = join(dir, 'good.txt');
    const underFile = await run(['--out', join(file, 'x.json'), SEEDS]);
    expect(underFile.code).toBe(1);
    expect(underFile.stderr).toContain(`${file} is not a folder`);
  });

  it('exits 0 on the seed pages', async () => {
    const { code, stdout } = await run([SEEDS]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^5 pages \(0 failed\), 29 articles/u);
  });

  it('reports a missing or broken manifest', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'archive-cli-empty-'));
    try {
      expect((await run([empty])).code).toBe(1);
      expect((await run([empty])).stderr).toContain('manifest.json: not found');
      writeFileSync(join(empty, 'manifest.json'), '{ "editions": [');
      expect((await run([empty])).stderr).toMatch(/manifest\.json: not valid JSON/u);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('rejects bad arguments', async () => {
    expect(parseArguments(['--out'])).toEqual({ error: '--out needs a file name' });
    expect(parseArguments(['--bogus'])).toEqual({ error: 'unknown option --bogus' });
    expect(parseArguments(['a', 'b'])).toEqual({ error: 'unexpected argument b' });
    expect(parseArguments([])).toEqual({ dir: 'seeds', out: null });
    expect((await run(['--bogus'])).code).toBe(2);
  });
});
