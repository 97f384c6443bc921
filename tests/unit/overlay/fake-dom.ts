/** Just enough of a DOM for the text walker and the scanner: elements, text nodes, a document. */
import type { WalkNode } from '@/lib/content/overlay/text-walker';

export class FakeNode implements WalkNode {
  parentNode: FakeNode | null = null;
  readonly children: FakeNode[] = [];

  constructor(
    readonly nodeType: number,
    readonly nodeName: string,
    public nodeValue: string | null = null,
  ) {}

  get firstChild(): FakeNode | null {
    return this.children[0] ?? null;
  }

  get nextSibling(): FakeNode | null {
    if (!this.parentNode) return null;
    const siblings = this.parentNode.children;
    return siblings[siblings.indexOf(this) + 1] ?? null;
  }

  append(...nodes: FakeNode[]): this {
    for (const node of nodes) {
      node.parentNode = this;
      this.children.push(node);
    }
    return this;
  }
}

export type Child = FakeNode | string;

export function text(value: string): FakeNode {
  return new FakeNode(3, '#text', value);
}

export function el(name: string, ...children: Child[]): FakeNode {
  return new FakeNode(1, name.toUpperCase()).append(
    ...children.map((c) => (typeof c === 'string' ? text(c) : c)),
  );
}

export function doc(...children: Child[]): FakeNode {
  return new FakeNode(9, '#document').append(...children.map((c) => (typeof c === 'string' ? text(c) : c)));
}

/** Every text node under `node`, in document order. */
export function textNodes(node: FakeNode): FakeNode[] {
  if (node.nodeType === 3) return [node];
  return node.children.flatMap(textNodes);
}
