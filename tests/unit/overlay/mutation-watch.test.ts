import { describe, expect, it } from 'vitest';
import { dirtyFromRecords, outermost, type RecordLike } from '@/lib/content/overlay/mutation-watch';
import { doc, el, text, type FakeNode } from './fake-dom';

const added = (target: FakeNode, ...nodes: FakeNode[]): RecordLike<FakeNode> => ({
  type: 'childList',
  target,
  addedNodes: nodes,
  removedNodes: [],
});
const removed = (target: FakeNode, ...nodes: FakeNode[]): RecordLike<FakeNode> => ({
  type: 'childList',
  target,
  addedNodes: [],
  removedNodes: nodes,
});
const none = () => false;

describe('dirtyFromRecords', () => {
  it('reads an inserted block on its own', () => {
    const list = el('ul');
    const body = el('body', el('main', list));
    doc(el('html', body));
    const item = el('li', '柳林县');
    const dirty = dirtyFromRecords([added(list, item)], none);
    expect([...dirty.roots]).toEqual([item]);
    expect(dirty.removed).toBe(false);
  });

  it('reads the whole block again when inline text changes, since it may join its neighbours', () => {
    const tail = text('军');
    const p = el('p', '孙大', el('b', tail));
    doc(el('html', el('body', el('div', p))));
    expect([
      ...dirtyFromRecords([{ type: 'characterData', target: tail, addedNodes: [], removedNodes: [] }], none)
        .roots,
    ]).toEqual([p]);
    expect([...dirtyFromRecords([added(p.children[1]!, text('x'))], none).roots]).toEqual([p]);
    const gone = dirtyFromRecords([removed(p, el('span', '间'))], none);
    expect([...gone.roots]).toEqual([p]);
    expect(gone.removed).toBe(true);
  });

  it('does not re-read the whole page for changes right under <body>', () => {
    const body = el('body', el('p', '吕梁'));
    doc(el('html', body));
    const span = el('span', '柳林县');
    const loose = text('孙大军');
    const dirty = dirtyFromRecords([added(body, span, loose)], none);
    expect([...dirty.roots]).toEqual([span, loose]);
    const removedBlock = dirtyFromRecords([removed(body, el('div', '旧'))], none);
    expect([...removedBlock.roots]).toEqual([]);
    expect(removedBlock.removed).toBe(true);
  });

  it('ignores the overlay’s own nodes', () => {
    const html = el('html', el('body'));
    doc(html);
    const card = el('lvliang-card');
    const ours = (n: FakeNode) => n.nodeName === 'LVLIANG-CARD';
    const dirty = dirtyFromRecords([added(html, card), removed(html, card)], ours);
    expect(dirty.roots.size).toBe(0);
    expect(dirty.removed).toBe(false);
  });
});

describe('outermost', () => {
  it('drops roots inside other roots', () => {
    const inner = el('p', '甲');
    const deeper = el('b', '乙');
    const outer = el('div', inner, el('p', deeper));
    const other = el('section', '丙');
    el('body', outer, other);
    expect(outermost([inner, deeper, other, outer, inner])).toEqual([other, outer]);
  });
});
