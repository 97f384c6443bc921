/**
 * Incremental scanning over a page's text nodes. The content script walks text nodes in document order and
 * feeds each one with its offset in the concatenated page text; the automaton state carries over, so a name
 * split by inline markup (`<b>孙</b>大军`) is found as one match spanning both nodes. The caller maps match
 * offsets back to nodes. A gap in offsets (or `end()`) is a hard boundary: nothing matches across it, which
 * is how the caller keeps names from joining across block elements, hidden text or skipped nodes.
 */
import type { Automaton } from './automaton';
import { commit, newScanState, run, type Emit, type ScanState } from './scan';
import type { Match } from './types';

export interface MatchStream {
  /**
   * Scans the next chunk, which starts at absolute `offset` (default: right after the previous chunk).
   * Returns the matches settled so far; a match can be returned one or more chunks after its end, since a
   * longer or earlier one may still be under way.
   */
  feed(chunk: string, offset?: number): Match[];
  /** Ends the run: returns the remaining matches and forgets state, so nothing joins across this point. */
  end(): Match[];
  /** Absolute offset right after the last character fed. */
  readonly position: number;
}

/**
 * Turns a settled pattern occurrence into a match; null for occurrences that stand for no name. The match
 * starts at `text[at]`: its context is cut from the characters before (at once, or when read).
 */
export type MakeMatch = (start: number, end: number, node: number, text: string, at: number) => Match | null;

export class Stream implements MatchStream {
  private readonly scan: ScanState;
  private pos = 0;
  /**
   * The latest chunks, as references (no copying on the hot path), covering at least `keep` characters
   * before the current one: the context of a match can reach back into them. `recentLength` is their total.
   */
  private recent: string[] = [];
  private recentLength = 0;
  private readonly keep: number;
  /** The chunk being scanned and its absolute offset, read by `emit`. */
  private chunk = '';
  private chunkStart = 0;
  private found: Match[] = [];

  constructor(
    private readonly automaton: Automaton,
    private readonly context: number,
    private readonly make: MakeMatch,
  ) {
    this.scan = newScanState(automaton);
    // A match is settled at most maxLength characters after it starts, and needs `context` before it.
    this.keep = 2 * automaton.maxLength + context + 2;
  }

  get position(): number {
    return this.pos;
  }

  feed(chunk: string, offset: number = this.pos): Match[] {
    const found: Match[] = (this.found = []);
    if (offset !== this.pos) {
      this.finish();
      this.pos = offset;
    }
    this.chunk = chunk;
    this.chunkStart = offset;
    run(this.automaton, this.scan, chunk, 0, chunk.length, offset, this.emit);
    this.pos += chunk.length;
    this.remember(chunk);
    this.chunk = '';
    return found;
  }

  end(): Match[] {
    const found: Match[] = (this.found = []);
    this.finish();
    return found;
  }

  private readonly emit: Emit = (start, end, node) => {
    // Context sits in the current chunk or, near its start, in earlier ones: join only then.
    const from = start - this.context;
    let text = this.chunk;
    let at = this.chunkStart;
    if (from < at) {
      text = this.recent.join('') + text;
      at -= this.recentLength;
    }
    const match = this.make(start, end, node, text, start - at);
    if (match) this.found.push(match);
  };

  private remember(chunk: string): void {
    if (chunk.length === 0) return;
    this.recent.push(chunk);
    this.recentLength += chunk.length;
    while (this.recentLength - this.recent[0]!.length >= this.keep)
      this.recentLength -= this.recent.shift()!.length;
  }

  private finish(): void {
    this.chunkStart = this.pos;
    commit(this.scan, Infinity, this.emit);
    this.scan.state = 0;
    // Offsets are never negative, so 0 lets the next run match from its first character.
    this.scan.lastEnd = 0;
    this.recent = [];
    this.recentLength = 0;
  }
}
