/**
 * The archive in the background: installs the bundled archive when needed (first start, extension update, a load
 * left half-way), keeps one search engine over the installed generation, and warms the word segmenter without
 * ever making a request wait for it. Dependencies are injected so tests run it over fake IndexedDB and files.
 */
import {
  createSearchEngine,
  toSimplified,
  type IndexReader,
  type SearchEngine,
  type Tokenizer,
  type UserWord,
} from '@/core/search';
import type { LensDatabase } from '@/lib/background/storage/db';
import { installArchive, type Bundle, type LoadPhase } from '@/lib/background/storage/loader';
import {
  forgetArchive,
  intactArchive,
  isQuotaError,
  markBundleChecked,
} from '@/lib/background/storage/faults';
import { installedArchive, stagedLoad } from '@/lib/background/storage/meta';
import { createIdbReader } from '@/lib/background/storage/idb-reader';
import type { ArchiveMeta } from '@/lib/background/storage/schema';
import { markStart } from '@/lib/background/perf/marks';
import { MessageError } from '../../shared/messages/router';
import { AdditionsService, type ImportPhase } from './additions';
import type { ArchiveBackend } from './archive-handlers';
import { IdleRunner } from './idle';
import type { ArchiveStatus } from '../../shared/archive-protocol';

export interface ArchiveServiceDeps {
  /** Opens the database; `onClose` is called if the connection is closed under the service. */
  openDb(onClose: () => void): Promise<LensDatabase>;
  fetchBundle(): Promise<Bundle>;
  /** Fetches and compiles jieba's WebAssembly; resolves with the milliseconds it took. */
  compileJieba(): Promise<number>;
  /** Builds jieba's dictionary (blocking); only called once `compileJieba` resolved. */
  warmJieba(words: UserWord[]): { tokenizer: Tokenizer; warmMs: number };
  log?(message: string): void;
  /**
   * Names the bundled files (the extension's version). A start whose installed archive was not yet compared
   * with them reads the bundle, so an update the browser stopped before it began is still carried out.
   */
  bundleId?(): string;
  /** How long after the browser refused the space (quota) the load is tried again. */
  retryMs?: number;
  /** Observes each pause of a commit of the reader's additions (tests interrupt commits there). */
  importCheckpoint?(phase: ImportPhase): void | Promise<void>;
}

/** How long after activation the search engine's tables are loaded in advance. */
const WARM_UP_DELAY_MS = 500;
/** How long after a full disk stopped the load it is tried again (the reader may have freed space meanwhile). */
const QUOTA_RETRY_MS = 30_000;

export class ArchiveService implements ArchiveBackend {
  private db: Promise<LensDatabase> | null = null;
  private meta: ArchiveMeta | null = null;
  private current: { generation: number; engine: SearchEngine; reader: IndexReader } | null = null;
  private started: Promise<void> | null = null;
  private loading: Promise<void> | null = null;
  /** The bundled files were read and installed (or found current) during this background's life. */
  private bundleChecked = false;
  private phase: ArchiveStatus['phase'] = null;
  private progress = 0;
  private error: string | null = null;
  private fault: ArchiveStatus['fault'] = null;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private jieba: Tokenizer | null = null;
  private jiebaWarming: Promise<Tokenizer> | null = null;
  private jiebaCompileMs: number | null = null;
  private jiebaWarmMs: number | null = null;
  private jiebaError: string | null = null;
  /** A commit of the reader's additions in progress: its phase and progress (the installed archive answers). */
  private importing: { phase: ImportPhase; progress: number } | null = null;
  readonly idle = new IdleRunner();
  readonly additions: AdditionsService;

  constructor(private readonly deps: ArchiveServiceDeps) {
    this.additions = new AdditionsService({
      database: () => this.database(),
      tokenizer: () => this.jiebaNow(),
      loadedTables: (generation) =>
        this.current?.generation === generation ? this.current.reader : undefined,
      activate: (meta) => this.activate(meta),
      progress: (phase, progress) => (this.importing = phase ? { phase, progress } : null),
      log: (message) => this.log(message),
      checkpoint: deps.importCheckpoint,
      whenIdle: (task) => this.idle.whenIdle(task),
    });
  }

  /**
   * The database and the installed archive's meta. On a first start it waits for the bundled archive's install
   * (a page opened right after installing the extension gets its highlights once it is in); rejects with
   * 'not-ready' when there is still none.
   */
  async installedArchive(): Promise<{ db: LensDatabase; meta: ArchiveMeta }> {
    await this.start();
    if (!this.meta && this.loading) await this.loading;
    const db = await this.database();
    const meta = this.meta;
    if (!meta) throw new MessageError('not-ready', 'The archive is still loading.');
    return { db, meta };
  }

