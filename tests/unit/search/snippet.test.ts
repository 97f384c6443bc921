import { describe, expect, it } from 'vitest';
import { segmentsText } from '@/core/search';
import { bestPassage, markAll } from '@/core/search/snippet';
import { jiebaEngine } from './engine';
import { archive } from './fixture';

describe('snippets', () => {
  it('marks every occurrence of the needles and keeps the text intact', () => {
    const segments = markAll('孙大军主持召开文明城市创建工作专题汇报会', ['文明城市', '创建', '汇报']);
    expect(segmentsText(segments)).toBe('孙大军主持召开文明城市创建工作专题汇报会');
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['文明城市创建', '汇报']);
  });

  it('matches full-width letters and digits against a half-width query', () => {
    const segments = markAll('完成疫苗接种２３２５２０剂次，ＥＣＯ试点', ['232520', 'eco']);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['２３２５２０', 'ＥＣＯ']);
  });

  it('picks the passage that holds the whole query, not the first partial match', () => {
    const body = `${'创建工作要抓实。'.repeat(30)}创建指挥部各指挥长分别汇报。${'工作要抓实。'.repeat(30)}`;
    const segments = bestPassage(body, ['创建指挥部', '创建', '指挥部']);
    const text = segmentsText(segments);
    expect(text).toContain('创建指挥部各指挥长');
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(112);
  });

  it('falls back to the lead when nothing matches in the body', () => {
    const segments = bestPassage('第一段。\n第二段。', ['没有']);
    expect(segments).toEqual([{ text: '第一段。 第二段。', mark: false }]);
  });

  it('comes with every hit, as text segments and never markup', async () => {
    const result = await jiebaEngine().search({ query: '疫苗接种' });
    const hit = result.hits[0]!;
    expect(hit.snippet.some((s) => s.mark && s.text.includes('疫苗接种'))).toBe(true);
    const body = archive.articles.find((a) => a.id === hit.id)!.body.replace(/\n/g, ' ');
    expect(body).toContain(segmentsText(hit.snippet).replace(/^…|…$/g, ''));
    for (const s of hit.snippet) expect(Object.keys(s).sort()).toEqual(['mark', 'text']);
  });

  it('marks the query in the title too', async () => {
    const [hit] = (await jiebaEngine().search({ query: '文明城市' })).hits;
    expect(hit!.titleSegments.find((s) => s.mark)?.text).toContain('文明城市');
    expect(segmentsText(hit!.titleSegments)).toBe(hit!.title);
  });

  it('keeps markup-like text as plain text', () => {
    const segments = markAll('<b>吕梁</b>', ['吕梁']);
    expect(segments).toEqual([
      { text: '<b>', mark: false },
      { text: '吕梁', mark: true },
      { text: '</b>', mark: false },
    ]);
  });
});

describe('passage edges', () => {
  it('keeps the match inside a short passage', () => {
    const body = `${'甲'.repeat(100)}党史学习教育${'乙'.repeat(100)}`;
    expect(segmentsText(bestPassage(body, ['党史学习教育'], 20))).toContain('党史学习教育');
  });

  it('does not cut a marked word at the end of the passage', () => {
    // the best window starts at 甲乙 and ends inside 戊己: the passage runs on to the end of 戊己
    const body = `甲乙${'x'.repeat(14)}丙丁y戊己${'z'.repeat(40)}`;
    const segments = bestPassage(body, ['甲乙', '丙丁', '戊己'], 20);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['甲乙', '丙丁', '戊己']);
    expect(segmentsText(segments)).toBe(`甲乙${'x'.repeat(14)}丙丁y戊己…`);
  });
});
