/**
 * The scanning loop: one transition per UTF-16 code unit, plus leftmost-longest resolution that needs no
 * look-back into the text, so scanning can stop at any character and resume with the next chunk.
 *
 * Leftmost-longest on top of Aho-Corasick: every pattern occurrence found (through the output links) becomes
 * a candidate, kept per start position (longest wins). The automaton's current depth bounds where any future
 * occurrence can start: no later match can begin before `position + 1 - depth`. Once the earliest candidate
 * starts before that bound nothing can beat it, so it is committed, and candidates overlapping it are
 * dropped. Candidates live in a window of at most `maxLength + 1` start positions; they are few (one or two
 * at a time on real pages), so they are shifted by hand rather than with `copyWithin`.
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
  const { out, fail, depth } = a;
  for (let t = out[state]!; t !== 0; t = out[fail[t]!]!) {
    const start = end - depth[t]!;
    if (start < st.lastEnd) continue;
    let k = st.count;
    while (k > 0 && starts[k - 1]! >= start) k--;
    if (k < st.count && starts[k] === start) {
      // Same start, found later: it is longer.
      ends[k] = end;
      nodes[k] = t;
      continue;
    }
    for (let m = st.count; m > k; m--) {
      starts[m] = starts[m - 1]!;
      ends[m] = ends[m - 1]!;
      nodes[m] = nodes[m - 1]!;
    }
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
    const left = st.count - drop;
    for (let m = 0; m < left; m++) {
      starts[m] = starts[m + drop]!;
      ends[m] = ends[m + drop]!;
      nodes[m] = nodes[m + drop]!;
    }
    st.count = left;
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
  const { symTab, rootTab, base: rowBase, cells, miss, out, depth, rootEnds } = a;
  let s = st.state;
  // Mirrors st.count; re-read after the (rare) calls that change it.
  let pending = st.count;
  let i = from;
  while (i < to) {
    let code = text.charCodeAt(i);
    // A row of the current state (or of the states it goes on from on a miss); else as from the root.
    let next = -1;
    if (s !== 0) {
      const sym = symTab[code]! << 1;
      for (let at = s; sym !== 0;) {
        const cell = rowBase[at]! + sym;
        if (cells[cell] === at) {
          next = cells[cell + 1]!;
          break;
        }
        at = miss[at]!;
        if (at === 0) break;
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
