/**
 * Content-script side of the page matcher: compiles the payload once, then scans text one-shot (`scan`) or
 * incrementally across text nodes (`stream`). Matches are leftmost-longest and non-overlapping.
 */
import { compile, type Automaton } from './automaton';
import { decodeEntries } from './entries';
import { commit, newScanState, run } from './scan';
import { Stream, type MatchStream } from './stream';
import type { EntryInfo, Match, MatcherData } from './types';

export interface MatcherOptions {
  /** Characters of context kept before each match, for post checks and lists of names. Default 24. */
  context?: number;
}

export interface Matcher {
  readonly entries: readonly EntryInfo[];
  /** Longest pattern, in UTF-16 code units. */
  readonly maxLength: number;
  /** Matches in `text[from, to)`; offsets are indices into `text`. */
  scan(text: string, from?: number, to?: number): Match[];
  /** A fresh incremental scanner; see `MatchStream`. */
  stream(): MatchStream;
  /** Folds variant characters to the canonical ones patterns and posts are stored in. */
  fold(text: string): string;
}

function folder(a: Automaton): (text: string) => string {
  if (a.foldMap.size === 0) return (text) => text;
  // An 8 KB bitmap of variant code units: most contexts hold none and are returned as they are.
  const variant = new Int32Array(2048);
  for (const code of a.foldMap.keys()) variant[code >>> 5]! |= 1 << (code & 31);
  return (text) => {
    let i = 0;
    for (; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if ((variant[code >>> 5]! & (1 << (code & 31))) !== 0) break;
    }
    if (i === text.length) return text;
    let out = text.slice(0, i);
    for (; i < text.length; i++) {
      const code = text.charCodeAt(i);
      out += String.fromCharCode(a.foldMap.get(code) ?? code);
    }
    return out;
  };
}

export function createMatcher(data: MatcherData, options: MatcherOptions = {}): Matcher {
  const automaton = compile(data);
  const context = options.context ?? 24;
  const fold = folder(automaton);
  const make = (start: number, end: number, node: number, before: string): Match | null => {
    let entryIndex = automaton.term[node]!;
    if (entryIndex >= automaton.names) {
      // A word across a name's edge: nothing, or the name before that word.
      node = automaton.blockFallback.get(node) ?? 0;
      if (node === 0) return null;
      entryIndex = automaton.term[node]!;
      end = start + automaton.depth[node]!;
    }
    const folded = fold(before);
    const guards = automaton.leftGuards.get(node);
    if (guards) for (const word of guards) if (folded.endsWith(word)) return null;
    const match: Match = { start, end, entryIndex, before: folded };
    const homonyms = automaton.homonyms.get(node);
    if (homonyms) match.homonyms = homonyms;
    return match;
  };
  return {
    entries: decodeEntries(data),
    maxLength: automaton.maxLength,
    fold,
    stream: () => new Stream(automaton, context, make),
    scan(text, from = 0, to = text.length) {
      const found: Match[] = [];
      const emit = (start: number, end: number, node: number): void => {
        const match = make(start, end, node, text.slice(Math.max(0, start - context), start));
        if (match) found.push(match);
      };
      const state = newScanState(automaton);
      const lo = Math.max(0, Math.min(from, text.length));
      const hi = Math.max(lo, Math.min(to, text.length));
      run(automaton, state, text, lo, hi, 0, emit);
      commit(state, Infinity, emit);
      return found;
    },
  };
}
