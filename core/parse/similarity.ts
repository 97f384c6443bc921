/**
 * Content similarity between a short text (a headline line, a caption) and the articles of a page. Headlines
 * are printed away from their articles, so they are matched by what they share with the body: Han bigrams,
 * numbers and Latin words, weighted so that words found in every article of the page count for little.
 */
import { compact } from './text';

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
}

export function buildSimilarityIndex(texts: readonly string[]): SimilarityIndex {
  const postings = new Map<string, number[]>();
  texts.forEach((text, document) => {
    for (const key of new Set(contentKeys(text))) {
      const list = postings.get(key);
      if (list === undefined) postings.set(key, [document]);
      else list.push(document);
    }
  });
  return { documentCount: texts.length, postings };
}

/** Weight of a key: rarer across the page's documents is heavier; a key found nowhere weighs most. */
function keyWeight(index: SimilarityIndex, key: string): number {
  const frequency = index.postings.get(key)?.length ?? 0;
  return Math.log(1 + (index.documentCount + 1) / (1 + frequency));
}

/** Share (0–1) of the text's weighted keys found in each document, in document order. */
export function similarities(index: SimilarityIndex, text: string): number[] {
  const scores = new Array<number>(index.documentCount).fill(0);
  let total = 0;
  for (const key of contentKeys(text)) {
    const weight = keyWeight(index, key);
    total += weight;
    for (const document of index.postings.get(key) ?? []) scores[document] = (scores[document] ?? 0) + weight;
  }
  return total === 0 ? scores : scores.map((found) => found / total);
}
