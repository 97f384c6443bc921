/**
 * A match whose context (`before`) is cut from the scanned text and folded only when something reads it (the
 * relevance rules, a card), so reading a page makes no string per match: the cutting happens later, in the
 * decision's own slices, or not at all for mentions nothing asks about. The match keeps a reference to the
 * text it was found in (no copy) and where in it the match starts.
 */
import type { Match } from './types';

export class LazyMatch implements Match {
  homonyms?: readonly number[];
  private cut: string | undefined;

  constructor(
    readonly start: number,
    readonly end: number,
    readonly entryIndex: number,
    private readonly text: string,
    /** Where the match starts in `text`: its context is cut from the characters right before. */
    private readonly at: number,
    private readonly context: (text: string, at: number) => string,
  ) {}

  get before(): string {
    return (this.cut ??= this.context(this.text, this.at));
  }
}
