/**
 * Notices text that appears or changes after the first scan (infinite scroll, single-page apps, live
 * updates). The observer callback only records which subtrees need reading again; the scan itself runs later,
 * in time slices. No polling: an idle page costs nothing.
 */
import { blockAncestor, isBlockElement, type WalkNode } from './text-walker';

export interface RecordLike<N> {
  type: string;
  target: N;
  addedNodes: ArrayLike<N>;
  removedNodes: ArrayLike<N>;
}

export interface Dirty<N> {
  /** Subtrees to scan again. */
  roots: Set<N>;
  /** Something was removed: mentions whose text left the page must be swept. */
  removed: boolean;
}

const ELEMENT = 1;
const TEXT = 3;
/** Containers of the whole page (a shadow root's name is #document-fragment). */
const TOP_LEVEL = new Set(['BODY', 'HTML', '#DOCUMENT', '#DOCUMENT-FRAGMENT']);

/**
 * The subtrees a batch of mutations makes stale. Changed or inserted inline text can join with its
 * neighbours (`孙` + `大军`), so its whole block is read again; an inserted block is read on its own.
 */
export function dirtyFromRecords<N extends WalkNode>(
  records: Iterable<RecordLike<N>>,
  ignore: (node: N) => boolean,
  into: Dirty<N> = { roots: new Set(), removed: false },
): Dirty<N> {
  for (const record of records) {
    if (ignore(record.target)) continue;
    const block = blockAncestor(record.target);
    // Under <body> itself, reading the whole block again would mean the whole page: read just what changed.
    const topLevel = TOP_LEVEL.has(block.nodeName.toUpperCase());
    if (record.type === 'characterData') {
      into.roots.add(topLevel ? record.target : block);
      continue;
    }
    if (record.type !== 'childList') continue;
    let inline = false;
    for (let i = 0; i < record.addedNodes.length; i++) {
      const node = record.addedNodes[i]!;
      if (ignore(node)) continue;
      if (node.nodeType === ELEMENT && (topLevel || isBlockElement(node.nodeName))) into.roots.add(node);
      else if (node.nodeType === TEXT && topLevel) into.roots.add(node);
      else if (node.nodeType === ELEMENT || node.nodeType === TEXT) inline = true;
    }
    for (let i = 0; i < record.removedNodes.length; i++) {
      const node = record.removedNodes[i]!;
      if (ignore(node)) continue;
      into.removed = true;
      // Removing inline text can bring its neighbours together.
      if (node.nodeType === TEXT || (node.nodeType === ELEMENT && !isBlockElement(node.nodeName)))
        inline = true;
    }
    if (inline && !topLevel) into.roots.add(block);
  }
  return into;
}

/** Drops roots inside other roots of the set: scanning the outer one covers them. */
export function outermost<N extends WalkNode>(roots: Iterable<N>): N[] {
  const set = new Set<WalkNode>(roots);
  const out: N[] = [];
  for (const root of set) {
    let parent = root.parentNode;
    let covered = false;
    while (parent) {
      if (set.has(parent)) {
        covered = true;
        break;
      }
      parent = parent.parentNode;
    }
    if (!covered) out.push(root as N);
  }
  return out;
}

const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/** Observes a document or shadow root; `onDirty` gets each batch's stale subtrees. */
export function watchMutations(
  root: Node,
  ignore: (node: Node) => boolean,
  onDirty: (dirty: Dirty<Node>) => void,
): () => void {
  const observer = new MutationObserver((records) => {
    const dirty = dirtyFromRecords<Node>(records, ignore);
    if (dirty.roots.size > 0 || dirty.removed) onDirty(dirty);
  });
  observer.observe(root, OBSERVE);
  return () => observer.disconnect();
}
