/**
 * Compiles a `MatcherData` payload into an Aho-Corasick automaton held in typed arrays.
 *
 * The trie is built breadth-first straight from the sorted pattern list (no per-node maps), so a state's
 * failure target always has a smaller number and every table fills in one forward pass; compiling
 * thousands of patterns takes a few milliseconds.
 *
 * Scanning uses the automaton almost as a DFA, so most characters cost one lookup and no failure-chain walk:
 *   - from the root (most characters of a page), a direct 64K table indexed by UTF-16 code unit;
 *   - from any other state, a small open-addressing hash of (state, symbol) → next state holding only the
 *     transitions that differ from the root's. Any other character leads where it would from the root.
 * Names make this sparse: most states fail straight back to the root, so the hash holds little more than
 * the trie's edges. A state whose failure state has many transitions (a common character that starts
 * many names and word-edge blocks) does not copy them: on a miss it goes on from that state (`miss`).
 */
import type { MatcherData } from './types';

export interface Automaton {
  /** UTF-16 code unit → symbol (1-based, in code-unit order; folded variants share it). 0: in no pattern. */
  readonly symTab: Uint16Array;
  /** UTF-16 code unit → next state from the root. Depth-1 states are numbered first, below 65536. */
  readonly rootTab: Uint16Array;
  /** Transition hash, keyed by (state, symbol): `hashState` is -1 in empty slots. */
  readonly hashState: Int32Array;
  readonly hashSym: Uint16Array;
  readonly hashNext: Int32Array;
  /** 32 − log2(hash size): the slot is the top bits of the mixed key. */
  readonly hashShift: number;
  readonly fail: Int32Array;
  /** Where to go on after a miss in the hash: a failure state whose rows were not copied, or 0 (the root). */
  readonly miss: Int32Array;
  /** First state on the failure chain (the state itself included) that ends a pattern; 0 when none. */
  readonly out: Int32Array;
  /** Length of the string a state spells, which is the pattern length for terminal states. */
  readonly depth: Uint16Array;
  /** Entry index of the pattern ending at a state, -1 when none. */
  readonly term: Int32Array;
  /** Terminal states shared by several entries (homonyms) → all of their entry indices. */
  readonly homonyms: ReadonlyMap<number, readonly number[]>;
  /**
   * Entries numbered from here on are blocks (words across a name's edge), not names. A block's terminal
   * state maps to the state of the name it stands for (a prefix of it), or to 0 when it stands for nothing.
   */
  readonly names: number;
  readonly blockFallback: ReadonlyMap<number, number>;
  /** A name's terminal state → texts that, printed right before it, make it part of another word (光临 | 临县). */
  readonly leftGuards: ReadonlyMap<number, readonly string[]>;
  /** Variant code unit → canonical code unit, for folding context text the same way patterns are folded. */
  readonly foldMap: ReadonlyMap<number, number>;
  readonly maxLength: number;
  readonly states: number;
  /** Whether some pattern is a single code unit, so a state one step from the root can end a match. */
  readonly rootEnds: boolean;
}

/** Mixes (state, symbol) into a hash slot; the scanning loop inlines the same expression. */
export function slot(state: number, sym: number, shift: number): number {
  return (Math.imul(state, 0x9e3779b1) ^ Math.imul(sym, 0x85ebca6b)) >>> shift;
}

/** Rows a state copies from its failure state at most; beyond that it goes on from there on a miss. */
const INHERITED_ROWS = 8;

interface Trie {
  edgeStart: Int32Array;
  edgeSym: Uint16Array;
  edgeTo: Int32Array;
}