  private log(message: string): void {
    (this.deps.log ?? ((m: string) => console.info(`[archive] ${m}`)))(message);
  }

  /** The database, opened once (also for the reader's notes, which need no installed archive). */
  database(): Promise<LensDatabase> {
    this.db ??= this.deps
      .openDb(() => {
        // closed under us (newer layout elsewhere, browser shutdown): reopen and rebuild the engine on next use
        this.db = null;
        this.current = null;
      })
      .catch((error: unknown) => {
        this.db = null;
        throw error;
      });
    return this.db;
  }

  /** On every background start: serve what is installed; finish or start a load when needed. */
  start(): Promise<void> {
    this.started ??= (async () => {
      try {
        const db = await this.database();
        markStart('db-open');
        const [stored, staging] = await Promise.all([installedArchive(db), stagedLoad(db)]);
        markStart('meta-read');
        const meta = stored && (await intactArchive(db));
        markStart('intact-checked');
        if (stored && !meta) return await this.repair(db, 'its records are missing');
        if (meta) await this.activate(meta);
        markStart('activated');
        if (!meta || staging || this.unchecked(meta)) void this.load();
        else void this.tidy();
      } catch (error) {
        this.fail(error);
      }
    })();
    return this.started;
  }

  /** Whether the installed archive was never compared with this build's bundled files. */
  private unchecked(meta: ArchiveMeta): boolean {
    const id = this.deps.bundleId?.();
    return id !== undefined && meta.bundle !== id;
  }

  /** The stored archive is damaged or gone: forget it, answer 'repairing' meanwhile, and install it again. */
  private async repair(db: LensDatabase, why: string): Promise<void> {
    this.log(`the installed archive is damaged (${why}): installing it again`);
    this.meta = null;
    this.current = null;
    this.fault = 'repairing';
    await forgetArchive(db);
    void this.load();
  }

  /** After an install or update of the extension: the bundled archive may be new. */
  async onInstalled(): Promise<void> {
    await this.start();
    if (this.loading) return this.loading;
    if (!this.bundleChecked) return this.load();
  }

  /** Reads the bundle and installs it (resuming a half-written load, or finding it current). */
  load(): Promise<void> {
    this.loading ??= (async () => {
      // a full disk stays the message while the retry runs; anything else starts afresh
      if (this.fault !== 'storage-full') this.error = null;
      this.phase = 'fetch';
      this.progress = 0;
      const started = performance.now();
      try {
        const db = await this.database();
        const fetching = performance.now();
        const bundle = await this.deps.fetchBundle();
        const fetchMs = Math.round(performance.now() - fetching);
        const hold = await this.additions.any();
        const { meta, outcome, held } = await installArchive(db, bundle, {
          onProgress: (p: { phase: LoadPhase; progress: number }) => {
            this.phase = p.phase;
            this.progress = p.progress;
          },
          tokenizer: () => this.jiebaNow(),
          hold,
          measured: { fetch: fetchMs },
        });
        this.bundleChecked = true;
        this.error = null;
        this.fault = null;
        this.log(
          `archive ${outcome} (${meta.counts.articles} articles) in ${Math.round(performance.now() - started)} ms`,
        );
        // a new bundled archive: the reader's additions are laid over it before it answers
        if (held) await this.additions.rebase(meta);
        else await this.activate(meta);
        const id = this.deps.bundleId?.();
        const marked = id === undefined ? undefined : await markBundleChecked(db, id);
        if (marked && this.meta?.generation === marked.generation) this.meta = { ...this.meta, bundle: id };
        void this.tidy();
      } catch (error) {
        this.fail(error);
      } finally {
        this.phase = null;
        this.loading = null;
      }
    })();
    return this.loading;
  }

