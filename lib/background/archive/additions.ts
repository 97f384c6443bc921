/**
 * The reader's additions in the background: imports of newspaper pages, saved web articles, exported archives
 * read back, removals and reset. Every change is one commit: the additions are stored (pending), the overlay
 * over the installed bundled archive is recomputed from all of them (core/additions) and written into a new
 * generation while the installed archive keeps answering, and one transaction switches to it. Commits run one
 * at a time; a cancel or an error leaves the previous archive answering and forgets the pending additions, a
 * crash leaves them pending and the next start finishes the commit.
 */
import { pageFingerprint, recordsFingerprint, savedFingerprint } from '@/core/additions/fingerprint';
import { savedArticleId } from '@/core/additions/materialize';
import { prepareAliases } from '@/core/entities/aliases';
import { backOut } from '@/core/additions/backout';
import { buildOverlay, overlayFingerprint, type Overlay, type OverlayPhase } from '@/core/additions/overlay';
import type { Addition, ImportPage, SavedArticleInput } from '@/core/additions/types';
import type { PageErrorCode } from '@/core/parse';
import type { Tokenizer } from '@/core/search';
import type { Article, Edition } from '@/core/types';
import type { LensDatabase } from '@/lib/background/storage/db';
import { deleteGeneration, deleteGenerationsExcept } from '@/lib/background/storage/generations';
import { archiveVersion, installedArchive, stagedLoad } from '@/lib/background/storage/meta';
import {
  baseArchive,
  bundledBase,
  freshGeneration,
  type IndexTables,
  layeredArchive,
  overlayLayer,
  PENDING_KEY,
  switchArchive,
  writeOverlay,
} from '@/lib/background/storage/overlay';
import type { ArchiveMeta } from '@/lib/background/storage/schema';
import { additions as storedAdditions } from '@/lib/background/storage/user-data';
import { markCommit } from '@/lib/background/perf/marks';
import { buildStoredPosts } from '@/lib/background/posts/source';
import { MessageError } from '../../shared/messages/router';
import type { ImportResult, UserAddition } from '../../shared/archive-protocol';

export type ImportPhase = OverlayPhase | 'import-write';

export interface AdditionsHost {
  database(): Promise<LensDatabase>;
  /** jieba, built now if needed (indexing added documents needs it). */
  tokenizer(): Promise<Tokenizer>;
  /** The index tables of `generation` when the answering search engine already holds them in memory. */
  loadedTables?(generation: number): IndexTables | undefined;
  /** Makes the archive described by `meta` the one that answers. */
  activate(meta: ArchiveMeta): Promise<void>;
  progress(phase: ImportPhase | null, progress: number): void;
  log(message: string): void;
  /** Called at every pause of a commit with its phase (tests stop, cancel or stall a commit there). */
  checkpoint?(phase: ImportPhase): void | Promise<void>;
  /** Runs blocking work at the first moment no request is being answered. */
  whenIdle?<T>(task: () => T): Promise<T>;
}

/** Where each phase's progress falls in the whole commit (0–1). */
const SPAN: Record<ImportPhase, [number, number]> = {
  'import-parse': [0, 0.1],
  'import-entities': [0.1, 0.3],
  'import-index': [0.3, 0.85],
  'import-write': [0.85, 1],
};

class Cancelled extends Error {}

const yieldToEvents = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface CommitResult {
  /** New additions now in the archive. */
  added: Addition[];
  /** New additions whose content the archive already holds. */
  skipped: Addition[];
  /** New additions that could not be added, with the reason. */
  errors: { addition: Addition; code: PageErrorCode; message: string }[];
}

interface CommitRequest {
  incoming?: Addition[];
  remove?: (stored: Addition[]) => string[];
  /** A bundled archive written but not yet switched to (extension update): the additions go over it. */
  held?: ArchiveMeta;
}

export class AdditionsService {
  private queue: Promise<unknown> = Promise.resolve();
  private cancel: (() => void) | null = null;
  private cancelRequested = false;
  private prepared: Promise<void> | null = null;

  constructor(private readonly host: AdditionsHost) {}

  /** Runs commits one after another. */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Stops the running commit (if it adds something); true when one was running. */
  cancelRunning(): boolean {
    if (!this.cancel) return false;
    this.cancel();
    return true;
  }

