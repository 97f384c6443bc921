/**
 * The compiled automaton as a message can carry it (plain JSON), so the background compiles it once per archive
 * and every frame only unpacks it: compiling runs cold code in each frame (about 100 ms in a content script on
 * this project's benchmark machine), unpacking copies arrays.
 *
 * The two code-unit tables (65 536 entries each, a few hundred of them set) travel as their set entries.
 */
import type { Automaton } from './automaton';

export interface PackedAutomaton {
  /** Code unit, symbol, code unit, symbol, … (`symTab`'s set entries); `rootTab` likewise. */
  symTab: number[];
  rootTab: number[];
  base: number[];
  cells: number[];
  miss: number[];
  fail: number[];
  out: number[];
  depth: number[];
  term: number[];
  special: number[];
  homonyms: [number, number[]][];
  blockFallback: [number, number][];
  leftGuards: [number, string[]][];
  foldMap: [number, number][];
  names: number;
  maxLength: number;
  states: number;
  rootEnds: boolean;
}

const UNITS = 0x10000;

function setEntries(table: Uint16Array): number[] {
  const pairs: number[] = [];
  table.forEach((value, unit) => {
    if (value) pairs.push(unit, value);
  });
  return pairs;
}

function fromEntries(pairs: readonly number[]): Uint16Array {
  const table = new Uint16Array(UNITS);
  for (let i = 0; i < pairs.length; i += 2) table[pairs[i]!] = pairs[i + 1]!;
  return table;
}

export function packAutomaton(a: Automaton): PackedAutomaton {
  return {
    symTab: setEntries(a.symTab),
    rootTab: setEntries(a.rootTab),
    base: [...a.base],
    cells: [...a.cells],
    miss: [...a.miss],
    fail: [...a.fail],
    out: [...a.out],
    depth: [...a.depth],
    term: [...a.term],
    special: [...a.special],
    homonyms: [...a.homonyms].map(([state, entries]) => [state, [...entries]]),
    blockFallback: [...a.blockFallback],
    leftGuards: [...a.leftGuards].map(([state, words]) => [state, [...words]]),
    foldMap: [...a.foldMap],
    names: a.names,
    maxLength: a.maxLength,
    states: a.states,
    rootEnds: a.rootEnds,
  };
}

export function unpackAutomaton(p: PackedAutomaton): Automaton {
  return {
    symTab: fromEntries(p.symTab),
    rootTab: fromEntries(p.rootTab),
    base: Int32Array.from(p.base),
    cells: Int32Array.from(p.cells),
    miss: Int32Array.from(p.miss),
    fail: Int32Array.from(p.fail),
    out: Int32Array.from(p.out),
    depth: Uint16Array.from(p.depth),
    term: Int32Array.from(p.term),
    special: Uint8Array.from(p.special),
    homonyms: new Map(p.homonyms),
    blockFallback: new Map(p.blockFallback),
    leftGuards: new Map(p.leftGuards),
    foldMap: new Map(p.foldMap),
    names: p.names,
    maxLength: p.maxLength,
    states: p.states,
    rootEnds: p.rootEnds,
  };
}
