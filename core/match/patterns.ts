/**
 * The patterns an automaton is compiled from: every surface of every entry, and the word-edge blocks, sorted
 * in code-unit order so that patterns sharing a prefix form contiguous runs (what the breadth-first trie
 * build relies on). Blocks that are a word ending in a name need no pattern: they become left guards.
 */
import type { MatcherData } from './types';

export interface Patterns {
  patterns: string[];
  /** Entry of each pattern: a name's index, or `names + k` for the k-th block. */
  entries: number[];
  /** Length of a block's head (the part a name may be a prefix of); 0 for names. */
  heads: number[];
  /** Blocks that are a word ending in a name (光临县: 光临 | 临县), as [the name, the text before it]. */
  guards: [string, string][];
}

export function collectPatterns(data: MatcherData): Patterns {
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
