/**
 * The scanning loop: one DFA transition per UTF-16 code unit, plus leftmost-longest resolution that
 * needs no look-back into the text, so scanning can stop at any character and resume with the next chunk.
 *
 * Leftmost-longest on top of Aho-Corasick: every pattern occurrence found (through the output links) becomes
 * a candidate, kept per start position (longest wins). The automaton's current depth bounds where any future
 * occurrence can start: no later match can begin before `position + 1 - depth`. Once the earliest candidate
 * starts before that bound nothing can beat it, so it is committed, and candidates overlapping it are
 * dropped. Candidates live in a window of at most `maxLength + 1` start positions.
 */
import type { Automaton } from './automaton';

/** Everything needed to resume a scan; offsets are absolute positions in the scanned stream. */
export interface ScanState {
  state: number;
  /** End of the last committed match: later candidates must start at or after it. */
  lastEnd: number;
  /** Pending candidates, sorted by start, one per start. */
  count: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly nodes: Int32Array;
}

export type Emit = (start: number, end: number, node: number) => void;

export function newScanState(a: Automaton): ScanState {
  const size = a.maxLength + 2;
  return {
    state: 0,
    lastEnd: 0,
    count: 0,
    starts: new Int32Array(size),
    ends: new Int32Array(size),
    nodes: new Int32Array(size),
  };
}

/** Records every pattern ending at `end` (exclusive) reachable from `state`'s output chain. */
function addCandidates(a: Automaton, st: ScanState, state: number, end: number): void {
  const { starts, ends, nodes } = st;
  for (let t = a.out[state]!; t !== 0; t = a.out[a.fail[t]!]!) {
    const start = end - a.depth[t]!;
    if (start < st.lastEnd) continue;
    let k = 0;
    while (k < st.count && starts[k]! < start) k++;
    if (k < st.count && starts[k] === start) {
      // Same start, found later: it is longer.
      ends[k] = end;
      nodes[k] = t;
      continue;
    }
    starts.copyWithin(k + 1, k, st.count);
    ends.copyWithin(k + 1, k, st.count);
    nodes.copyWithin(k + 1, k, st.count);
    starts[k] = start;
    ends[k] = end;
    nodes[k] = t;
    st.count++;
  }
}

/** Commits candidates starting before `bound`, earliest first, dropping those they overlap. */
export function commit(st: ScanState, bound: number, emit: Emit): void {
  const { starts, ends, nodes } = st;
  while (st.count > 0 && starts[0]! < bound) {
    const end = ends[0]!;
    emit(starts[0]!, end, nodes[0]!);
    st.lastEnd = end;
    let drop = 1;
    while (drop < st.count && starts[drop]! < end) drop++;
    starts.copyWithin(0, drop, st.count);
    ends.copyWithin(0, drop, st.count);
    nodes.copyWithin(0, drop, st.count);
    st.count -= drop;
  }
}

/**
 * Scans `text[from, to)`, where `text[i]` sits at absolute position `base + i`, continuing from `st`.
 * Matches are emitted once settled, so some may only come out on a later call or at `commit(st, Infinity)`.
 */
export function run(
  a: Automaton,
  st: ScanState,
  text: string,
  from: number,
  to: number,
  base: number,
  emit: Emit,
): void {
  const { symTab, rootTab, hashState, hashSym, hashNext, hashShift, miss, out, depth, rootEnds } = a;
  const mask = hashState.length - 1;
  let s = st.state;
  // Mirrors st.count; re-read after the (rare) calls that change it.
  let pending = st.count;
  let i = from;
  while (i < to) {
    let code = text.charCodeAt(i);
    // Transitions that differ from the root's are in the hash (keyed as slot() mixes them); -1: go as from the root.
    let next = -1;
    if (s !== 0) {
      const sym = symTab[code]!;
      // A miss goes on from `miss[s]` (a failure state whose rows were not copied) until the root.
      for (let from = s; sym !== 0 && from !== 0 && next === -1; from = miss[from]!) {
        let h = (Math.imul(from, 0x9e3779b1) ^ Math.imul(sym, 0x85ebca6b)) >>> hashShift;
        for (;;) {
          const at = hashState[h]!;
          if (at === from) {
            if (hashSym[h] === sym) {
              next = hashNext[h]!;
              break;
            }
          } else if (at === -1) break;
          h = (h + 1) & mask;
        }
      }
    }
    if (next !== -1) s = next;
    else if (pending === 0) {
      // Fast path, taken for most characters of a page: nothing pending, skip to the next name start.
      let r = rootTab[code]!;
      while (r === 0) {
        if (++i === to) {
          st.state = 0;
          return;
        }
        code = text.charCodeAt(i);
        r = rootTab[code]!;
      }
      s = r;
      if (!rootEnds) {
        // One step from the root no pattern ends, and nothing is pending: no bookkeeping to do.
        i++;
        continue;
      }
    } else s = rootTab[code]!;
    if (out[s] !== 0) {
      addCandidates(a, st, s, base + i + 1);
      pending = st.count;
    }
    // No future match can start before base + i + 1 - depth[s].
    if (pending !== 0 && st.starts[0]! <= base + i - depth[s]!) {
      commit(st, base + i + 1 - depth[s]!, emit);
      pending = st.count;
    }
    i++;
  }
  st.state = s;
}
