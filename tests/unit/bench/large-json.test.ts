import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLargeJson, writeLargeJson } from '../../../scripts/lib/large-json';

const dir = mkdtempSync(join(tmpdir(), 'large-json-'));

const value = {
  version: 'bench-1',
  articles: [
    { id: 'a1', body: '第一行\n第二行，"引号"，\\ 反斜杠', tags: [] },
    { id: 'a2', body: '吕梁', nested: { list: [1, 2, [3]] } },
  ],
  empty: [],
  stats: { count: 2, names: ['x', 'y'] },
  entities: [['term', { 1: { 7: 2 } }]],
};

describe('JSON written a line per array element', () => {
  it('reads back what it wrote, and the file is JSON any parser reads', () => {
    const file = join(dir, 'round-trip.json');
    writeLargeJson(file, value);
    expect(readLargeJson(file)).toEqual(value);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(value);
    // one element to a line: each article can be read without the others
    expect(readFileSync(file, 'utf8').split('\n')).toContain(`${JSON.stringify(value.articles[1])}`);
  });

  it('says how many newlines it added, so the size of JSON.stringify can be reported', () => {
    const file = join(dir, 'size.json');
    const newlines = writeLargeJson(file, value);
    expect(statSync(file).size - newlines).toBe(Buffer.byteLength(JSON.stringify(value)));
  });

  it('reads a file JSON.stringify wrote on one line', () => {
    const file = join(dir, 'one-line.json');
    writeFileSync(file, JSON.stringify(value));
    expect(readLargeJson(file)).toEqual(value);
  });

  it('reads lines that cross its read buffer (16 MiB)', () => {
    const file = join(dir, 'long.json');
    const long = { articles: [{ body: '吕'.repeat(7_000_000) }, { body: 'x' }] };
    writeLargeJson(file, long);
    expect(readLargeJson(file)).toEqual(long);
  });
});
