import { describe, expect, it } from 'vitest';
import { buildMatcherData, createMatcher, entriesFromEntities } from '@/core/match';
import { blockAncestor, TextWalker } from '@/lib/content/overlay/text-walker';
import { MentionStore, type Mention } from '@/lib/content/overlay/mention-store';
import { RootScan } from '@/lib/content/overlay/root-scan';
import { doc, el, text, textNodes, type FakeNode } from './fake-dom';
import { fixtureArchive } from './fixture';

function pieces(root: FakeNode, skip?: (n: FakeNode) => boolean) {
  const walker = new TextWalker(root, { skip });
  const out: string[] = [];
  for (let p = walker.next(); p; p = walker.next()) out.push((p.breakBefore ? '|' : '') + p.text);
  return out;
}

describe('TextWalker', () => {
  it('reads text in document order, marking block boundaries and leaving inline markup continuous', () => {
    const page = doc(
      el(
        'html',
        el('head', el('title', '标题'), el('style', 'p{}')),
        el(
          'body',
          el('h1', '孙大军', el('b', '主持'), '会议'),
          el('p', '市委书记', el('span', el('b', '孙')), '大军'),
          el('ul', el('li', '一'), el('li', '二')),
          '尾',
          el('script', 'var x = "吕梁"'),
          el('p'),
          el('p', el('br'), '换行'),
        ),
      ),
    );
    expect(pieces(page)).toEqual([
      '|孙大军',
      '主持',
      '会议',
      '|市委书记',
      '孙',
      '大军',
      '|一',
      '|二',
      '|尾',
      '|换行',
    ]);
  });

  it('leaves out skipped subtrees and reports every element it enters', () => {
    const entered: string[] = [];
    const root = el('div', el('lvliang-card', '卡片'), el('x-widget', '组件'), el('textarea', '输入'));
    const walker = new TextWalker(root, {
      skip: (n) => n.nodeName === 'LVLIANG-CARD',
      onElement: (n) => entered.push(n.nodeName),
    });
    const got: string[] = [];
    for (let p = walker.next(); p; p = walker.next()) got.push(p.text);
    expect(got).toEqual(['组件']);
    expect(entered).toEqual(['DIV', 'X-WIDGET']);
  });

  it('stops at the end of its root and does not wander into siblings', () => {
    const first = el('p', '甲', el('i', '乙'));
    el('div', first, el('p', '丙'));
    expect(pieces(first)).toEqual(['|甲', '乙']);
    const lone = text('独');
    el('p', lone, '邻');
    expect(pieces(lone)).toEqual(['独']);
  });

  it('finds the block a node belongs to', () => {
    const bold = el('b', '孙');
    const p = el('p', el('span', bold));
    const page = doc(el('html', el('body', p)));
    expect(blockAncestor(bold.firstChild!)).toBe(p);
    expect(blockAncestor(p)).toBe(p);
    expect(blockAncestor(page)).toBe(page);
  });
});

/** What a mention spans, as its first node's text from the start and its last node's up to the end. */
function spanned(m: Mention<FakeNode, unknown>): string {
  return `${m.nodes[0]!.nodeValue!.slice(m.startOffset)}…${m.nodes.at(-1)!.nodeValue!.slice(0, m.endOffset)}`;
}

function scanner() {
  const matcher = createMatcher(buildMatcherData(entriesFromEntities(fixtureArchive().entities)));
  const store = new MentionStore<FakeNode, string>();
  const offsets = { next: 0 };
  const scan = (root: FakeNode) => {
    const s = new RootScan<FakeNode, string>(root, {
      matcher,
      store,
      offsets,
    });
    let steps = 0;
    while (s.step()) steps++;
    return steps;
  };
  return { matcher, store, scan };
}

