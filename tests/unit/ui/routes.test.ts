import { describe, expect, it } from 'vitest';
import { parseView, replacesEntry, sameView, targetView, viewSearch } from '@/components/panel/routes';

describe('side panel views from the URL', () => {
  it('reads each view from its parameter', () => {
    expect(parseView('')).toEqual({ kind: 'page' });
    expect(parseView('?tab=12')).toEqual({ kind: 'page' });
    expect(parseView('?q=%E6%9D%8E%E5%85%8B%E5%BC%BA')).toEqual({ kind: 'search', query: '李克强' });
    expect(parseView('?entity=孙大军')).toEqual({ kind: 'entity', entity: '孙大军' });
    expect(parseView('?article=2021-08-11-p1-a1')).toEqual({ kind: 'article', id: '2021-08-11-p1-a1' });
  });

  it('lets the most specific parameter win', () => {
    expect(parseView('?q=x&entity=孙大军&article=a1')).toEqual({ kind: 'article', id: 'a1' });
    expect(parseView('?q=x&entity=孙大军')).toEqual({ kind: 'entity', entity: '孙大军' });
  });

  it('ignores empty values, but an empty search is still the search view', () => {
    expect(parseView('?entity=%20&article=')).toEqual({ kind: 'page' });
    expect(parseView('?q=')).toEqual({ kind: 'search', query: '' });
  });

  it('cuts overlong values', () => {
    const view = parseView(`?entity=${'名'.repeat(1000)}`);
    expect(view.kind === 'entity' && view.entity.length).toBe(300);
  });

  it('writes a view back to a query that reads as the same view, keeping the tab', () => {
    const views = [
      { kind: 'page' },
      { kind: 'search', query: '孫大軍 & co' },
      { kind: 'entity', entity: '孙大军' },
      { kind: 'article', id: '2020-04-11-p1-a5' },
    ] as const;
    for (const view of views) {
      const search = viewSearch(view, '?entity=old&tab=7');
      expect(parseView(search)).toEqual(view);
      expect(new URLSearchParams(search).get('tab')).toBe('7');
    }
    expect(viewSearch({ kind: 'page' })).toBe('');
    expect(viewSearch({ kind: 'entity', entity: '孙大军' })).toBe('?entity=%E5%AD%99%E5%A4%A7%E5%86%9B');
  });

  it('compares views by what they show', () => {
    expect(sameView({ kind: 'entity', entity: '孙大军' }, { kind: 'entity', entity: '孙大军' })).toBe(true);
    expect(sameView({ kind: 'entity', entity: '孙大军' }, { kind: 'article', id: '孙大军' })).toBe(false);
  });

  it('turns what a result opens into its view', () => {
    expect(targetView({ kind: 'article', id: 'a1' })).toEqual({ kind: 'article', id: 'a1' });
    expect(targetView({ kind: 'entity', entity: '李克强' })).toEqual({ kind: 'entity', entity: '李克强' });
  });

  it('refines a search in place but adds history for every other move', () => {
    expect(replacesEntry({ kind: 'search', query: '孙' }, { kind: 'search', query: '孙大' })).toBe(true);
    expect(replacesEntry({ kind: 'search', query: '孙' }, { kind: 'entity', entity: '孙大军' })).toBe(false);
    expect(replacesEntry({ kind: 'page' }, { kind: 'search', query: '' })).toBe(false);
  });
});
