/**
 * Walks a DOM subtree's text in document order, one text node at a time, so a long page can be read in small
 * time slices. Written against a minimal node shape (the DOM's `Node` fits it) to be tested without a browser.
 *
 * Block boundaries (paragraphs, list items, table cells, <br>) are reported as `breakBefore` on the next
 * text: names never join across them, while inline markup (`<b>孙</b>大军`) keeps the text continuous.
 */
export interface WalkNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly firstChild: WalkNode | null;
  readonly nextSibling: WalkNode | null;
  readonly parentNode: WalkNode | null;
}

export interface TextPiece<N> {
  node: N;
  text: string;
  /** A block boundary lies between this text and the previous piece. */
  breakBefore: boolean;
}

export interface WalkOptions<N> {
  /** Extra subtrees to leave out (the overlay's own card, for one). */
  skip?(element: N): boolean;
  /** Called for every element entered: where open shadow roots are found. */
  onElement?(element: N): void;
}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;
const DOCUMENT = 9;
const FRAGMENT = 11;

/** Elements whose text is not page prose: code, styles, form controls' values, embedded documents. */
const SKIPPED = new Set(
  (
    'SCRIPT STYLE NOSCRIPT TEMPLATE TEXTAREA INPUT SELECT OPTION IFRAME FRAME OBJECT EMBED CANVAS HEAD ' +
    'TITLE'
  ).split(' '),
);

/** Elements that start a new line of text: a name cannot continue across them. */
const BLOCKS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY BR BUTTON CAPTION DD DETAILS DIALOG DIV DL DT FIELDSET ' +
    'FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR HTML IMG LEGEND LI MAIN MENU NAV ' +
    'OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'
  ).split(' '),
);

export function isSkippedElement(name: string): boolean {
  return SKIPPED.has(name.toUpperCase());
}

export function isBlockElement(name: string): boolean {
  return BLOCKS.has(name.toUpperCase());
}

/** The nearest ancestor-or-self that is a block element, or the topmost node (a document or shadow root). */
export function blockAncestor<N extends WalkNode>(node: N): N {
  let current: WalkNode = node;
  for (;;) {
    if (current.nodeType === ELEMENT && isBlockElement(current.nodeName)) return current as N;
    const parent = current.parentNode;
    if (!parent) return current as N;
    current = parent;
  }
}

export class TextWalker<N extends WalkNode> {
  private cursor: WalkNode | null;
  private pendingBreak = false;

  constructor(
    private readonly root: N,
    private readonly options: WalkOptions<N> = {},
  ) {
    this.cursor = root;
  }

  /** The next non-empty text node, or null when the subtree is done. */
  next(): TextPiece<N> | null {
    while (this.cursor) {
      const node = this.cursor;
      if (node.nodeType === TEXT || node.nodeType === CDATA) {
        const text = node.nodeValue ?? '';
        const breakBefore = this.pendingBreak;
        if (text.length > 0) this.pendingBreak = false;
        // Moving on may leave blocks: that break belongs to the next piece, so it is noted after this one's.
        this.advance(node);
        if (text.length === 0) continue;
        return { node: node as N, text, breakBefore };
      }
      if (node.nodeType === ELEMENT) {
        const block = isBlockElement(node.nodeName);
        if (block) this.pendingBreak = true;
        if (isSkippedElement(node.nodeName) || this.options.skip?.(node as N)) {
          this.advance(node);
          continue;
        }
        this.options.onElement?.(node as N);
        if (node.firstChild) this.cursor = node.firstChild;
        else this.advance(node);
        continue;
      }
      if ((node.nodeType === DOCUMENT || node.nodeType === FRAGMENT) && node.firstChild) {
        this.cursor = node.firstChild;
        continue;
      }
      this.advance(node);
    }
    return null;
  }

  /** Moves past `node` (and its subtree), noting the block elements it leaves. */
  private advance(node: WalkNode): void {
    let current: WalkNode | null = node;
    while (current) {
      if (current !== node && current.nodeType === ELEMENT && isBlockElement(current.nodeName)) {
        this.pendingBreak = true;
      }
      if (current === this.root) {
        this.cursor = null;
        return;
      }
      if (current.nextSibling) {
        this.cursor = current.nextSibling;
        return;
      }
      current = current.parentNode;
    }
    this.cursor = null;
  }
}