  /**
   * After a start or a load: finishes a commit of additions a crash interrupted, and removes generations a
   * crashed commit left behind.
   */
  private async tidy(): Promise<void> {
    try {
      if (!(await this.additions.pending())) return;
      await this.additions.resume();
    } catch (error) {
      this.log(
        `finishing the reader's additions failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  private fail(error: unknown): void {
    const message = error instanceof Error ? error.message || error.name : String(error);
    this.error = message || 'unknown error';
    this.log(`archive load failed: ${this.error}`);
    if (!isQuotaError(error)) {
      if (this.fault === 'storage-full') this.fault = null;
      return;
    }
    this.fault = 'storage-full';
    if (this.retry) clearTimeout(this.retry);
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.load();
    }, this.deps.retryMs ?? QUOTA_RETRY_MS);
  }

  private async activate(meta: ArchiveMeta): Promise<void> {
    this.meta = meta;
    const layer = meta.overlay?.generation ?? meta.generation;
    if (this.current?.generation !== layer) {
      const db = await this.database();
      const reader = createIdbReader(db, meta.generation, { overlay: meta.overlay });
      const engine = createSearchEngine(reader, () => this.jieba);
      this.current = { generation: layer, engine, reader };
    }
    void this.warmUp(this.current.engine);
  }

  /**
   * Memory first (statistics, lexicon), then the converter tables, then jieba: each while nothing waits. It
   * starts a moment after activation, so the first hover card or matcher request of a restarted background (one
   * or two small records) is not queued behind the search index's tables; a search meanwhile loads them itself.
   */
  private async warmUp(engine: SearchEngine): Promise<void> {
    try {
      await new Promise((resolve) => setTimeout(resolve, WARM_UP_DELAY_MS));
      await this.idle.whenIdle(() => undefined);
      await engine.ready();
      await this.idle.whenIdle(() => toSimplified('體'));
      await this.jiebaWhenIdle();
      await engine.prepareTokenizer();
    } catch (error) {
      this.jiebaError = error instanceof Error ? error.message : String(error);
      this.log(`search warm-up failed, queries stay on the quick path: ${this.jiebaError}`);
    }
  }

  private jiebaWhenIdle(): Promise<Tokenizer> {
    this.jiebaWarming ??= (async () => {
      this.jiebaCompileMs ??= await this.deps.compileJieba();
      return this.idle.whenIdle(() => this.warmNow());
    })().catch((error: unknown) => {
      this.jiebaWarming = null;
      throw error;
    });
    return this.jiebaWarming;
  }

  /** jieba at once (building an index needs it; blocking is fine during a load). */
  private async jiebaNow(): Promise<Tokenizer> {
    this.jiebaCompileMs ??= await this.deps.compileJieba();
    return this.jieba ?? this.warmNow();
  }

  private warmNow(): Tokenizer {
    if (this.jieba) return this.jieba;
    const { tokenizer, warmMs } = this.deps.warmJieba([]);
    this.jieba = tokenizer;
    this.jiebaWarmMs = warmMs;
    this.log(
      `jieba ready: compile ${Math.round(this.jiebaCompileMs ?? 0)} ms, dictionary ${Math.round(warmMs)} ms`,
    );
    return tokenizer;
  }

  async withEngine<T>(work: (engine: SearchEngine) => Promise<T>): Promise<T> {
    return this.idle.track(async () => {
      await this.start();
      if (!this.current && this.meta) await this.activate(this.meta);
      if (!this.current) {
        const pct = Math.round(this.progress * 100);
        throw new MessageError(
          'not-ready',
          this.error
            ? `The archive could not be loaded: ${this.error}`
            : this.fault === 'repairing'
              ? `The archive was damaged and is being installed again (${pct}%).`
              : `The archive is still loading (${pct}%).`,
        );
      }
      const { engine } = this.current;
      try {
        return await work(engine);
      } catch (error) {
        if (error instanceof MessageError || !(await this.damaged())) throw error;
        throw new MessageError('not-ready', 'The archive was damaged and is being installed again.');
      }
    });
  }

  /** After a query failed: whether the stored archive is damaged or gone (then its repair has begun). */
  private async damaged(): Promise<boolean> {
    if (this.fault === 'repairing') return true;
    try {
      const db = await this.database();
      if (await intactArchive(db)) return false;
      await this.repair(db, 'a query found records missing');
    } catch (error) {
      this.log(`checking the archive failed: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
    return true;
  }

  status(): ArchiveStatus {
    const ready = this.meta !== null;
    const importing = this.importing;
    if (importing && !this.loading && ready) {
      return {
        ...this.loadStatus(),
        state: 'updating',
        phase: importing.phase,
        progress: importing.progress,
      };
    }
    return this.loadStatus();
  }

  private loadStatus(): ArchiveStatus {
    const ready = this.meta !== null;
    const loading = this.loading !== null;
    return {
      state:
        this.error && (!loading || this.fault === 'storage-full')
          ? 'error'
          : loading
            ? ready
              ? 'updating'
              : 'loading'
            : ready
              ? 'ready'
              : 'empty',
      ready,
      phase: loading ? this.phase : null,
      progress: loading ? this.progress : ready ? 1 : 0,
      archive: this.meta
        ? { version: this.meta.archiveVersion, loadedAt: this.meta.loadedAt, counts: this.meta.counts }
        : null,
      error: this.error,
      fault: this.fault,
      search: {
        tokenizer: this.jieba ? 'jieba' : 'quick',
        jiebaCompileMs: this.jiebaCompileMs === null ? null : Math.round(this.jiebaCompileMs),
        jiebaWarmMs: this.jiebaWarmMs === null ? null : Math.round(this.jiebaWarmMs),
        jiebaError: this.jiebaError,
      },
    };
  }
}
