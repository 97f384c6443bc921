/**
 * What the trie's states mean beyond their edges: Aho-Corasick failure and output links, the name a block
 * stands for, and the words that, printed right before a name, make it part of another word.
 */
import type { Patterns } from './patterns';
import { child, walk, type Trie } from './trie';

export interface Links {
  readonly fail: Int32Array;
  /** First state on the failure chain (the state itself included) that ends a pattern; 0 when none. */
  readonly out: Int32Array;
}

/** Failure and output links, in breadth-first order (a failure target always has a smaller number). */
export function buildLinks(t: Trie): Links {
  const { states, edgeStart, edgeSym, edgeTo, term } = t;
  const fail = new Int32Array(states);
  const out = new Int32Array(states);
  for (let k = 0; k < states; k++) {
    for (let e = edgeStart[k]!; e < edgeStart[k + 1]!; e++) {
      const sym = edgeSym[e]!;
      const next = edgeTo[e]!;
      let target = 0;
      if (k !== 0) {
        for (let f = fail[k]!; ; f = fail[f]!) {
          target = child(t, f, sym);
          if (target !== 0 || f === 0) break;
        }
      }
      fail[next] = target;
      out[next] = term[next] !== -1 ? next : out[target]!;
    }
  }
  return { fail, out };
}

export interface BlockMeaning {
  /** A block's terminal state → the state of the name it stands for (a prefix of it), or 0 for nothing. */
  readonly blockFallback: Map<number, number>;
  /** A name's terminal state → texts that, printed right before it, make it part of another word (光临 | 临县). */
  readonly leftGuards: Map<number, string[]>;
}

export function blockMeaning(t: Trie, p: Patterns, symTab: Uint16Array, names: number): BlockMeaning {
  const { term } = t;
  // A block stands for the longest name along its head (吕梁市|委员会 → 吕梁市), found by walking the trie.
  const blockFallback = new Map<number, number>();
  for (let j = 0; j < p.patterns.length; j++) {
    if (p.entries[j]! < names) continue;
    let fallback = 0;
    const end = walk(t, symTab, p.patterns[j]!, (state, length) => {
      if (length <= p.heads[j]! && term[state] !== -1 && term[state]! < names) fallback = state;
    });
    if (end !== 0 && term[end] === p.entries[j]) blockFallback.set(end, fallback);
  }
  const leftGuards = new Map<number, string[]>();
  for (const [name, before] of p.guards) {
    const state = walk(t, symTab, name);
    if (state === 0) continue;
    const list = leftGuards.get(state);
    if (list) list.push(before);
    else leftGuards.set(state, [before]);
  }
  return { blockFallback, leftGuards };
}
