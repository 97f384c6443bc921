/**
 * What every engine operation needs in memory, loaded once per reader: index statistics and lengths, the
 * document table, the entity lexicon with its lookups, and reusable score accumulators.
 */
import type { IndexStats } from './build-index';
import type { DocTable } from './docs';
import { EntityIndex } from './lexicon';
import type { Postings } from './postings';
import type { IndexReader } from './reader';
import { Accumulator, lengthNorms, type LengthNorms } from './score';
import type { Tokenizer } from './tokenizer';

/**
 * Decoded postings of recent terms, up to a number of entries (8 bytes each). Readers type queries letter by
 * letter, and refine them: most terms of the next query were in the last one.
 */
const POSTINGS_CACHE_ENTRIES = 2_000_000;

class PostingsCache {
  private readonly map = new Map<string, Postings>();
  private entries = 0;

  get(term: string): Postings | undefined {
    const p = this.map.get(term);
    if (p) {
      this.map.delete(term);
      this.map.set(term, p);
    }
    return p;
  }

  set(term: string, p: Postings): void {
    if (p.df > POSTINGS_CACHE_ENTRIES / 4) return;
    this.map.set(term, p);
    this.entries += p.df;
    for (const [old, q] of this.map) {
      if (this.entries <= POSTINGS_CACHE_ENTRIES) break;
      this.map.delete(old);
      this.entries -= q.df;
    }
  }
}

export interface EngineContext {
  reader: IndexReader;
  stats: IndexStats;
  docs: DocTable;
  entities: EntityIndex;
  docOf: Map<string, number>;
  accumulator: Accumulator;
  norms: LengthNorms;
  /** Postings through a cache of decoded lists. */
  postings(terms: string[]): Promise<Map<string, Postings>>;
  /** The word segmenter when ready, null while it warms up (queries then take the quick path). */
  tokenizer(): Tokenizer | null;
}

export async function loadContext(
  reader: IndexReader,
  tokenizer: () => Tokenizer | null,
): Promise<EngineContext> {
  const [stats, docs, lexicon] = await Promise.all([reader.stats(), reader.docs(), reader.lexicon()]);
  const entities = new EntityIndex(lexicon.entries);
  const words = lexicon.words;
  const prepared = new WeakSet<Tokenizer>();
  const cache = new PostingsCache();
  return {
    reader,
    stats,
    docs,
    entities,
    docOf: new Map(docs.ids.map((id, d) => [id, d])),
    accumulator: new Accumulator(docs.ids.length),
    norms: lengthNorms(stats),
    async postings(terms) {
      const out = new Map<string, Postings>();
      const missing: string[] = [];
      for (const term of new Set(terms)) {
        const p = cache.get(term);
        if (p) out.set(term, p);
        else missing.push(term);
      }
      if (missing.length) {
        for (const [term, p] of await reader.postings(missing)) {
          cache.set(term, p);
          out.set(term, p);
        }
      }
      return out;
    },
    tokenizer() {
      const t = tokenizer();
      if (t && !prepared.has(t)) {
        // the archive's names must be in the dictionary before its first query, as they were when indexing
        t.addWords?.(words);
        prepared.add(t);
      }
      return t;
    },
  };
}