  private async commit(request: CommitRequest): Promise<CommitResult> {
    markCommit('begin', true);
    const db = await this.host.database();
    const meta = request.held ?? (await installedArchive(db));
    if (!meta) throw new MessageError('not-ready', 'The archive is not installed yet.');
    const stored = await storedAdditions(db);
    const known = new Set(stored.map((a) => a.id));
    const incoming: Addition[] = [];
    const repeated: Addition[] = [];
    for (const a of request.incoming ?? []) {
      if (known.has(a.id)) repeated.push(a);
      else {
        known.add(a.id);
        incoming.push(a);
      }
    }
    const removed = new Set(request.remove?.(stored) ?? []);
    if (
      !request.held &&
      incoming.length === 0 &&
      removed.size === 0 &&
      stored.every((a) => a.state === 'committed')
    )
      return { added: [], skipped: repeated, errors: [] };

    this.cancelRequested = false;
    this.cancel = () => (this.cancelRequested = true);
    let generation: number | null = null;
    let phase: ImportPhase = 'import-parse';
    const report = (at: ImportPhase, p: number) => {
      if (p === 0 || p === 1) markCommit(p === 0 ? at : `${at}-done`);
      else if (at === 'import-entities') markCommit('entities-extracted');
      else if (at === 'import-write') markCommit(`write-batch-${Math.round(p * 100)}%`);
      phase = at;
      const [from, to] = SPAN[at];
      this.host.progress(at, from + (to - from) * p);
    };
    const pause = async () => {
      await yieldToEvents();
      await this.host.checkpoint?.(phase);
      if (this.cancelRequested) throw new Cancelled('The import was cancelled.');
    };
    try {
      // pending first: a crash from here on is finished by the next start
      if (incoming.length) {
        const tx = db.transaction(['additions', 'settings'], 'readwrite');
        await Promise.all([
          ...incoming.map((a) => tx.objectStore('additions').put(a)),
          tx.objectStore('settings').put(true, PENDING_KEY),
          tx.done,
        ]);
      }
      const all = [...stored.filter((a) => !removed.has(a.id)), ...incoming];
      const baseCounts = request.held ? meta.counts : (meta.overlay?.baseCounts ?? meta.counts);
      const bare: ArchiveMeta = { ...meta, counts: baseCounts };
      delete bare.overlay;
      if (all.length === 0) {
        await switchArchive(db, { meta: bare, keep: [], drop: [...removed], staged: !!request.held });
        await this.host.activate(bare);
        return { added: [], skipped: repeated, errors: [] };
      }
      report('import-parse', 0);
      const settled = stored.every((a) => a.state === 'committed');
      // only new additions over an installed overlay: they are laid over it, the earlier ones not redone
      const extend = !request.held && removed.size === 0 && !!meta.overlay && settled;
      // only removals, and every remaining addition kept its mentions: backed out of the overlay, nothing re-read
      const backingOut =
        !request.held && incoming.length === 0 && !!meta.overlay && settled && all.every((a) => a.mentions);
      let overlay: Overlay;
      let baseDocs: number;
      if (backingOut) {
        const [bundled, layer] = await Promise.all([
          bundledBase(db, meta.generation),
          overlayLayer(db, meta),
        ]);
        markCommit('base-read');
        const kept = all.map((a) => ({ id: a.id, contributed: a.contributed, mentions: a.mentions! }));
        overlay = await backOut(bundled, layer, kept, meta.fingerprint);
        baseDocs = meta.overlay!.baseDocs;
      } else {
        // the tables an overlay extends are the answering archive's own: the engine has them in memory already
        const top = meta.overlay?.generation ?? meta.generation;
        const read = extend || !meta.overlay ? top : meta.generation;
        const loaded = request.held ? undefined : this.host.loadedTables?.(read);
        const base = extend
          ? await layeredArchive(db, meta, loaded)
          : await baseArchive(db, meta.generation, loaded);
        markCommit('base-read');
        const tokenizer = await this.host.tokenizer();
        markCommit('tokenizer-ready');
        overlay = await buildOverlay(base, extend ? incoming : all, tokenizer, {
          progress: (phase, p) => report(phase, p),
          pause,
        });
        baseDocs = extend ? meta.overlay!.baseDocs : base.stats.docCount;
      }
      markCommit('overlay-built');
      const fresh = new Set(incoming.map((a) => a.id));
      // the archive's fingerprint: the bundled one with the additions that stay, in their order
      const staying = all.filter((a) => !fresh.has(a.id) || overlay.contributed.has(a.id));
      overlay.fingerprint = overlayFingerprint(meta.fingerprint, staying);
      overlay.stats.fingerprint = overlay.fingerprint;
      generation = await freshGeneration(db);
      await writeOverlay(db, meta, generation, overlay, {
        pause,
        progress: (p) => report('import-write', p),
        extend,
      });
      await pause();

      const skipped = new Set(overlay.skipped);
      const keep: Addition[] = [];
      const drop = [...removed];
      const result: CommitResult = { added: [], skipped: [...repeated], errors: [] };
      for (const a of all) {
        const earlier = extend && !fresh.has(a.id);
        const contributed = overlay.contributed.get(a.id) ?? (earlier ? a.contributed : undefined);
        const mentions = overlay.mentions.get(a.id) ?? (earlier ? a.mentions : undefined);
        const error = overlay.errors.get(a.id);
        if (fresh.has(a.id) && !contributed) {
          drop.push(a.id);
          if (skipped.has(a.id)) result.skipped.push(a);
          else
            result.errors.push({
              addition: a,
              code: error?.code ?? 'internal',
              message: error?.message ?? 'Nothing could be added.',
            });
          continue;
        }
        // an earlier addition the new bundled archive now contains, or conflicts with, is kept (not lost)
        const kept: Addition = { ...a, state: 'committed', contributed: contributed ?? [], mentions };
        if (!mentions) delete kept.mentions;
        keep.push(kept);
        if (fresh.has(a.id)) result.added.push(kept);
      }
      const below = extend ? meta.counts : baseCounts;
      const next: ArchiveMeta = {
        ...bare,
        overlay: {
          generation,
          baseDocs,
          fingerprint: overlay.fingerprint,
          additions: keep.length,
          baseCounts,
        },
        counts: {
          editions: below.editions + overlay.editions.length,
          articles: overlay.stats.docCount,
          entities: overlay.lexicon.entries.length,
          terms: overlay.stats.termCount,
        },
        loadedAt: new Date().toISOString(),
      };
      markCommit('written');
      await switchArchive(db, { meta: next, keep, drop, staged: !!request.held });
      markCommit('switched');
      await this.host.activate(next);
      markCommit('activated');
      void this.storePosts(db, next);
      return result;
    } catch (error) {
      // the previous archive still answers: forget what this commit started
      if (incoming.length) {
        const tx = db.transaction(['additions', 'settings'], 'readwrite');
        await Promise.all([
          ...incoming.map((a) => tx.objectStore('additions').delete(a.id)),
          tx.objectStore('settings').delete(PENDING_KEY),
          tx.done,
        ]).catch(() => undefined);
      }
      if (generation !== null) await deleteGeneration(db, generation).catch(() => undefined);
      if (error instanceof Cancelled) throw new MessageError('cancelled', error.message);
      throw error;
    } finally {
      this.cancel = null;
      this.host.progress(null, 0);
    }
  }

