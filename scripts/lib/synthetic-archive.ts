/**
 * A synthetic archive of any size for load and latency measurements. The generator is bench/synthetic.ts (with
 * the real entities carried over by bench/entities.ts); this keeps the older `(articles, seed)` call shape.
 */
import { buildArchive } from '../../core/archive';
import type { Archive } from '../../core/types';
import { syntheticWithEntities } from '../../bench/entities';
import { readSeedPages } from './seed-pages';

export function syntheticArchive(articles: number, seed?: number): Archive {
  return syntheticWithEntities(buildArchive(readSeedPages()).archive, { articles, seed });
}
