/**
 * Installs a bundled archive into IndexedDB, atomically and resumably.
 *
 * Records go into a new generation in batches; each batch's transaction also advances the staging record, so a
 * browser closed half-way leaves a staging record that says exactly which batches are committed. The archive
 * becomes visible in one last transaction that writes the meta record; until then the previous archive (if any)
 * keeps answering, and nothing half-written ever looks complete. A later run with the same archive resumes after
 * the last committed batch; a run with another archive discards the half-written generation and starts over.
 */
import {
  archiveFingerprint,
  IndexBuilder,
  INDEX_FORMAT,
  type PackedIndex,
  type Tokenizer,
} from '@/core/search';
import type { Archive } from '@/core/types';
import type { LensDatabase } from './db';
import { deleteGeneration, deleteGenerationsExcept } from './generations';
import { plan, type LoadPhase, type WriteTx } from './load-plan';
import { installedArchive, stagedLoad } from './meta';
import { DB_VERSION, type ArchiveMeta, type StagingMeta } from './schema';

export type { LoadPhase } from './load-plan';

export interface LoadProgress {
  phase: LoadPhase;
  /** 0–1 over the whole load. */
  progress: number;
}

export interface Bundle {
  archive: Archive;
  /** The bundle's version label; the archive fingerprint when absent. */
  version?: string;
  /** A prebuilt index; used when it was built from this very archive, otherwise the index is built here. */
  index?: PackedIndex;
}

export interface InstallOptions {
  onProgress?(progress: LoadProgress): void;
  /** The segmenter to build the index with when the bundle has no matching prebuilt one. */
  tokenizer?: () => Promise<Tokenizer>;
  /** Called after each committed batch (step counts from 1); a throw here stops the load like a closed browser. */
  afterBatch?(step: number, steps: number): void | Promise<void>;
  /** Documents indexed between yields to the event loop while building an index. */
  indexSlice?: number;
  /**
   * Writes every batch but leaves the switch to the caller (who lays the reader's additions over the new
   * archive and switches once, with `switchArchive`): the returned meta is not yet written, and the staging
   * record stays, so a crash before the switch resumes here with nothing left to write.
   */
  hold?: boolean;
}

export interface InstallResult {
  meta: ArchiveMeta;
  /** 'installed' (fresh), 'resumed' (continued a half-written load) or 'current' (already installed). */
  outcome: 'installed' | 'resumed' | 'current';
  /** With `hold`: the meta is not written yet and the staging record is still there. */
  held?: boolean;
}

const yieldToEvents = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function indexId(index: PackedIndex): string {
  const s = index.stats;
  return `${s.format}|${s.tokenizer}|${s.fingerprint}|${s.termCount}|${s.bucketCount}`;
}

export function isCurrent(meta: ArchiveMeta, fingerprint: string): boolean {
  return meta.fingerprint === fingerprint && meta.indexFormat === INDEX_FORMAT && meta.schema === DB_VERSION;
}

async function prepareIndex(
  bundle: Bundle,
  fingerprint: string,
  options: InstallOptions,
  share: number,
): Promise<PackedIndex> {
  const prebuilt = bundle.index;
  if (prebuilt && prebuilt.stats.fingerprint === fingerprint && prebuilt.stats.format === INDEX_FORMAT)
    return prebuilt;
  if (!options.tokenizer)
    throw new Error('The bundled search index does not match the archive and no segmenter was given.');
  const builder = new IndexBuilder(bundle.archive, await options.tokenizer());
  const slice = options.indexSlice ?? 200;
  while (builder.step(slice) > 0) {
    options.onProgress?.({ phase: 'index', progress: (share * builder.done) / Math.max(1, builder.total) });
    await yieldToEvents();
  }
  return builder.finish();
}

export async function installArchive(
  db: LensDatabase,
  bundle: Bundle,
  options: InstallOptions = {},
): Promise<InstallResult> {
  const { archive } = bundle;
  const fingerprint = archiveFingerprint(archive);
  const version = bundle.version ?? fingerprint;
  const installed = await installedArchive(db);
  let staging = await stagedLoad(db);
  if (installed && isCurrent(installed, fingerprint)) {
    // same content: at most the label changed, and a half-written load of some other archive is moot
    if (staging) {
      await deleteGeneration(db, staging.generation);
      await db.delete('meta', 'staging');
    }
    const meta = installed.archiveVersion === version ? installed : { ...installed, archiveVersion: version };
    if (meta !== installed) await db.put('meta', meta, 'archive');
    return { meta, outcome: 'current' };
  }
  const builds = !(
    bundle.index?.stats.fingerprint === fingerprint && bundle.index.stats.format === INDEX_FORMAT
  );
  const indexShare = builds ? 0.5 : 0;
  const index = await prepareIndex(bundle, fingerprint, options, indexShare);

  let outcome: InstallResult['outcome'] = 'installed';
  if (
    staging &&
    staging.fingerprint === fingerprint &&
    staging.archiveVersion === version &&
    staging.indexId === indexId(index) &&
    staging.generation !== installed?.generation
  ) {
    outcome = 'resumed';
  } else {
    if (staging && staging.generation !== installed?.generation)
      await deleteGeneration(db, staging.generation);
    // above the installed archive, its additions' overlay and any half-written load
    const generation =
      Math.max(installed?.generation ?? 0, installed?.overlay?.generation ?? 0, staging?.generation ?? 0) + 1;
    // a commit of additions that crashed may have left records under this number
    await deleteGeneration(db, generation);
    staging = {
      kind: 'staging',
      generation,
      archiveVersion: version,
      fingerprint,
      indexId: indexId(index),
      step: 0,
      steps: 0,
      startedAt: new Date().toISOString(),
    };
  }
  const batches = plan(staging.generation, archive, index);
  staging.steps = batches.length;
  await db.put('meta', staging, 'staging');

  for (let step = staging.step; step < batches.length; step++) {
    const current = batches[step]!;
    const tx: WriteTx = db.transaction([current.store, 'meta'], 'readwrite');
    const next: StagingMeta = { ...staging, step: step + 1 };
    await Promise.all([...current.write(tx), tx.objectStore('meta').put(next, 'staging'), tx.done]);
    options.onProgress?.({
      phase: current.phase,
      progress: indexShare + ((1 - indexShare) * 0.98 * (step + 1)) / batches.length,
    });
    await options.afterBatch?.(step + 1, batches.length);
  }

  options.onProgress?.({ phase: 'finalize', progress: 0.99 });
  const meta: ArchiveMeta = {
    kind: 'archive',
    schema: DB_VERSION,
    generation: staging.generation,
    archiveVersion: version,
    fingerprint,
    indexFormat: INDEX_FORMAT,
    tokenizer: index.stats.tokenizer,
    counts: {
      editions: archive.editions.length,
      articles: archive.articles.length,
      entities: archive.entities.length,
      terms: index.stats.termCount,
    },
    loadedAt: new Date().toISOString(),
  };
  if (options.hold) return { meta, outcome, held: true };
  // the switch: one transaction makes the new generation the archive and forgets the staging record
  const flip = db.transaction('meta', 'readwrite');
  await Promise.all([flip.store.put(meta, 'archive'), flip.store.delete('staging'), flip.done]);
  await deleteGenerationsExcept(db, [meta.generation]);
  options.onProgress?.({ phase: 'finalize', progress: 1 });
  return { meta, outcome };
}

/** Whether a load must run: no archive, a half-written load, or another archive than the bundled one. */
export async function needsLoad(db: LensDatabase): Promise<boolean> {
  return !(await installedArchive(db)) || !!(await stagedLoad(db));
}