  /** `task` when no request is being answered; at once for a host that cannot tell. */
  private whenIdle<T>(task: () => T): Promise<T> {
    return this.host.whenIdle ? this.host.whenIdle(task) : Promise.resolve(task());
  }

  /**
   * Stores the post index of the archive with its additions in its generation, after the reply and when no
   * request is being answered (it reads every person, the editions and the document table: the archive's size,
   * not the page's), so the first card after an import reads one record. A card asked before builds it itself.
   */
  private async storePosts(db: LensDatabase, meta: ArchiveMeta): Promise<void> {
    try {
      await this.whenIdle(() => undefined);
      const record = await buildStoredPosts(db, meta);
      const tx = db.transaction(['meta', 'searchIndex'], 'readwrite');
      const now = await tx.objectStore('meta').get('archive');
      // only while the archive is still this one (another commit may have switched meanwhile)
      if (now?.kind === 'archive' && archiveVersion(now) === record.version)
        await tx.objectStore('searchIndex').put(record, [meta.overlay!.generation, 'posts']);
      await tx.done;
    } catch (error) {
      this.host.log(
        `storing the post index failed, the first card builds it: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  /**
   * Builds, once per background life, what an import's first page would otherwise wait for: jieba, and the
   * tables of pinyin and of traditional characters (hundreds of milliseconds to seconds; about 15 MB, so not at
   * every start but when the reader is about to import).
   */
  prepare(): Promise<void> {
    this.prepared ??= (async () => {
      await this.host.tokenizer();
      await this.whenIdle(prepareAliases);
    })().catch((error: unknown) => {
      this.prepared = null;
      throw error;
    });
    return this.prepared;
  }

  /** Imports decoded front pages; per-file problems are in the result, the other files still import. */
  importPages(pages: ImportPage[]): Promise<ImportResult> {
    return this.serial(async () => {
      const now = Date.now();
      const incoming: Addition[] = pages.map((page, i) => {
        const fingerprint = pageFingerprint(page);
        return {
          kind: 'page',
          id: `page:${fingerprint}`,
          fingerprint,
          page,
          state: 'pending',
          contributed: [],
          addedAt: stamp(now, i),
        };
      });
      const result = await this.commit({ incoming });
      return importResult(result, (a) => (a.kind === 'page' ? a.page.fileName : a.id));
    });
  }

  /** Saves a web article; `duplicate` when the same address and text are already saved. */
  saveArticle(article: SavedArticleInput): Promise<{ articleId: string; duplicate: boolean }> {
    return this.serial(async () => {
      const fingerprint = savedFingerprint(article);
      const addition: Addition = {
        kind: 'saved',
        id: `saved:${fingerprint}`,
        fingerprint,
        article,
        state: 'pending',
        contributed: [],
        addedAt: stamp(Date.now(), 0),
      };
      const result = await this.commit({ incoming: [addition] });
      const failed = result.errors[0];
      if (failed) throw new MessageError('bad-request', failed.message);
      return { articleId: savedArticleId(fingerprint), duplicate: result.added.length === 0 };
    });
  }

  /** Reads an exported archive back: each of its pages and saved articles the archive lacks becomes an addition. */
  importRecords(editions: Edition[], articles: Article[]): Promise<ImportResult> {
    return this.serial(async () => {
      const now = Date.now();
      const groups = new Map<string, { editions: Edition[]; articles: Article[] }>();
      const byEdition = new Map(editions.map((e) => [e.id, e]));
      for (const article of articles) {
        const key = article.edition || `saved:${article.id}`;
        let group = groups.get(key);
        if (!group) {
          const edition = byEdition.get(article.edition);
          groups.set(key, (group = { editions: edition ? [edition] : [], articles: [] }));
        }
        group.articles.push(article);
      }
      const incoming: Addition[] = [...groups.values()].map((group, i) => {
        const fingerprint = recordsFingerprint(group.editions, group.articles);
        return {
          kind: 'records',
          id: `records:${fingerprint}`,
          fingerprint,
          editions: group.editions,
          articles: group.articles,
          state: 'pending',
          contributed: [],
          addedAt: stamp(now, i),
        };
      });
      const result = await this.commit({ incoming });
      return importResult(result, (a) =>
        a.kind === 'records' ? (a.editions[0]?.file ?? a.articles[0]!.title) : a.id,
      );
    });
  }

  /** Removes one addition; false when there is none with that id. */
  remove(id: string): Promise<{ removed: boolean }> {
    return this.serial(async () => {
      let found = false;
      await this.commit({
        remove: (stored) => {
          found = stored.some((a) => a.id === id);
          return found ? [id] : [];
        },
      });
      return { removed: found };
    });
  }

  /** Removes every addition: back to the bundled archive. */
  reset(): Promise<{ removed: number }> {
    return this.serial(async () => {
      let count = 0;
      await this.commit({
        remove: (stored) => {
          count = stored.length;
          return stored.map((a) => a.id);
        },
      });
      return { removed: count };
    });
  }

  /**
   * Removes generations a crashed commit left behind, and finishes the commit a crash interrupted (pending
   * additions), if any.
   */
  resume(): Promise<void> {
    return this.serial(async () => {
      const db = await this.host.database();
      const [meta, staging] = await Promise.all([installedArchive(db), stagedLoad(db)]);
      if (meta && !staging)
        await deleteGenerationsExcept(db, [
          meta.generation,
          ...(meta.overlay ? [meta.overlay.generation] : []),
        ]);
      await this.commit({});
    });
  }

  /** Lays the stored additions over a bundled archive written with `hold` (an extension update), and switches. */
  rebase(held: ArchiveMeta): Promise<void> {
    return this.serial(async () => {
      await this.commit({ held });
    });
  }

  async list(): Promise<UserAddition[]> {
    const db = await this.host.database();
    return (await storedAdditions(db)).filter((a) => a.state === 'committed').map(describe);
  }

  /** Whether a commit was cut off (its additions are still pending); one small read. */
  async pending(): Promise<boolean> {
    const db = await this.host.database();
    return (await db.get('settings', PENDING_KEY)) === true;
  }

  async any(): Promise<boolean> {
    const db = await this.host.database();
    return (await db.count('additions')) > 0;
  }
}

/** addedAt stamps that keep a batch's order (additions are numbered in addedAt order). */
function stamp(now: number, i: number): string {
  return new Date(now + i).toISOString();
}

function importResult(result: CommitResult, name: (a: Addition) => string): ImportResult {
  return {
    added: result.added.length,
    skipped: result.skipped.length,
    articles: result.added.reduce((n, a) => n + a.contributed.length, 0),
    errors: result.errors.map((e) => ({ fileName: name(e.addition), code: e.code, message: e.message })),
  };
}

function describe(a: Addition): UserAddition {
  const base = { id: a.id, articles: a.contributed, addedAt: a.addedAt };
  switch (a.kind) {
    case 'page':
      return { ...base, kind: 'page', label: a.page.fileName, date: a.page.date, url: null };
    case 'saved':
      return { ...base, kind: 'saved', label: a.article.title, date: a.article.date, url: a.article.url };
    case 'records': {
      const edition = a.editions[0];
      const first = a.articles[0]!;
      return edition
        ? { ...base, kind: 'page', label: edition.file, date: edition.date, url: null }
        : { ...base, kind: 'saved', label: first.title, date: first.date, url: first.url ?? null };
    }
  }
}
