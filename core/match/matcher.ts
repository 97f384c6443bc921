/**
 * Content-script side of the page matcher: the automaton the background compiled (`matcherFromPacked`), or one
 * compiled here (`createMatcher`), scans text one-shot (`scan`) or incrementally across text nodes (`stream`).
 * Matches are leftmost-longest and non-overlapping.
 */
import { folder } from './alphabet';
import { compile, SPECIAL_BLOCK, type Automaton } from './automaton';
import { unpackAutomaton, type PackedAutomaton } from './packed';
import { decodeEntries } from './entries';
import { commit, newScanState, run } from './scan';
import { LazyMatch } from './lazy-match';
import { Stream, type MakeMatch, type MatchStream } from './stream';
import type { EntryInfo, Match, MatcherData } from './types';

export interface MatcherOptions {
  /** Characters of context kept before each match, for post checks and lists of names. Default 24. */
  context?: number;
}

export interface Matcher {
  readonly entries: readonly EntryInfo[];
  /** Longest pattern, in UTF-16 code units. */
  readonly maxLength: number;
  /**
   * Matches in `text[from, to)`; offsets are indices into `text`. `lazy`: each match's context is cut when
   * read (see `LazyMatch`), which spares a long page tens of thousands of strings nobody reads.
   */
  scan(text: string, from?: number, to?: number, lazy?: boolean): Match[];
  /** A fresh incremental scanner; see `MatchStream`. `lazy` as for `scan`. */
  stream(lazy?: boolean): MatchStream;
  /** Folds variant characters to the canonical ones patterns and posts are stored in. */
  fold(text: string): string;
}

export function createMatcher(data: MatcherData, options: MatcherOptions = {}): Matcher {
  return matcherFor(compile(data), data, options);
}

/** The matcher of `data` from its automaton as the background compiled and packed it (`packAutomaton`). */
export function matcherFromPacked(
  packed: PackedAutomaton,
  data: MatcherData,
  options: MatcherOptions = {},
): Matcher {
  return matcherFor(unpackAutomaton(packed), data, options);
}

function matcherFor(automaton: Automaton, data: MatcherData, options: MatcherOptions): Matcher {
  const context = options.context ?? 24;
  const fold = folder(automaton.foldMap);
  const { term, special, depth } = automaton;
  const { blockFallback, leftGuards, homonyms } = automaton;
  const cut = (text: string, at: number): string => fold(text.slice(Math.max(0, at - context), at));
  const makeFor =
    (lazy: boolean): MakeMatch =>
    (start, end, node, text, at) => {
      const marks = special[node]!;
      if (marks & SPECIAL_BLOCK) {
        // A word across a name's edge: nothing, or the name before that word.
        node = blockFallback.get(node) ?? 0;
        if (node === 0) return null;
        end = start + depth[node]!;
      }
      const entry = term[node]!;
      const match: Match = lazy
        ? new LazyMatch(start, end, entry, text, at, cut)
        : { start, end, entryIndex: entry, before: cut(text, at) };
      if (marks === 0) return match;
      const guards = leftGuards.get(node);
      if (guards) for (const word of guards) if (match.before.endsWith(word)) return null;
      const shared = homonyms.get(node);
      if (shared) match.homonyms = shared;
      return match;
    };
  const eager = makeFor(false);
  const lazy = makeFor(true);
  return {
    entries: decodeEntries(data),
    maxLength: automaton.maxLength,
    fold,
    stream: (isLazy = false) => new Stream(automaton, context, isLazy ? lazy : eager),
    scan(text, from = 0, to = text.length, isLazy = false) {
      const found: Match[] = [];
      const make = isLazy ? lazy : eager;
      const emit = (start: number, end: number, node: number): void => {
        const match = make(start, end, node, text, start);
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
