/**
 * A synthetic archive of any size for load and latency measurements, from one of two corpora:
 * - `zipf` (the default): articles written from a Zipfian draw over jieba's dictionary and the real archive's
 *   names (bench/synthetic-zipf.ts), with the vocabulary of a real archive;
 * - `recombined`: the seed pages' sentences recombined (bench/synthetic.ts), a few thousand words in all, kept so
 *   figures can be compared with earlier runs.
 * The real entities are carried over either way.
 */
import { buildArchive } from '../../core/archive';
import type { Archive } from '../../core/types';
import { syntheticWithEntities } from '../../bench/entities';
import { zipfArchive } from '../../bench/synthetic-zipf';
import { jiebaDictionary } from './synthetic-dictionary';
import { readSeedPages } from './seed-pages';

export const CORPORA = ['zipf', 'recombined'] as const;
export type Corpus = (typeof CORPORA)[number];

/** The synthetic archive of `corpus` built from the real archive `source`. */
export function syntheticCorpus(source: Archive, corpus: Corpus, articles: number, seed?: number): Archive {
  return corpus === 'zipf'
    ? zipfArchive(source, jiebaDictionary(), { articles, seed })
    : syntheticWithEntities(source, { articles, seed });
}

export function syntheticArchive(articles: number, seed?: number, corpus: Corpus = 'zipf'): Archive {
  return syntheticCorpus(buildArchive(readSeedPages()).archive, corpus, articles, seed);
}

/** `--corpus zipf|recombined` from the command line (zipf when absent). */
export function corpusArg(argv: readonly string[]): Corpus {
  const at = argv.indexOf('--corpus');
  if (at < 0) return 'zipf';
  const value = argv[at + 1];
  if (!CORPORA.includes(value as Corpus)) throw new Error(`--corpus takes ${CORPORA.join(' or ')}`);
  return value as Corpus;
}
