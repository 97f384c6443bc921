/**
 * The sample gold queries over the archive built from seeds/ by the parser: each expected article must rank
 * within the given depth, with jieba and on the quick path alike. Gold articles are matched to parsed ones by
 * their snippet, compared as the gold file prescribes (no whitespace, half-width punctuation made full-width).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMemoryReader, createSearchEngine } from '@/core/search';
import { seedSearch } from '@/scripts/lib/seed-search';

interface Gold {
  articles: { id: string; file: string; snippet: string }[];
  queries: { q: string; expect: string[]; within: number }[];
}

const gold = JSON.parse(readFileSync('tests/fixtures/sample-gold.json', 'utf8')) as Gold;
const comparable = (s: string) =>
  s.replace(/\s+/g, '').replace(/[,;:()?!]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('gold queries over the seed archive', () => {
  const seeds = seedSearch();
  const files = new Map(seeds.archive.editions.map((e) => [e.id, e.file]));
  const parsedId = new Map(
    gold.articles.map((g) => {
      const matches = seeds.archive.articles.filter(
        (a) => files.get(a.edition) === g.file && comparable(a.body).includes(comparable(g.snippet)),
      );
      return [g.id, matches.length === 1 ? matches[0]!.id : null] as const;
    }),
  );
  const engines = {
    jieba: seeds.engine,
    quick: createSearchEngine(createMemoryReader(seeds.archive, seeds.index), () => null),
  };

  it('finds every gold article in the parsed archive', () => {
    expect(seeds.failures).toEqual([]);
    for (const [gid, id] of parsedId) expect(id, `gold article ${gid}`).not.toBeNull();
  });

  for (const mode of ['jieba', 'quick'] as const) {
    for (const query of gold.queries) {
      it(`${mode}: “${query.q}” ranks ${query.expect.join(', ')} within ${query.within}`, async () => {
        const result = await engines[mode].search({ query: query.q, limit: 20 });
        const ranked = result.hits.map((h) => h.id);
        for (const gid of query.expect) {
          const rank = ranked.indexOf(parsedId.get(gid) ?? '') + 1;
          expect(rank, `${gid} in ${ranked.join(' ')}`).toBeGreaterThan(0);
          expect(rank, `${gid} in ${ranked.join(' ')}`).toBeLessThanOrEqual(query.within);
        }
      });
    }
  }

  it('finds traditional-character forms of the gold queries at the same ranks', async () => {
    for (const [traditional, simplified] of [
      ['人大常委會第四十三次會議', '人大常委会第四十三次会议'],
      ['黨史學習教育', '党史学习教育'],
      ['李克強', '李克强'],
      ['疫苗接種', '疫苗接种'],
    ]) {
      const t = await seeds.engine.search({ query: traditional! });
      const s = await seeds.engine.search({ query: simplified! });
      expect(t.hits.map((h) => h.id)).toEqual(s.hits.map((h) => h.id));
      expect(t.total).toBeGreaterThan(0);
    }
  });
});

describe('the seed archive with its real entities', () => {
  const seeds = seedSearch();
  const sun = seeds.archive.entities.find((e) => e.name === '孙大军');

  it('finds a person by the pinyin and initials the entity layer gives', async () => {
    expect(sun).toBeDefined();
    const byName = (await seeds.engine.search({ query: '孙大军' })).hits.map((h) => h.id);
    expect(new Set(byName)).toEqual(new Set(sun!.articles));
    for (const q of ['sundajun', 'Sun Dajun', 'sdj', '孫大軍']) {
      expect((await seeds.engine.search({ query: q })).hits.map((h) => h.id)).toEqual(byName);
    }
  });

  it('relates the 文明城市 report to other articles about the same people or topic, with reasons', async () => {
    const report = seeds.archive.articles.find((a) => a.headline?.startsWith('孙大军主持召开文明城市创建'))!;
    const items = (await seeds.engine.relatedToArticle(report.id))!;
    expect(items.length).toBeGreaterThan(0);
    expect(items.map((i) => i.id)).not.toContain(report.id);
    const names = new Set(items.flatMap((i) => i.sharedEntities.map((e) => e.name)));
    expect(names.has('孙大军') || names.has('文明城市创建')).toBe(true);
    for (const item of items) expect(item.reason).toMatch(/\S/);
  });

  it('gives a timeline for every person the entity layer found', async () => {
    for (const person of seeds.archive.entities.filter((e) => e.kind === 'person').slice(0, 20)) {
      const t = (await seeds.engine.timeline(person.id))!;
      expect(t.articles.map((a) => a.id).sort()).toEqual([...new Set(person.articles)].sort());
      expect(t.perMonth.reduce((n, m) => n + m.count, 0)).toBe(t.articles.length);
      const dates = t.articles.map((a) => a.date);
      expect(dates).toEqual([...dates].sort());
    }
  });
});
