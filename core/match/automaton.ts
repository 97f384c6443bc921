/**
 * Compiles a `MatcherData` payload into an Aho-Corasick automaton held in flat typed arrays, in steps:
 *
 *   patterns (patterns.ts)       surfaces and word-edge blocks, sorted in code-unit order;
 *   alphabet (alphabet.ts)       code unit → symbol, traditional variants folded into their symbol;
 *   trie (trie.ts)               built breadth-first from the sorted list, edges in typed arrays;
 *   links (links.ts)             failure and output links, what blocks stand for, left guards;
 *   transitions (transitions.ts) a double array of rows relative to the root, the scanner's only table.
 *
 * The background compiles once per archive; frames get the result packed (`packed.ts`).
 */
import { buildAlphabet } from './alphabet';
import { blockMeaning, buildLinks } from './links';
import { collectPatterns } from './patterns';
import { buildTransitions } from './transitions';
import { buildTrie } from './trie';
import type { MatcherData } from './types';

/** Per-state marks for what a match ending there needs beyond its entry (see `Automaton.special`). */
export const SPECIAL_BLOCK = 1;
export const SPECIAL_GUARDED = 2;
export const SPECIAL_HOMONYMS = 4;

export interface Automaton {
  /** UTF-16 code unit → symbol (1-based, in code-unit order; folded variants share it). 0: in no pattern. */
  readonly symTab: Uint16Array;
  /** UTF-16 code unit → next state from the root. */
  readonly rootTab: Uint16Array;
  /** Double array: a state's row for symbol s is the pair at `cells[base[state] + 2s]` if it owns it. */
  readonly base: Int32Array;
  readonly cells: Int32Array;
  /** Where to go on after a miss: a failure state whose rows were not copied, or 0 (the root). */
  readonly miss: Int32Array;
  readonly fail: Int32Array;
  /** First state on the failure chain (the state itself included) that ends a pattern; 0 when none. */
  readonly out: Int32Array;
  /** Length of the string a state spells, which is the pattern length for terminal states. */
  readonly depth: Uint16Array;
  /** Entry index of the pattern ending at a state, -1 when none. */
  readonly term: Int32Array;
  /** SPECIAL_* bits per state, so the common match needs no map lookup. */
  readonly special: Uint8Array;
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

export function compile(data: MatcherData): Automaton {
  const patterns = collectPatterns(data);
  const names = data.ids.length;
  const { symTab, symbols, foldMap } = buildAlphabet(patterns.patterns, data.fold);
  const trie = buildTrie(patterns, symTab, symbols, names);
  const { fail, out } = buildLinks(trie);
  const { blockFallback, leftGuards } = blockMeaning(trie, patterns, symTab, names);
  const { rootTab, base, cells, miss } = buildTransitions(trie, fail, symTab, symbols);
  const special = new Uint8Array(trie.states);
  for (let k = 0; k < trie.states; k++) if (trie.term[k]! >= names) special[k]! |= SPECIAL_BLOCK;
  for (const k of leftGuards.keys()) special[k]! |= SPECIAL_GUARDED;
  for (const k of trie.homonyms.keys()) special[k]! |= SPECIAL_HOMONYMS;
  let maxLength = 0;
  for (const pattern of patterns.patterns) maxLength = Math.max(maxLength, pattern.length);
  const { edgeStart, edgeTo, term } = trie;
  return {
    symTab,
    rootTab,
    base,
    cells,
    miss,
    fail,
    out,
    depth: trie.depth,
    term,
    special,
    homonyms: trie.homonyms,
    names,
    blockFallback,
    leftGuards,
    foldMap,
    maxLength,
    states: trie.states,
    rootEnds: edgeTo.subarray(edgeStart[0]!, edgeStart[1]!).some((k) => term[k] !== -1),
  };
}