/** The child of a non-root trie state on `sym`, or 0. Edge runs are sorted by symbol. */
function child(t: Trie, state: number, sym: number): number {
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

interface Patterns {
  patterns: string[];
  entries: number[];
  heads: number[];
  /** Blocks that are a word ending in a name (光临县: 光临 | 临县), as [the name, the text before it]. */
  guards: [string, string][];
}

function collectPatterns(data: MatcherData): Patterns {
  const raw: string[] = [];
  const rawEntries: number[] = [];
  const rawHeads: number[] = [];
  data.surfaces.forEach((joined, entry) => {
    if (!joined) return;
    for (const pattern of joined.split('|')) {
      if (pattern.length === 0) continue;
      raw.push(pattern);
      rawEntries.push(entry);
      rawHeads.push(0);
    }
  });
  const names = data.ids.length;
  const known = new Set(raw);
  const guards: [string, string][] = [];
  (data.blocks ?? []).forEach((block, k) => {
    const bar = block.indexOf('|');
    if (bar < 0 || block.length < 3) return;
    // A word ending in a name needs no states: the name's match is dropped when the rest precedes it.
    if (bar === 0) {
      for (let cut = 2; cut < block.length - 1; cut++) {
        if (!known.has(block.slice(cut))) continue;
        guards.push([block.slice(cut), block.slice(1, cut)]);
        return;
      }
    }
    raw.push(block.slice(0, bar) + block.slice(bar + 1));
    rawEntries.push(names + k);
    rawHeads.push(bar);
  });
  // Code-unit order: equal prefixes become contiguous runs, which is what the breadth-first build relies on.
  const order = raw.map((_, i) => i);
  order.sort((x, y) => {
    const a = raw[x]!;
    const b = raw[y]!;
    return a < b ? -1 : a > b ? 1 : rawEntries[x]! - rawEntries[y]!;
  });
  return {
    patterns: order.map((i) => raw[i]!),
    entries: order.map((i) => rawEntries[i]!),
    heads: order.map((i) => rawHeads[i]!),
    guards,
  };
}

export function compile(data: MatcherData): Automaton {
  const { patterns, entries, heads, guards } = collectPatterns(data);
  const names = data.ids.length;
  const count = patterns.length;

  // Alphabet: symbols numbered in code-unit order so sorted patterns give sorted edge runs.
  const symTab = new Uint16Array(65536);
  let total = 1;
  let maxLength = 0;
  for (const pattern of patterns) {
    total += pattern.length;
    if (pattern.length > maxLength) maxLength = pattern.length;
    for (let i = 0; i < pattern.length; i++) symTab[pattern.charCodeAt(i)] = 1;
  }
  let symbols = 0;
  for (let code = 0; code < 65536; code++) if (symTab[code] !== 0) symTab[code] = ++symbols;
  const foldMap = new Map<number, number>();
  for (let i = 0; i + 1 < data.fold.length; i += 2) {
    const variant = data.fold.charCodeAt(i);
    const canonical = data.fold.charCodeAt(i + 1);
    foldMap.set(variant, canonical);
    if (symTab[variant] === 0) symTab[variant] = symTab[canonical]!;
  }

  // Breadth-first trie over the sorted patterns: state k covers patterns[lo[k], hi[k]) sharing depth[k] units.
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
    while (j < end && patterns[j]!.length === d) {
      const entry = entries[j]!;
      if (term[k] === -1) term[k] = entry;
      // A block spelled like a name, or like another block, adds nothing (names sort first).
      else if (entry >= names) {
        j++;
        continue;
      } else {
        const all = homonyms.get(k) ?? [term[k]!];
        if (!all.includes(entry)) all.push(entry);
        homonyms.set(k, all);
      }
      j++;
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

  const trie: Trie = { edgeStart, edgeSym, edgeTo };

  const rootBySym = new Int32Array(symbols + 1);
  for (let e = edgeStart[0]!; e < edgeStart[1]!; e++) rootBySym[edgeSym[e]!] = edgeTo[e]!;
  const walk = (text: string, visit?: (state: number, length: number) => void): number => {
    let state = 0;
    for (let d = 0; d < text.length; d++) {
      const sym = symTab[text.charCodeAt(d)]!;
      state = d === 0 ? rootBySym[sym]! : child(trie, state, sym);
      if (state === 0) return 0;
      visit?.(state, d + 1);
    }
    return state;
  };

  // A block stands for the longest name along its head (吕梁市|委员会 → 吕梁市), found by walking the trie.
  const blockFallback = new Map<number, number>();
  for (let j = 0; j < count; j++) {
    if (entries[j]! < names) continue;
    let fallback = 0;
    const end = walk(patterns[j]!, (state, length) => {
      if (length <= heads[j]! && term[state] !== -1 && term[state]! < names) fallback = state;
    });
    if (end !== 0 && term[end] === entries[j]) blockFallback.set(end, fallback);
  }
  const leftGuards = new Map<number, string[]>();
  for (const [name, before] of guards) {
    const state = walk(name);
    if (state === 0) continue;
    const list = leftGuards.get(state);
    if (list) list.push(before);
    else leftGuards.set(state, [before]);
  }
  const rootTab = new Uint16Array(65536);
  for (let code = 0; code < 65536; code++) {
    const sym = symTab[code]!;
    if (sym !== 0) rootTab[code] = rootBySym[sym]!;
  }

  // Failure links and output links, in breadth-first order.
  const fail = new Int32Array(states);
  const out = new Int32Array(states);
  for (let k = 0; k < states; k++) {
    for (let e = edgeStart[k]!; e < edgeStart[k + 1]!; e++) {
      const sym = edgeSym[e]!;
      const next = edgeTo[e]!;
      let target = 0;
      if (k !== 0) {
        for (let f = fail[k]!; ; f = fail[f]!) {
          const t = f === 0 ? rootBySym[sym]! : child(trie, f, sym);
          if (t !== 0 || f === 0) {
            target = t;
            break;
          }
        }
      }
      fail[next] = target;
      out[next] = term[next] !== -1 ? next : out[target]!;
    }
  }

  // Rows relative to the root: a state's own edges, plus its failure state's rows when they are few. A state
  // whose failure state has many rows (one character that starts hundreds of names and blocks) keeps only
  // its own and, on a miss, goes on from that failure state (`miss`): copying would multiply the table.
  const rowStart = new Int32Array(states + 1);
  const rowSym: number[] = [];
  const rowNext: number[] = [];
  const miss = new Int32Array(states);
  for (let k = 1; k < states; k++) {
    // Runs are contiguous, so this also closes run k - 1; the failure state's run (f < k) is complete.
    rowStart[k] = rowSym.length;
    for (let e = edgeStart[k]!; e < edgeStart[k + 1]!; e++) {
      rowSym.push(edgeSym[e]!);
      rowNext.push(edgeTo[e]!);
    }
    const f = fail[k]!;
    if (f === 0) continue;
    if (rowStart[f + 1]! - rowStart[f]! > INHERITED_ROWS) {
      miss[k] = f;
      continue;
    }
    miss[k] = miss[f]!;
    for (let r = rowStart[f]!; r < rowStart[f + 1]!; r++) {
      if (child(trie, k, rowSym[r]!) === 0) {
        rowSym.push(rowSym[r]!);
        rowNext.push(rowNext[r]!);
      }
    }
  }
  rowStart[states] = rowSym.length;

  // Load factor at most 1/3 keeps misses, the common case, at about one probe.
  let bits = 4;
  while (1 << bits < rowSym.length * 3) bits++;
  const size = 1 << bits;
  const hashShift = 32 - bits;
  const hashState = new Int32Array(size).fill(-1);
  const hashSym = new Uint16Array(size);
  const hashNext = new Int32Array(size);
  for (let k = 1; k < states; k++) {
    for (let r = rowStart[k]!; r < rowStart[k + 1]!; r++) {
      let h = slot(k, rowSym[r]!, hashShift);
      while (hashState[h] !== -1) h = (h + 1) & (size - 1);
      hashState[h] = k;
      hashSym[h] = rowSym[r]!;
      hashNext[h] = rowNext[r]!;
    }
  }

  return {
    symTab,
    rootTab,
    hashState,
    hashSym,
    hashNext,
    hashShift,
    fail,
    miss,
    out,
    depth: depth.slice(0, states),
    term: term.slice(0, states),
    homonyms,
    names,
    blockFallback,
    leftGuards,
    foldMap,
    maxLength,
    states,
    rootEnds: edgeTo.subarray(edgeStart[0]!, edgeStart[1]!).some((k) => term[k] !== -1),
  };
}
