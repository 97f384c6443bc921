/**
 * A character trie for dictionary look-ups over article text. Scanning is leftmost-longest and linear in the
 * text length times the longest key, so known names can be found in 100k articles without regex alternations.
 * Nodes are keyed by UTF-16 code unit (numbers hash faster than one-character strings).
 */

interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  value?: T;
}

export interface TrieHit<T> {
  start: number;
  end: number;
  key: string;
  value: T;
}

export class Trie<T> {
  private readonly root: TrieNode<T> = { next: new Map() };
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Adds `key`; an existing key keeps its first value unless `replace` is set. */
  add(key: string, value: T, replace = false): void {
    if (key === '') return;
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map() };
        node.next.set(code, child);
      }
      node = child;
    }
    if (node.value === undefined) this.count++;
    if (node.value === undefined || replace) node.value = value;
  }

  get(key: string): T | undefined {
    let node: TrieNode<T> | undefined = this.root;
    for (let i = 0; i < key.length && node; i++) node = node.next.get(key.charCodeAt(i));
    return node?.value;
  }

  /** Whether some key starts with the character at `pos` (a cheap pre-check while scanning). */
  startsAt(text: string, pos: number): boolean {
    return this.root.next.has(text.charCodeAt(pos));
  }

  /** The longest key starting at `start`, or null. Positions are UTF-16 offsets. */
  longestAt(text: string, start: number): TrieHit<T> | null {
    let node: TrieNode<T> | undefined = this.root;
    let bestEnd = -1;
    let bestValue: T | undefined;
    for (let i = start; i < text.length; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      if (node.value !== undefined) {
        bestEnd = i + 1;
        bestValue = node.value;
      }
    }
    if (bestEnd < 0 || bestValue === undefined) return null;
    return { start, end: bestEnd, key: text.slice(start, bestEnd), value: bestValue };
  }

  /** Leftmost-longest, non-overlapping occurrences of keys in `text`. */
  scan(text: string): TrieHit<T>[] {
    const hits: TrieHit<T>[] = [];
    const first = this.root.next;
    let i = 0;
    while (i < text.length) {
      const hit = first.has(text.charCodeAt(i)) ? this.longestAt(text, i) : null;
      if (hit) {
        hits.push(hit);
        i = hit.end;
      } else i++;
    }
    return hits;
  }
}

/**
 * A small word list indexed by first (or last) character, for "does one of these words start (end) here"
 * checks that run at every position of every article.
 */
export class WordIndex {
  private readonly byFirst = new Map<number, string[]>();
  private readonly byLast = new Map<number, string[]>();

  constructor(words: Iterable<string>) {
    const sorted = [...new Set(words)].filter((w) => w !== '').sort((a, b) => b.length - a.length);
    for (const word of sorted) {
      const first = word.charCodeAt(0);
      const last = word.charCodeAt(word.length - 1);
      (this.byFirst.get(first) ?? this.byFirst.set(first, []).get(first)!).push(word);
      (this.byLast.get(last) ?? this.byLast.set(last, []).get(last)!).push(word);
    }
  }

  /** The longest word starting at `pos`, or null. */
  startingAt(text: string, pos: number): string | null {
    const candidates = this.byFirst.get(text.charCodeAt(pos));
    if (!candidates) return null;
    for (const word of candidates) if (text.startsWith(word, pos)) return word;
    return null;
  }

  /** The longest word ending exactly at `end` and starting at or after `from`, or null. */
  endingAt(text: string, end: number, from = 0): string | null {
    const candidates = this.byLast.get(text.charCodeAt(end - 1));
    if (!candidates) return null;
    for (const word of candidates) {
      if (end - word.length >= from && text.startsWith(word, end - word.length)) return word;
    }
    return null;
  }

  /** The longest word `text` ends with, or null. */
  suffixOf(text: string): string | null {
    return this.endingAt(text, text.length);
  }
}
