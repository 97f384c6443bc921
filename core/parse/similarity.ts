/**
 * Content similarity between a short text (a headline line, a caption) and the articles of a page. Headlines
 * are printed away from their articles, so they are matched by what they share with the body: Han bigrams,
 * numbers and Latin words, weighted so that words found in every article of the page count for little.
 *
 * Scores are sparse (only the documents that share something with the text), and on long pages the candidates
 * come from the text's distinctive keys only: a word found in hundreds of articles picks none of them out, and
 * following its postings for every headline would make a page of many articles quadratic.
 */
import { compact } from './text';

/** A key found in more documents than this does not make a document a candidate (it still adds to scores). */
const MAX_CANDIDATE_POSTINGS = 64;

/** The comparison keys of a text: Han bigrams (a lone character counts alone), numbers, Latin words. */
function contentKeys(text: string): string[] {
  const keys: string[] = [];
  const tight = compact(text);
  for (const run of tight.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = [...run];
    if (chars.length === 1) keys.push(run);
    for (let i = 0; i + 1 < chars.length; i += 1) keys.push(`${chars[i] ?? ''}${chars[i + 1] ?? ''}`);
  }
  for (const number of tight.match(/\d+(?:\.\d+)?/gu) ?? []) keys.push(`#${number}`);
  for (const word of tight.match(/[A-Za-z]{2,}/gu) ?? []) keys.push(`@${word.toLowerCase()}`);
  return keys;
}

export interface SimilarityIndex {
  documentCount: number;
  /** For each key, the documents that contain it (an inverted index, so long pages stay fast). */
  postings: ReadonlyMap<string, readonly number[]>;
  /** The keys of each document, to score a candidate on keys too common to find it by. */
  documentKeys: ReadonlyArray<ReadonlySet<string>>;
}

/** Score (0–1) per document; documents sharing nothing with the text are absent. */
export type Scores = ReadonlyMap<number, number>;

export function buildSimilarityIndex(texts: readonly string[]): SimilarityIndex {
  const postings = new Map<string, number[]>();
  const documentKeys = texts.map((text, document) => {
    const keys = new Set(contentKeys(text));
    for (const key of keys) {
      const list = postings.get(key);
      if (list === undefined) postings.set(key, [document]);
      else list.push(document);
    }
    return keys;
  });
  return { documentCount: texts.length, postings, documentKeys };
}

/** Weight of a key: rarer across the page's documents is heavier; a key found nowhere weighs most. */
function keyWeight(index: SimilarityIndex, key: string): number {
  const frequency = index.postings.get(key)?.length ?? 0;
  return Math.log(1 + (index.documentCount + 1) / (1 + frequency));
}

/**
 * Share (0–1) of the text's weighted keys found in each candidate document. Every document sharing a key
 * is a candidate unless the key is in more than MAX_CANDIDATE_POSTINGS documents (only on long pages); a
 * candidate's score counts all of its keys, so on pages up to that size the scores are exact.
 */
export function similarities(index: SimilarityIndex, text: string): Scores {
  const keys = contentKeys(text);
  const found = new Map<number, number>();
  const common: Array<{ key: string; weight: number }> = [];
  let total = 0;
  for (const key of keys) {
    const weight = keyWeight(index, key);
    total += weight;
    const documents = index.postings.get(key) ?? [];
    if (documents.length > MAX_CANDIDATE_POSTINGS) {
      common.push({ key, weight });
      continue;
    }
    for (const document of documents) found.set(document, (found.get(document) ?? 0) + weight);
  }
  if (total === 0) return found;
  for (const [document, score] of found) {
    const keysOfDocument = index.documentKeys[document];
    let sum = score;
    for (const { key, weight } of common) if (keysOfDocument?.has(key) === true) sum += weight;
    found.set(document, sum / total);
  }
  return found;
}

/** The document with the highest score (the first on a tie), or null when the text shares nothing. */
export function bestDocument(scores: Scores): number | null {
  let best: number | null = null;
  let bestScore = 0;
  for (const [document, score] of scores) {
    if (score > bestScore || (score === bestScore && best !== null && document < best)) {
      best = document;
      bestScore = score;
    }
  }
  return best;
}
