import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ImportResult, SearchResult, Timeline, UserAddition } from '@/lib/shared/archive-protocol';
import { importPage, LATER, startedService } from './additions-helpers';

describe('importing newspaper pages', () => {
  it('adds a page: its articles are found, and an official’s post extends over it', async () => {
    const h = await startedService();
    const before = await h.ask<Timeline>({ type: 'archive/timeline', entityId: 'person:张广勇' });
    const mayor = before.roles.find((r) => r.title === '市长')!;
    expect(mayor.last < '2022-03-26').toBe(true);
    const articlesBefore = h.service.status().archive!.counts.articles;

    const result = await h.ask<ImportResult>({ type: 'archive/import', pages: [importPage()] });
    expect(result).toMatchObject({ added: 1, skipped: 0, errors: [] });
    expect(result.articles).toBeGreaterThan(3);
    expect(h.service.status().archive!.counts.articles).toBe(articlesBefore + result.articles);

    const after = await h.ask<Timeline>({ type: 'archive/timeline', entityId: 'person:张广勇' });
    const extended = after.roles.find((r) => r.title === '市长')!;
    expect(extended.first).toBe(mayor.first);
    expect(extended.last).toBe('2022-03-26');
    expect(extended.articles.length).toBeGreaterThan(mayor.articles.length);
    expect(after.articles.some((a) => a.id.startsWith('2022-03-26-p1-'))).toBe(true);

    const found = await h.ask<SearchResult>({ type: 'archive/search', query: '张广勇', sort: 'date' });
    expect(found.hits[0]!.date).toBe('2022-03-26');

    const listed = await h.ask<{ additions: UserAddition[] }>({ type: 'archive/additions' });
    expect(listed.additions).toHaveLength(1);
    expect(listed.additions[0]).toMatchObject({ kind: 'page', label: LATER.file, date: '2022-03-26' });
    expect(listed.additions[0]!.articles).toHaveLength(result.articles);
  });

  it('imports the same page again as a no-op, whatever the file is called', async () => {
    const h = await startedService();
    await h.ask({ type: 'archive/import', pages: [importPage()] });
    const generation = h.service.status().archive!.loadedAt;
    const again = await h.ask<ImportResult>({
      type: 'archive/import',
      pages: [
        importPage(LATER, 'copy.txt'),
        { ...importPage(), text: `\uFEFF${LATER.text.replace(/\n/g, '\r\n')}` },
      ],
    });
    expect(again).toMatchObject({ added: 0, skipped: 2, articles: 0, errors: [] });
    expect(h.service.status().archive!.loadedAt).toBe(generation);
  });
});

const ARTICLE = {
  url: 'https://news.example.com/2024/05/lvliang.html',
  title: '吕梁市推进文明城市创建',
  site: '示例新闻',
  date: '2024-05-20',
  byline: null,
  text: '5月19日，吕梁市召开文明城市创建推进会。市长张广勇出席会议并讲话。\n会议要求，全市上下要持续巩固创建成果。',
};

describe('saving web articles', () => {
  it('makes a saved article that search, related and the timeline find, marked as saved', async () => {
    const h = await startedService();
    const saved = await h.ask<{ articleId: string; duplicate: boolean }>({
      type: 'archive/save-article',
      article: ARTICLE,
    });
    expect(saved.duplicate).toBe(false);
    const found = await h.ask<SearchResult>({ type: 'archive/search', query: '文明城市创建推进会' });
    expect(found.hits[0]).toMatchObject({ id: saved.articleId, kind: 'saved', date: '2024-05-20' });
    const view = await h.ask<{ article: { url?: string; site?: string; kind: string } }>({
      type: 'archive/article',
      id: saved.articleId,
    });
    expect(view.article).toMatchObject({ kind: 'saved', url: ARTICLE.url, site: '示例新闻' });
    const timeline = await h.ask<Timeline>({ type: 'archive/timeline', entityId: 'person:张广勇' });
    expect(timeline.articles.at(-1)).toMatchObject({ id: saved.articleId, kind: 'saved' });
    const related = await h.ask<{ items: { id: string }[] }>({
      type: 'archive/related',
      text: '吕梁市文明城市创建推进会，张广勇出席',
    });
    expect(related.items.map((i) => i.id)).toContain(saved.articleId);

    const again = await h.ask<{ articleId: string; duplicate: boolean }>({
      type: 'archive/save-article',
      article: ARTICLE,
    });
    expect(again).toEqual({ articleId: saved.articleId, duplicate: true });
  });

  it('keeps the printed page and section of an article saved from the paper’s digital edition', async () => {
    const h = await startedService();
    const saved = await h.ask<{ articleId: string }>({
      type: 'archive/save-article',
      article: {
        ...ARTICLE,
        url: 'https://szb.example.cn/llrb/2024-05-20/3.html',
        edition: { page: 3, section: '要闻' },
      },
    });
    const view = await h.ask<{ article: Record<string, unknown> }>({
      type: 'archive/article',
      id: saved.articleId,
    });
    expect(view.article).toMatchObject({ printedPage: 3, section: '要闻', kind: 'saved' });
  });

  it.each([
    [{ ...ARTICLE, url: 'javascript:alert(1)' }],
    [{ ...ARTICLE, text: '   ' }],
    [{ ...ARTICLE, date: '20 May 2024' }],
    [{ ...ARTICLE, title: 5 }],
    ['not an object'],
  ])('refuses a malformed article %#', async (article) => {
    const h = await startedService();
    expect(await h.failure({ type: 'archive/save-article', article })).toBe('bad-request');
    expect((await h.ask<{ additions: unknown[] }>({ type: 'archive/additions' })).additions).toEqual([]);
  });
});
