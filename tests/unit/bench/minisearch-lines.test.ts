import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { miniSearchLines, miniSearchOptions } from '../../../scripts/lib/bench-cache';
import { readLargeJson, writeLargeJson } from '../../../scripts/lib/large-json';

describe("MiniSearch's index written a term to a line", () => {
  it('is what toJSON returns, and loads back into an engine that answers the same', () => {
    const mini = new MiniSearch(miniSearchOptions((text) => text.split(' ')));
    mini.addAll([
      { id: 'a', title: '吕梁 日报', body: '离石区 文明城市 创建' },
      { id: 'b', title: '柳林县', body: '乡村 振兴 离石区 煤矿 煤矿' },
    ]);
    mini.discard('a');
    mini.add({ id: 'c', title: '孝义', body: '安全 生产' });
    const file = join(mkdtempSync(join(tmpdir(), 'minisearch-lines-')), 'index.json');
    const newlines = writeLargeJson(file, miniSearchLines(mini));
    const written = JSON.stringify(mini);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(JSON.parse(written));
    expect(readFileSync(file).length - newlines).toBe(Buffer.byteLength(written));
    const loaded = MiniSearch.loadJS(
      readLargeJson(file) as never,
      miniSearchOptions((t) => t.split(' ')),
    );
    expect(loaded.search('离石区').map((r) => r.id)).toEqual(mini.search('离石区').map((r) => r.id));
  });
});
