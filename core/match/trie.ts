/**
 * The pattern trie, built breadth-first straight from the sorted pattern list (no per-node maps): state k
 * covers the run of patterns sharing its first depth[k] code units, so a state's children are numbered
 * right after the states of the level before and every later table fills in one forward pass.
 */
import type { Patterns } from './patterns';

export interface Trie {
  readonly states: number;
  /** Edges of state k are edgeSym/edgeTo[edgeStart[k], edgeStart[k + 1]), sorted by symbol. */
  readonly edgeStart: Int32Array;
  readonly edgeSym: Uint16Array;
  readonly edgeTo: Int32Array;
  /** Length of the string a state spells, which is the pattern length for terminal states. */
  readonly depth: Uint16Array;
  /** Entry of the pattern ending at a state, -1 when none. */
  readonly term: Int32Array;
  /** Terminal states shared by several entries (homonyms) → all of their entry indices. */
  readonly homonyms: Map<number, number[]>;
  /** The depth-1 state of each symbol (0: none). */
  readonly rootBySym: Int32Array;
}

export function buildTrie(p: Patterns, symTab: Uint16Array, symbols: number, names: number): Trie {
  const { patterns, entries } = p;
  const count = patterns.length;
  let total = 1;
  for (const pattern of patterns) total += pattern.length;
  const lo = new Int32Array(total);
  const hi = new Int32Array(total);
  const depth = new Uint16Array(total);
  const term = new Int32Array(total).fill(-1);
  const edgeStart = new Int32Array(total + 1);
  const edgeSym = new Uint16Array(total);
  const edgeTo = new Int32Array(total);
  const homonyms = new Map<number, number[]>();
  hi[0] = count;
  let states = 1;
  let edges = 0;
  for (let k = 0; k < states; k++) {
    edgeStart[k] = edges;
    const d = depth[k]!;
    const end = hi[k]!;
    let j = lo[k]!;
    // Patterns exactly as long as the prefix sort first: they end here.
    for (; j < end && patterns[j]!.length === d; j++) {
      const entry = entries[j]!;
      if (term[k] === -1) term[k] = entry;
      // A block spelled like a name, or like another block, adds nothing (names sort first).
      else if (entry < names) {
        const all = homonyms.get(k) ?? [term[k]!];
        if (!all.includes(entry)) all.push(entry);
        homonyms.set(k, all);
      }
    }
    while (j < end) {
      const code = patterns[j]!.charCodeAt(d);
      let g = j + 1;
      while (g < end && patterns[g]!.charCodeAt(d) === code) g++;
      const next = states++;
      lo[next] = j;
      hi[next] = g;
      depth[next] = d + 1;
      edgeSym[edges] = symTab[code]!;
      edgeTo[edges] = next;
      edges++;
      j = g;
    }
  }
  edgeStart[states] = edges;
  const rootBySym = new Int32Array(symbols + 1);
  for (let e = edgeStart[0]!; e < edgeStart[1]!; e++) rootBySym[edgeSym[e]!] = edgeTo[e]!;
  return {
    states,
    edgeStart: edgeStart.slice(0, states + 1),
    edgeSym: edgeSym.slice(0, edges),
    edgeTo: edgeTo.slice(0, edges),
    depth: depth.slice(0, states),
    term: term.slice(0, states),
    homonyms,
    rootBySym,
  };
}

/** The child of `state` on `sym`, or 0. Edge runs are sorted by symbol. */
export function child(t: Trie, state: number, sym: number): number {
  if (state === 0) return t.rootBySym[sym] ?? 0;
  let lo = t.edgeStart[state]!;
  let hi = t.edgeStart[state + 1]!;
  while (hi - lo > 8) {
    const mid = (lo + hi) >>> 1;
    if (t.edgeSym[mid]! < sym) lo = mid + 1;
    else hi = mid + 1; // keep mid: it may be the match
  }
  for (; lo < hi; lo++) if (t.edgeSym[lo] === sym) return t.edgeTo[lo]!;
  return 0;
}

/** The state `text` leads to from the root along trie edges (0 when it leaves the trie); `visit` sees each. */
export function walk(
  t: Trie,
  symTab: Uint16Array,
  text: string,
  visit?: (state: number, length: number) => void,
): number {
  let state = 0;
  for (let d = 0; d < text.length; d++) {
    state = child(t, state, symTab[text.charCodeAt(d)]!);
    if (state === 0) return 0;
    visit?.(state, d + 1);
  }
  return state;
}
