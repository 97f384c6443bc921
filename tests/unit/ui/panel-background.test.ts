import { describe, expect, it } from 'vitest';
import { parseView } from '@/components/panel/routes';
import { parsePageContext, PAGE_CONTEXT_LIMITS, isWebPage } from '@/lib/shared/page-context-query';
import { MAX_SELECTION, searchPanelPath, selectionQuery } from '@/lib/background/panel/context-menu';

describe('the context menu on selected text', () => {
  it('searches the selection with whitespace collapsed', () => {
    expect(selectionQuery('  孙大军\n主持召开  ')).toBe('孙大军 主持召开');
  });

  it('searches nothing for an empty selection', () => {
    expect(selectionQuery('   ')).toBeNull();
    expect(selectionQuery(undefined)).toBeNull();
  });

  it('cuts a long selection to a query', () => {
    expect([...selectionQuery('长'.repeat(500))!]).toHaveLength(MAX_SELECTION);
  });

  it('opens the side panel on the search view for the query', () => {
    const path = searchPanelPath('李克强 & 安全生产');
    expect(path.startsWith('/sidepanel.html?')).toBe(true);
    expect(parseView(path.slice(path.indexOf('?')))).toEqual({ kind: 'search', query: '李克强 & 安全生产' });
  });
});

describe('the page context a content script answers', () => {
  it('takes a well-formed answer', () => {
    expect(
      parsePageContext({
        url: 'https://example.com/a',
        title: ' 标题 ',
        entityIds: ['person:孙大军', 'place:离石区'],
        text: '正文',
      }),
    ).toEqual({
      url: 'https://example.com/a',
      title: '标题',
      entityIds: ['person:孙大军', 'place:离石区'],
      text: '正文',
    });
  });

  it('rejects answers of the wrong shape', () => {
    expect(parsePageContext(undefined)).toBeNull();
    expect(parsePageContext({ url: 1, entityIds: [] })).toBeNull();
    expect(parsePageContext({ url: 'https://x', entityIds: 'person:a' })).toBeNull();
  });

  it('drops bad ids and duplicates, and cuts sizes to the limits', () => {
    const context = parsePageContext({
      url: 'https://x',
      entityIds: ['a', 'a', '', 7, 'x'.repeat(400), ...Array.from({ length: 600 }, (_, i) => `id${i}`)],
      text: '字'.repeat(30_000),
      title: 42,
    })!;
    expect(context.entityIds[0]).toBe('a');
    expect(context.entityIds).toHaveLength(PAGE_CONTEXT_LIMITS.entityIds);
    expect(new Set(context.entityIds).size).toBe(context.entityIds.length);
    expect(context.text).toHaveLength(PAGE_CONTEXT_LIMITS.text);
    expect(context.title).toBeUndefined();
  });

  it('describes web pages only', () => {
    expect(isWebPage('https://example.com')).toBe(true);
    expect(isWebPage('chrome://extensions')).toBe(false);
    expect(isWebPage(undefined)).toBe(false);
  });
});
