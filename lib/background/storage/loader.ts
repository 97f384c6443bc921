/**
 * Installs a bundled archive into IndexedDB, atomically and resumably.
 *
 * Records go into a new generation in batches; each batch's transaction also advances the staging record, so a
 * browser closed half-way leaves a staging record that says exactly which batches are committed. The archive
 * becomes visible in one last transaction that writes the meta record; until then the previous archive (if any)
 * keeps answering, and nothing half-written ever looks complete. A later run with the same archive resumes after
 * the last committed batch; a run with another archive discards the half-written generation and starts over.
 */
import type { RecordsHeader } from '@/core/install/records-file';
import {
  archiveFingerprint,
  IndexBuilder,
  INDEX_FORMAT,
  type PackedIndex,
  type Tokenizer,
} from '@/core/search';
import type { Archive } from '@/core/types';
import { unwrap } from 'idb';
import type { LensDatabase } from './db';
import { deleteGeneration, deleteGenerationsExcept } from './generations';
import { planned, stampPosts, type PlannedBatch, type PrebuiltTables } from './load-plan';
import { archiveVersion, installedArchive, stagedLoad } from './meta';
import { DB_VERSION, type ArchiveMeta, type StagingMeta } from './schema';

import type { LoadPhase } from './load-plan';

export type { LoadPhase, PlannedBatch, PrebuiltTables } from './load-plan';

export interface LoadProgress {
  phase: LoadPhase;
  /** 0–1 over the whole load. */
  progress: number;
}

/** An archive given in memory: planned (and, without a matching index, indexed) at install. */
export interface ArchiveBundle {
  archive: Archive;
  /** The bundle's version label; the archive fingerprint when absent. */
  version?: string;
  /** A prebuilt index; used when it was built from this very archive, otherwise the index is built here. */
  index?: PackedIndex;
  /** The archive's fingerprint as the build computed it (`archiveFingerprint`); computed here when absent. */
  fingerprint?: string;
  /** The stored tables the build derived from the archive; derived here when absent. */
  tables?: PrebuiltTables;
}

/** The records the build planned and shipped (core/install/records-file.ts): the install only writes them. */
export interface ShippedRecords {
  header: RecordsHeader;
  /** The batches from `from` on, in order, each decoded when asked for (the one before is being written then). */
  batches(from: number): AsyncIterator<PlannedBatch> | Iterator<PlannedBatch>;
  /** Stops reading (the archive turned out to be installed already, or the install failed). */
  close?(): void;
  /**
   * Milliseconds spent reading the file, which overlaps the writes: waiting for its bytes, and decoding them.
   * Recorded with the install's phases (as `file-wait`, `file-decode`), apart from the laps.
   */
  spent?(): { waitMs: number; decodeMs: number };
}

export type Bundle = ArchiveBundle | { records: ShippedRecords };

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
  /** Phases timed before the install began (reading the bundle), recorded first among the install's phases. */
  measured?: InstallPhases;
}

export interface InstallResult {
  meta: ArchiveMeta;
  /** 'installed' (fresh), 'resumed' (continued a half-written load) or 'current' (already installed). */
  outcome: 'installed' | 'resumed' | 'current';
  /** With `hold`: the meta is not written yet and the staging record is still there. */
  held?: boolean;
}

const yieldToEvents = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function isCurrent(meta: ArchiveMeta, fingerprint: string): boolean {
  return meta.fingerprint === fingerprint && meta.indexFormat === INDEX_FORMAT && meta.schema === DB_VERSION;
}

function matches(index: PackedIndex | undefined, fingerprint: string): index is PackedIndex {
  return index?.stats.fingerprint === fingerprint && index.stats.format === INDEX_FORMAT;
}