describe('RootScan', () => {
  it('maps matches back to the text nodes they span, across inline markup', () => {
    const { matcher, store, scan } = scanner();
    const p = el('p', '市委书记', el('b', '孙'), '大军到柳林县调研');
    scan(doc(el('body', p)));
    const [secretary, sun, county] = textNodes(p);
    expect(store.size).toBe(3); // 市委 (generic), 孙大军, 柳林县
    const mention = store.at(sun!)[0]!;
    expect(matcher.entries[mention.entryIndex]!.id).toBe('person:孙大军');
    expect(mention.nodes).toEqual([sun, county]);
    expect([mention.startOffset, mention.endOffset]).toEqual([0, 2]);
    expect(spanned(mention)).toBe('孙…大军');
    // The post printed before the name, from the previous node, is the mention's context.
    expect(mention.before).toBe('市委书记');
    expect(store.at(secretary!).map((m) => matcher.entries[m.entryIndex]!.id)).toEqual(['organization:市委']);
  });

  it('never joins a name across block boundaries', () => {
    const { store, scan } = scanner();
    scan(doc(el('body', el('p', '孙大'), el('p', '军'), el('td', '柳'), el('td', '林县'))));
    expect(store.size).toBe(0);
  });

  it('feeds a long text node in slices and still finds names across slice edges', () => {
    const { store, scan } = scanner();
    const filler = '的'.repeat(4094);
    const node = text(`${filler}孙大军${filler}柳林县`);
    const steps = scan(el('p', node));
    expect(steps).toBeGreaterThan(2);
    expect(store.at(node).map((m) => [m.startOffset, m.endOffset])).toEqual([
      [4094, 4097],
      [8191, 8194],
    ]);
  });

  it('replaces a node’s mentions when the node is read again', () => {
    const { store, scan } = scanner();
    const p = el('p', '吕梁市委书记孙大军');
    scan(p);
    expect(store.size).toBe(2);
    p.children[0]!.nodeValue = '孙大军在柳林县';
    scan(p);
    expect(store.size).toBe(2);
    expect(store.at(p.children[0]!).map(spanned)).toEqual(['孙大军在柳林县…孙大军', '柳林县…孙大军在柳林县']);
  });

  it('keeps later scans after earlier ones and apart from them', () => {
    const { store, scan } = scanner();
    const first = el('span', '柳林县');
    scan(first);
    scan(el('span', '孙大'));
    scan(el('span', '军'));
    const last = el('span', '张广勇');
    scan(last);
    expect(store.size).toBe(2);
    const a = store.at(first.children[0]!)[0]!;
    const b = store.at(last.children[0]!)[0]!;
    expect(b.start).toBeGreaterThan(a.end + '孙大军'.length);
  });
});

describe('MentionStore.decide', () => {
  it('highlights a Lüliang page and counts distinct entities', () => {
    const { store, scan, matcher } = scanner();
    scan(doc(el('body', el('p', '吕梁市委书记孙大军、市长张广勇到柳林县。孙大军强调……'))));
    const decision = store.decide(matcher.entries);
    expect(decision.relevant).toBe(true);
    // 吕梁市委 spelled out is Lüliang's own party committee: highlighted, unlike a bare 市委.
    expect(decision.ids).toEqual(['organization:市委', 'person:孙大军', 'person:张广勇', 'place:柳林县']);
    expect(decision.highlighted.map((m) => spanned(m).split('…')[0]!.slice(0, 3))).toEqual([
      '吕梁市',
      '孙大军',
      '张广勇',
      '柳林县',
      '孙大军',
    ]);
  });

  it('treats a name alone as a namesake and 权威 without its post as the ordinary word', () => {
    const { store, scan, matcher } = scanner();
    scan(doc(el('body', el('p', '张广勇在北京获奖，专家给出权威解读。'))));
    const decision = store.decide(matcher.entries);
    expect(decision.relevant).toBe(false);
    expect(decision.highlighted).toEqual([]);
    // Both were found; neither is highlighted.
    expect(store.size).toBe(2);
  });

  it('unmarks mentions once their text leaves the page', () => {
    const { store, scan, matcher } = scanner();
    const gone = el('p', '呂梁市');
    scan(doc(el('body', gone, el('p', '张广勇'))));
    expect(store.decide(matcher.entries).relevant).toBe(true);
    store.sweep((m) => !m.nodes.includes(gone.children[0]!));
    const after = store.decide(matcher.entries);
    expect(after.relevant).toBe(false);
    expect(after.highlighted).toEqual([]);
  });
});
