/** Removing archive generations that are neither installed nor being written (left by updates or failed loads). */
import type { LensDatabase } from './db';
import { BUNDLED_STORES, generationRange } from './schema';

/** Key ranges covering every generation except `keep` (keys are [generation, key]). */
function rangesExcept(keep: number[]): IDBKeyRange[] {
  const kept = [...new Set(keep)].sort((a, b) => a - b);
  if (kept.length === 0) return [IDBKeyRange.lowerBound([-Infinity])];
  const out: IDBKeyRange[] = [IDBKeyRange.upperBound([kept[0]!], true)];
  for (let i = 0; i + 1 < kept.length; i++) {
    // [g, []] sorts after every [g, string | number]: the end of generation g
    out.push(IDBKeyRange.bound([kept[i]!, []], [kept[i + 1]!], true, true));
  }
  out.push(IDBKeyRange.lowerBound([kept[kept.length - 1]!, []], true));
  return out;
}

export async function deleteGenerationsExcept(db: LensDatabase, keep: number[]): Promise<void> {
  const tx = db.transaction([...BUNDLED_STORES], 'readwrite');
  const ranges = rangesExcept(keep);
  await Promise.all([
    ...BUNDLED_STORES.flatMap((name) => ranges.map((r) => tx.objectStore(name).delete(r))),
    tx.done,
  ]);
}

export async function deleteGeneration(db: LensDatabase, generation: number): Promise<void> {
  const tx = db.transaction([...BUNDLED_STORES], 'readwrite');
  const range = generationRange(generation);
  await Promise.all([...BUNDLED_STORES.map((name) => tx.objectStore(name).delete(range)), tx.done]);
}