async function prepareIndex(
  bundle: ArchiveBundle,
  fingerprint: string,
  options: InstallOptions,
  share: number,
): Promise<PackedIndex> {
  if (matches(bundle.index, fingerprint)) return bundle.index;
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

/** Milliseconds per phase of an install, in the order they ran (kept with the meta record; the benchmark reads it). */
export type InstallPhases = Record<string, number>;

/** Times consecutive phases of one install. */
function phaseClock(before: InstallPhases = {}): { lap(name: string): void; phases: InstallPhases } {
  const phases: InstallPhases = { ...before };
  let last = performance.now();
  return {
    phases,
    lap(name) {
      const now = performance.now();
      phases[name] = Math.round((phases[name] ?? 0) + now - last);
      last = now;
    },
  };
}

/** The installed archive is this very one: at most its label changes, and a half-written load of another is moot. */
async function keepCurrent(
  db: LensDatabase,
  installed: ArchiveMeta,
  staging: StagingMeta | undefined,
  version: string,
): Promise<InstallResult> {
  if (staging) {
    await deleteGeneration(db, staging.generation);
    await db.delete('meta', 'staging');
  }
  const meta = installed.archiveVersion === version ? installed : { ...installed, archiveVersion: version };
  if (meta !== installed) await db.put('meta', meta, 'archive');
  return { meta, outcome: 'current' };
}

/** The load to write: the half-written one when it is of the same archive and index, else a fresh generation. */
async function stagingFor(
  db: LensDatabase,
  installed: ArchiveMeta | undefined,
  staging: StagingMeta | undefined,
  load: { fingerprint: string; version: string; indexId: string },
): Promise<{ staging: StagingMeta; resumed: boolean }> {
  if (
    staging &&
    staging.fingerprint === load.fingerprint &&
    staging.archiveVersion === load.version &&
    staging.indexId === load.indexId &&
    staging.generation !== installed?.generation
  )
    return { staging, resumed: true };
  if (staging && staging.generation !== installed?.generation) await deleteGeneration(db, staging.generation);
  // above the installed archive, its additions' overlay and any half-written load
  const generation =
    Math.max(installed?.generation ?? 0, installed?.overlay?.generation ?? 0, staging?.generation ?? 0) + 1;
  // a commit of additions that crashed may have left records under this number
  await deleteGeneration(db, generation);
  return {
    resumed: false,
    staging: {
      kind: 'staging',
      generation,
      archiveVersion: load.version,
      fingerprint: load.fingerprint,
      indexId: load.indexId,
      step: 0,
      steps: 0,
      startedAt: new Date().toISOString(),
    },
  };
}

/** An archive in memory as the records the build would ship: planned here, its index built when needed. */
async function plannedRecords(
  bundle: ArchiveBundle,
  label: { fingerprint: string; version: string },
  options: InstallOptions,
  share: number,
): Promise<ShippedRecords> {
  const { archive } = bundle;
  const index = await prepareIndex(bundle, label.fingerprint, options, share);
  const { header, batches } = planned(archive, index, label, bundle.tables);
  return {
    header,
    batches: (from) => batches.slice(from).values(),
  };
}

/**
 * Writes the batches from the staging record's step on; each transaction also advances the staging record. The
 * next batch is decoded while this one commits, and a transaction is committed as soon as its writes are issued.
 * Durability is relaxed: a transaction is still all or nothing, and the staging record commits with its batch,
 * so a crash loses at most the last batches, which a resumed load writes again.
 */
async function writeBatches(
  db: LensDatabase,
  staging: StagingMeta,
  records: ShippedRecords,
  options: InstallOptions,
  progress: { from: number; clock: ReturnType<typeof phaseClock> },
): Promise<void> {
  const steps = records.header.steps;
  staging.steps = steps;
  await db.put('meta', staging, 'staging');
  const version = archiveVersion(staging);
  const batches = records.batches(staging.step);
  const idle = (p: Promise<IteratorResult<PlannedBatch>>) => (p.catch(() => undefined), p);
  let next = staging.step < steps ? idle(Promise.resolve(batches.next())) : undefined;
  for (let step = staging.step; step < steps; step++) {
    const read = await next!;
    if (read.done) throw new Error('The archive records end before their last batch.');
    const current = read.value;
    progress.clock.lap(`read-${current.phase}`);
    const tx = db.transaction([current.store, 'meta'], 'readwrite', { durability: 'relaxed' });
    // the plain store: no promise per record (thousands a batch); a failed write aborts the transaction, so
    // `tx.done` rejects with its error
    const store = unwrap(tx.objectStore(current.store));
    for (const [key, value] of current.records)
      store.put(stampPosts(value, version), [staging.generation, key]);
    const writes = [tx.objectStore('meta').put({ ...staging, step: step + 1 }, 'staging')];
    tx.commit?.();
    next = step + 1 < steps ? idle(Promise.resolve(batches.next())) : undefined;
    await Promise.all([...writes, tx.done]);
    progress.clock.lap(`write-${current.phase}`);
    options.onProgress?.({
      phase: current.phase,
      progress: progress.from + ((1 - progress.from) * 0.98 * (step + 1)) / steps,
    });
    await options.afterBatch?.(step + 1, steps);
  }
}

function archiveMeta(staging: StagingMeta, header: RecordsHeader, phases: InstallPhases): ArchiveMeta {
  return {
    kind: 'archive',
    schema: DB_VERSION,
    generation: staging.generation,
    archiveVersion: staging.archiveVersion,
    fingerprint: staging.fingerprint,
    indexFormat: header.indexFormat,
    tokenizer: header.tokenizer,
    counts: header.counts,
    loadedAt: new Date().toISOString(),
    install: phases,
  };
}

/** The switch: one transaction makes the new generation the archive and forgets the staging record. */
async function switchTo(db: LensDatabase, meta: ArchiveMeta): Promise<void> {
  const flip = db.transaction('meta', 'readwrite');
  await Promise.all([flip.store.put(meta, 'archive'), flip.store.delete('staging'), flip.done]);
  await deleteGenerationsExcept(db, [meta.generation]);
}

export async function installArchive(
  db: LensDatabase,
  bundle: Bundle,
  options: InstallOptions = {},
): Promise<InstallResult> {
  const shipped = 'records' in bundle ? bundle.records : undefined;
  try {
    return await install(db, bundle, options);
  } finally {
    shipped?.close?.();
  }
}

async function install(db: LensDatabase, bundle: Bundle, options: InstallOptions): Promise<InstallResult> {
  const clock = phaseClock(options.measured);
  const shipped = 'records' in bundle ? bundle.records : undefined;
  const fingerprint =
    shipped?.header.fingerprint ??
    (bundle as ArchiveBundle).fingerprint ??
    archiveFingerprint((bundle as ArchiveBundle).archive);
  const version = shipped?.header.version ?? (bundle as ArchiveBundle).version ?? fingerprint;
  const [installed, staged] = await Promise.all([installedArchive(db), stagedLoad(db)]);
  clock.lap('fingerprint');
  if (installed && isCurrent(installed, fingerprint)) return keepCurrent(db, installed, staged, version);

  const builds = !shipped && !matches((bundle as ArchiveBundle).index, fingerprint);
  const indexShare = builds ? 0.5 : 0;
  const records =
    shipped ?? (await plannedRecords(bundle as ArchiveBundle, { fingerprint, version }, options, indexShare));
  if (!shipped) clock.lap('tables');
  const { staging, resumed } = await stagingFor(db, installed, staged, {
    fingerprint,
    version,
    indexId: records.header.indexId,
  });
  await writeBatches(db, staging, records, options, { from: indexShare, clock });

  options.onProgress?.({ phase: 'finalize', progress: 0.99 });
  const spent = records.spent?.();
  const phases = spent
    ? { ...clock.phases, 'file-wait': Math.round(spent.waitMs), 'file-decode': Math.round(spent.decodeMs) }
    : clock.phases;
  const meta = archiveMeta(staging, records.header, phases);
  const outcome = resumed ? 'resumed' : 'installed';
  if (options.hold) return { meta, outcome, held: true };
  await switchTo(db, meta);
  options.onProgress?.({ phase: 'finalize', progress: 1 });
  return { meta, outcome };
}

/** Whether a load must run: no archive, a half-written load, or another archive than the bundled one. */
export async function needsLoad(db: LensDatabase): Promise<boolean> {
  return !(await installedArchive(db)) || !!(await stagedLoad(db));
}
