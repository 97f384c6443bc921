/**
 * The automaton's transitions as a double array: a state's row for symbol s is cell `base[state] + 2s` of one
 * flat Int32Array of (owner, next) pairs, taken when its owner is that state. One addition, one load and one
 * comparison per character; no hashing, no per-node objects.
 *
 * Rows are relative to the root, so the table stays near the size of the trie: a state holds its own edges
 * plus its failure state's rows when they are few (the automaton then acts as a DFA there), and every other
 * character leads where it would from the root (`rootTab`, indexed by code unit, which also lets the scanner
 * skip characters that start no name without reading the alphabet). A state whose failure state has many
 * rows (a common character that starts many names and word-edge blocks) does not copy them: on a miss it
 * goes on from that state (`miss`), so one crowded character does not multiply the table.
 */
import type { Trie } from './trie';

export interface Transitions {
  /** UTF-16 code unit → next state from the root (depth-1 states are numbered first, below 65536). */
  readonly rootTab: Uint16Array;
  /** State → offset of its row for symbol 0 in `cells` (rows for symbol s at `base + 2s`). */
  readonly base: Int32Array;
  /** Pairs (owner state, next state); owner -1 in free cells. */
  readonly cells: Int32Array;
  /** Where to go on after a miss: a failure state whose rows were not copied, or 0 (the root). */
  readonly miss: Int32Array;
}

/** Rows a state copies from its failure state at most; beyond that it goes on from there on a miss. */
const INHERITED_ROWS = 8;

interface Rows {
  start: Int32Array;
  sym: Uint16Array;
  next: Int32Array;
  miss: Int32Array;
}

/** Each state's rows relative to the root: its own edges, and its failure state's rows when they are few. */
function rowsOf(t: Trie, fail: Int32Array): Rows {
  const { states, edgeStart, edgeSym, edgeTo } = t;
  // Own edges, plus at most INHERITED_ROWS per state.
  const capacity = edgeStart[states]! + INHERITED_ROWS * states;
  const start = new Int32Array(states + 1);
  const sym = new Uint16Array(capacity);
  const next = new Int32Array(capacity);
  const miss = new Int32Array(states);
  let n = 0;
  for (let k = 1; k < states; k++) {
    // Runs are contiguous, so this also closes run k - 1; the failure state's run (f < k) is complete.
    start[k] = n;
    const own = edgeStart[k]!;
    const ownEnd = edgeStart[k + 1]!;
    for (let e = own; e < ownEnd; e++, n++) {
      sym[n] = edgeSym[e]!;
      next[n] = edgeTo[e]!;
    }
    const f = fail[k]!;
    if (f === 0) continue;
    if (start[f + 1]! - start[f]! > INHERITED_ROWS) {
      miss[k] = f;
      continue;
    }
    miss[k] = miss[f]!;
    for (let r = start[f]!; r < start[f + 1]!; r++) {
      let shadowed = false;
      for (let e = own; e < ownEnd && !shadowed; e++) shadowed = edgeSym[e] === sym[r];
      if (shadowed) continue;
      sym[n] = sym[r]!;
      next[n] = next[r]!;
      n++;
    }
  }
  start[states] = n;
  return { start, sym, next, miss };
}

export function buildTransitions(
  t: Trie,
  fail: Int32Array,
  symTab: Uint16Array,
  symbols: number,
): Transitions {
  const rootTab = new Uint16Array(65536);
  for (let code = 0; code < 65536; code++) {
    const sym = symTab[code]!;
    if (sym !== 0) rootTab[code] = t.rootBySym[sym]!;
  }
  const rows = rowsOf(t, fail);
  const { start, sym } = rows;
  const states = t.states;

  // First fit, widest rows first: the many one-row states then fill the gaps the wide ones leave. Candidate
  // bases are tried only where the state's lowest symbol would land on a free cell (`free` skips used runs).
  const order: number[] = [];
  for (let k = 1; k < states; k++) if (start[k + 1]! > start[k]!) order.push(k);
  order.sort((a, b) => start[b + 1]! - start[b]! - (start[a + 1]! - start[a]!) || a - b);
  let used = new Uint8Array(start[states]! + 2 * symbols + 2);
  // free[i]: a cell ≥ i that may be free (path-compressed pointers past used cells).
  let free = new Int32Array(used.length + 1).map((_, i) => i);
  const grow = (): void => {
    const more = new Uint8Array(used.length * 2);
    more.set(used);
    used = more;
    const pointers = new Int32Array(used.length + 1).map((_, i) => i);
    pointers.set(free.subarray(0, free.length - 1));
    free = pointers;
  };
  const firstFreeFrom = (i: number): number => {
    let r = i;
    while (free[r] !== r) r = free[r]!;
    for (let j = i; free[j] !== r;) {
      const up = free[j]!;
      free[j] = r;
      j = up;
    }
    return r;
  };
  const slot = new Int32Array(states);
  let size = symbols + 1;
  for (const k of order) {
    let low = 65536;
    for (let r = start[k]!; r < start[k + 1]!; r++) low = Math.min(low, sym[r]!);
    for (let cell = firstFreeFrom(low); ; cell = firstFreeFrom(cell + 1)) {
      const b = cell - low;
      while (b + symbols + 1 >= used.length) grow();
      let fits = true;
      for (let r = start[k]!; r < start[k + 1]! && fits; r++) fits = used[b + sym[r]!] === 0;
      if (!fits) continue;
      for (let r = start[k]!; r < start[k + 1]!; r++) {
        used[b + sym[r]!] = 1;
        free[b + sym[r]!] = b + sym[r]! + 1;
      }
      slot[k] = b;
      size = Math.max(size, b + symbols + 1);
      break;
    }
  }

  // Every lookup (any state, any symbol) stays inside the table: base + 2 × symbols < cells.length.
  const base = new Int32Array(states);
  const cells = new Int32Array(2 * size).fill(-1);
  for (let k = 1; k < states; k++) {
    base[k] = 2 * slot[k]!;
    for (let r = start[k]!; r < start[k + 1]!; r++) {
      const at = base[k]! + 2 * sym[r]!;
      cells[at] = k;
      cells[at + 1] = rows.next[r]!;
    }
  }
  return { rootTab, base, cells, miss: rows.miss };
}
