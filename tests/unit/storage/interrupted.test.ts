import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, createSearchEngine } from '@/core/search';
import {
  createIdbReader,
  installArchive,
  installedArchive,
  needsLoad,
  openLensDB,
  stagedLoad,
  type LensDatabase,
} from '@/lib/background/storage';
import { BUNDLED_STORES } from '@/lib/background/storage/schema';
import { nodeJieba } from '@/scripts/lib/jieba-node';
import { fixtureBundle, freshName, revisedArchive } from './helpers';

class Closed extends Error {}

/** Simulates the browser closing after `n` committed batches. */
const closeAfter = (n: number) => (step: number) => {
  if (step === n) throw new Closed(`closed after batch ${n}`);
};

async function generationsIn(db: LensDatabase): Promise<Set<number>> {
  const gens = new Set<number>();
  for (const store of BUNDLED_STORES) for (const key of await db.getAllKeys(store)) gens.add(key[0]);
  return gens;
}

describe('a load interrupted half-way', () => {
  it('never looks complete, and resumes after the last committed batch', async () => {
    const name = freshName();
    let db = await openLensDB({ name });
    const bundle = fixtureBundle();
    await expect(installArchive(db, bundle, { afterBatch: closeAfter(3) })).rejects.toBeInstanceOf(Closed);
    db.close();

    db = await openLensDB({ name });
    expect(await installedArchive(db)).toBeUndefined();
    expect(await needsLoad(db)).toBe(true);
    const staging = await stagedLoad(db);
    expect(staging?.step).toBe(3);
    expect(staging!.steps).toBeGreaterThan(3);

    const steps: number[] = [];
    const { outcome, meta } = await installArchive(db, bundle, { afterBatch: (s) => void steps.push(s) });
    expect(outcome).toBe('resumed');
    expect(steps[0]).toBe(4); // batches 1–3 were not written again
    expect(steps.at(-1)).toBe(staging!.steps);
    expect(meta.generation).toBe(staging!.generation);
    expect(await needsLoad(db)).toBe(false);
    const engine = createSearchEngine(createIdbReader(db, meta.generation), () => nodeJieba());
    expect((await engine.search({ query: '人大常委会第四十三次会议' })).hits[0]?.id).toBe('a1');
    db.close();
  });

  it('keeps serving the previous archive while an update is half-written', async () => {
    const name = freshName();
    let db = await openLensDB({ name });
    const first = await installArchive(db, fixtureBundle());
    const revised = revisedArchive();
    const update = { archive: revised, index: buildSearchIndex(revised, nodeJieba()), version: 'fixture-2' };
    await expect(installArchive(db, update, { afterBatch: closeAfter(2) })).rejects.toBeInstanceOf(Closed);
    db.close();

    db = await openLensDB({ name });
    const meta = await installedArchive(db);
    expect(meta).toEqual(first.meta);
    const engine = createSearchEngine(createIdbReader(db, meta!.generation), () => nodeJieba());
    // the old text is what answers: the revised sentence is not found yet
    expect((await engine.search({ query: '超过百万剂次' })).total).toBe(0);

    const done = await installArchive(db, update);
    expect(done.outcome).toBe('resumed');
    expect(done.meta.archiveVersion).toBe('fixture-2');
    const updated = createSearchEngine(createIdbReader(db, done.meta.generation), () => nodeJieba());
    expect((await updated.search({ query: '超过百万剂次' })).hits[0]?.id).toBe('a2');
    // the old generation is gone once the new one is in place
    expect(await generationsIn(db)).toEqual(new Set([done.meta.generation]));
    db.close();
  });

  it('starts over, discarding the half-written records, when another archive arrives', async () => {
    const name = freshName();
    const db = await openLensDB({ name });
    await expect(installArchive(db, fixtureBundle(), { afterBatch: closeAfter(2) })).rejects.toBeInstanceOf(
      Closed,
    );
    const abandoned = (await stagedLoad(db))!.generation;

    const revised = revisedArchive();
    const steps: number[] = [];
    const { outcome, meta } = await installArchive(
      db,
      { archive: revised, index: buildSearchIndex(revised, nodeJieba()) },
      { afterBatch: (s) => void steps.push(s) },
    );
    expect(outcome).toBe('installed');
    expect(steps[0]).toBe(1);
    expect(meta.generation).not.toBe(abandoned);
    expect(await generationsIn(db)).toEqual(new Set([meta.generation]));
    db.close();
  });

  it('is not complete when the browser closes between the last batch and the switch', async () => {
    const name = freshName();
    const db = await openLensDB({ name });
    const bundle = fixtureBundle();
    await expect(
      installArchive(db, bundle, {
        afterBatch: (s, steps) => (s === steps ? Promise.reject(new Closed()) : undefined),
      }),
    ).rejects.toBeInstanceOf(Closed);
    expect(await installedArchive(db)).toBeUndefined();
    const { outcome } = await installArchive(db, bundle);
    expect(outcome).toBe('resumed');
    expect(await installedArchive(db)).toBeDefined();
    db.close();
  });
});
