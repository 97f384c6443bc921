/**
 * Turns a document's text into index terms: jieba words for Han text, Latin/digit runs as they are, and character
 * bigrams of every Han run. Bigrams are the fallback that finds a word jieba segments one way in the archive and
 * another way in the query (names it does not know, words glued to neighbours).
 *
 * A bigram that is itself one of the document's words is not indexed for that document: the word's postings
 * already say the document holds those two characters, and a query looks the pair up as a word as well as a
 * bigram (query.ts). Common two-character words (工作, 发展) were most of the bigram postings.
 */
import { isHanCodePoint } from '../han';
import { bigramTerm } from './terms';
import { fold, joinHan, runs } from './text';
import { STOPWORDS, type Tokenizer } from './tokenizer';

export interface FieldTerms {
  /** term → occurrences; words, '~' bigrams. */
  counts: Map<string, number>;
  /** Number of word occurrences: the length BM25 normalises by. */
  length: number;
}

export function isHanWord(token: string): boolean {
  if (token.length === 0) return false;
  for (let i = 0; i < token.length; i++) if (!isHanCodePoint(token.charCodeAt(i))) return false;
  return true;
}

function add(counts: Map<string, number>, term: string): void {
  counts.set(term, (counts.get(term) ?? 0) + 1);
}

const partsCache = new WeakMap<Tokenizer, Map<string, string[]>>();
const PARTS_CACHE_LIMIT = 50_000;

/**
 * Dictionary words of four or more characters inside a longer word. jieba's search mode stops at three, so
 * without these 文明城市 inside the name 文明城市创建 would never be indexed as a word. Cached per segmenter:
 * long words (names, set phrases) repeat across the archive.
 */
function longWordParts(token: string, tokenizer: Tokenizer): string[] {
  let cache = partsCache.get(tokenizer);
  if (!cache) partsCache.set(tokenizer, (cache = new Map()));
  const cached = cache.get(token);
  if (cached) return cached;
  const parts: string[] = [];
  for (let len = 4; len < token.length; len++) {
    for (let i = 0; i + len <= token.length; i++) {
      const part = token.slice(i, i + len);
      const cut = tokenizer.cut(part);
      if (cut.length === 1 && !parts.includes(part)) parts.push(part);
    }
  }
  if (cache.size >= PARTS_CACHE_LIMIT) cache.clear();
  cache.set(token, parts);
  return parts;
}

/** Han words jieba finds in already folded text (search mode, plus long inner words), without stopwords. */
export function hanWords(folded: string, tokenizer: Tokenizer): string[] {
  const out: string[] = [];
  for (const token of tokenizer.cutForSearch(folded)) {
    if (!isHanWord(token) || STOPWORDS.has(token)) continue;
    out.push(token);
    if (token.length >= 5) out.push(...longWordParts(token, tokenizer));
  }
  return out;
}

/** Han words of jieba's precise mode (no nested sub-words), without stopwords. */
export function preciseWords(folded: string, tokenizer: Tokenizer): string[] {
  return tokenizer.cut(folded).filter((token) => isHanWord(token) && !STOPWORDS.has(token));
}

/** Character bigrams of a Han run ("文明城市" → 文明, 明城, 城市). */
export function bigramsOf(run: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  return out;
}

function analyzeField(text: string, tokenizer: Tokenizer): FieldTerms & { pairs: Map<string, number> } {
  const counts = new Map<string, number>();
  const pairs = new Map<string, number>();
  if (!text) return { counts, pairs, length: 0 };
  const folded = joinHan(fold(text));
  let length = 0;
  for (const word of hanWords(folded, tokenizer)) {
    add(counts, word);
    length++;
  }
  for (const run of runs(folded)) {
    if (run.kind === 'latin') {
      add(counts, run.text);
      length++;
    } else {
      for (const pair of bigramsOf(run.text)) add(pairs, pair);
    }
  }
  return { counts, pairs, length };
}

/** The terms of each field of one document (headline, body), bigrams only where no word of the document has them. */
export function analyzeDocument(fields: string[], tokenizer: Tokenizer): FieldTerms[] {
  const analyzed = fields.map((text) => analyzeField(text, tokenizer));
  const isWord = (pair: string) => analyzed.some((field) => field.counts.has(pair));
  return analyzed.map(({ counts, pairs, length }) => {
    for (const [pair, n] of pairs) if (!isWord(pair)) counts.set(bigramTerm(pair), n);
    return { counts, length };
  });
}
