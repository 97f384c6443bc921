/**
 * The word segmenter behind the index, kept behind an interface so the engine runs the same in Node (CLI, tests,
 * build) and in the extension's background, each with its own way of loading jieba's WebAssembly.
 */

export interface Tokenizer {
  /** Names the segmenter and its mode; an index records it so a mismatch can be detected. */
  readonly id: string;
  /** jieba's search mode: the words of the text plus the shorter dictionary words inside long ones. */
  cutForSearch(text: string): string[];
  /** jieba's precise mode: each character in exactly one word (what a query means, without nested sub-words). */
  cut(text: string): string[];
  /** Adds words to the dictionary (entity names), so they are kept whole at index and at query time alike. */
  addWords?(words: UserWord[]): void;
}

/** A word jieba must keep whole (entity names), in the shape of jieba's `add_word`. */
export interface UserWord {
  word: string;
  freq?: number;
  tag?: string;
}

/** The id every jieba-backed tokenizer reports; indexes built with it are compatible with each other. */
export const JIEBA_TOKENIZER_ID = 'jieba-rs/cut_for_search/hmm';

/**
 * Function words that carry no meaning on their own. They are left out of the word index (they would only make
 * postings huge) and out of queries; bigrams still cover them inside phrases.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  '的 了 在 是 和 与 及 等 为 对 将 把 被 也 都 而 并 之 其 于 以 由 从 向 又 或 着 就 这 那 该 此 各 个 有 中 上 下 要 让'.split(
    ' ',
  ),
);
