/**
 * The synthetic archive the benchmark measures, with everything the build step and MiniSearch need, cached under
 * artifacts/bench-cache/<key>/ (key: article count, seed, hash of the seed pages), our search index in a
 * sub-directory per hash of the code that builds it (index-<hash>/). Building the search index segments every
 * article with jieba (minutes at 100 000 articles), so a second run reuses the files, and a change to the index's
 * code rebuilds only the index, from jieba's cuts as the first build recorded them (tokens.jsonl, bench-tokens.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import MiniSearch from 'minisearch';
import { buildArchive } from '../../core/archive';
import type { Archive } from '../../core/types';
import { BENCH_QUERIES } from '../../bench/queries';
import { cacheKey, indexCacheName } from './bench-stats';
import { nodeJieba } from './jieba-node';
import { recordingTokenizer, replayingTokenizer } from './bench-tokens';
import { JIEBA_TOKENIZER_ID, type Tokenizer } from '../../core/search/tokenizer';
import { readSeedPages, SEEDS_DIR } from './seed-pages';
import { ROOT } from './extension-harness';
import { buildIndexAndPeer, buildIndexOnly, type IndexFigures, type OwnFigures } from './bench-search-index';
import { syntheticCorpus, type Corpus } from './synthetic-archive';
import { readLargeJson, writeLargeJson } from './large-json';

export const CACHE_DIR = join(ROOT, 'artifacts', 'bench-cache');
export const DEFAULT_SEED = 20260101;

export interface SyntheticFiles {
  dir: string;
  /** archive.json as the build ships it (with `version`). */
  archiveFile: string;
  indexFile: string;
  /** MiniSearch's serialized index (toJSON) over the same articles and jieba tokens. */
  miniSearchFile: string;
  /** Each bench query cut by the same jieba, for MiniSearch. */
  queryTokens: string[][];
  articles: number;
  chars: number;
  corpus: Corpus;
  /** Sizes and vocabulary of what was built (absent in caches written before they were recorded). */
  figures?: IndexFigures;
}

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

/** Hash of the seed pages (manifest and every page file): a cached archive is stale when they change. */
export function seedsHash(dir = SEEDS_DIR): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).sort()) hash.update(name).update(readFileSync(join(dir, name)));
  return hash.digest('hex');
}

/** Tokens worth indexing: jieba also returns spaces and punctuation. */
const isWord = (token: string): boolean => /[\p{L}\p{N}]/u.test(token);

export function miniSearchOptions(tokenize: (text: string) => string[]) {
  return {
    fields: ['title', 'body'],
    tokenize,
    processTerm: (term: string) => (isWord(term) ? term.toLowerCase() : null),
  };
}

/** Where the code that builds and writes our index starts: the hash follows their imports. */
const INDEX_ENTRIES = ['scripts/lib/bench-search-index.ts', 'scripts/lib/jieba-node.ts'];

/** The module files `file` imports by relative path or through the `@/` alias (type-only imports too). */
function localImports(file: string, root: string): string[] {
  const source = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const [, spec] of source.matchAll(/\bfrom\s+'([^']+)'/g)) {
    const base = spec!.startsWith('@/')
      ? join(root, spec!.slice(2))
      : spec!.startsWith('.')
        ? join(dirname(file), spec!)
        : null;
    if (!base) continue;
    const found = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base].find(
      (candidate) => existsSync(candidate) && statSync(candidate).isFile(),
    );
    if (found) out.push(found);
  }
  return out;
}

/**
 * Hash of the code our index is built with: the entry files and every file they import, transitively. A change
 * to the query path (which the index does not depend on) leaves it, and the cached index, as they were.
 */
export function indexCodeHash(root = ROOT): string {
  const seen = new Set<string>();
  const queue = INDEX_ENTRIES.map((entry) => join(root, entry));
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...localImports(file, root));
  }
  const hash = createHash('sha256');
  for (const file of [...seen].sort()) hash.update(file.slice(root.length)).update(readFileSync(file));
  return hash.digest('hex');
}

/** The real archive of the seed pages: source of sentences and entities. */
export function seedArchive(): Archive {
  return buildArchive(readSeedPages()).archive;
}

/**
 * What `MiniSearch.toJSON()` returns, with the index made a term at a time as it is written: toJSON builds the
 * whole of it first, a second copy of an index that takes most of the memory at 300 000 articles. Reads the
 * fields toJSON reads (MiniSearch 7, serialization version 2).
 */
export function miniSearchLines(mini: MiniSearch): Record<string, unknown> {
  const own = mini as unknown as {
    _index: Iterable<[string, Map<number, Map<number, number>>]>;
    _documentCount: number;
    _nextId: number;
    _documentIds: Map<number, unknown>;
    _fieldIds: Record<string, number>;
    _fieldLength: Map<number, number[]>;
    _avgFieldLength: number[];
    _storedFields: Map<number, unknown>;
    _dirtCount: number;
  };
  function* index() {
    for (const [term, fieldIndex] of own._index) {
      const data: Record<number, Record<number, number>> = {};
      for (const [fieldId, freqs] of fieldIndex) data[fieldId] = Object.fromEntries(freqs);
      yield [term, data];
    }
  }
  return {
    documentCount: own._documentCount,
    nextId: own._nextId,
    documentIds: Object.fromEntries(own._documentIds),
    fieldIds: own._fieldIds,
    fieldLength: Object.fromEntries(own._fieldLength),
    averageFieldLength: own._avgFieldLength,
    storedFields: Object.fromEntries(own._storedFields),
    dirtCount: own._dirtCount,
    index: index(),
    serializationVersion: 2,
  };
}

interface CachedMeta {
  queryTokens: string[][];
  chars: number;
  /** The text's and the peer's figures (caches written before the index had its own directory hold all). */
  figures?: Partial<IndexFigures>;
  /** Where one earlier layout kept them. */
  textBytes?: number;
  minisearchIndexBytes?: number;
}

/** jieba's cuts for our index, recorded once per archive (bench-tokens.ts). */
const tokensFile = (dir: string) => join(dir, 'tokens.jsonl');

/** Our index as the current code builds it, built from the cached archive when there is none yet. */
function ensureIndex(dir: string, archiveFile: string): { indexFile: string; own: OwnFigures } {
  const code = indexCodeHash();
  const indexDir = join(dir, indexCacheName(code));
  const indexFile = join(indexDir, 'search-index.bin');
  const figuresFile = join(indexDir, 'figures.json');
  if (existsSync(figuresFile)) {
    return { indexFile, own: JSON.parse(readFileSync(figuresFile, 'utf8')) as OwnFigures };
  }
  mkdirSync(indexDir, { recursive: true });
  const t = performance.now();
  log(`building the search index (code ${code.slice(0, 12)}) of the cached archive with jieba…`);
  const archive = readLargeJson<Archive>(archiveFile);
  // jieba's cuts are recorded by the first build and replayed by the next ones
  const tokens = tokensFile(dir);
  let own: OwnFigures;
  if (existsSync(tokens)) {
    const replay = replayingTokenizer(tokens, JIEBA_TOKENIZER_ID, nodeJieba);
    own = buildIndexOnly(archive, replay.tokenizer, indexFile);
    log(`  ${replay.replayed()} cuts replayed from ${tokens}`);
  } else {
    const recorder = recordingTokenizer(nodeJieba(), tokens);
    own = buildIndexOnly(archive, recorder.tokenizer, indexFile);
    recorder.finish();
  }
  writeFileSync(figuresFile, JSON.stringify(own));
  log(`search index written (${((performance.now() - t) / 1000).toFixed(1)} s)`);
  return { indexFile, own };
}

/**
 * The synthetic archive of `articles` articles with MiniSearch's index (cached per size, seed and seed pages) and
 * our search index (cached per hash of its code inside it).
 */
export function ensureSynthetic(
  articles: number,
  seed = DEFAULT_SEED,
  corpus: Corpus = 'zipf',
): SyntheticFiles {
  const dir = join(CACHE_DIR, `${cacheKey(articles, seed, seedsHash())}-${corpus}`);
  const archiveFile = join(dir, 'archive.json');
  const miniSearchFile = join(dir, 'minisearch.json');
  const metaFile = join(dir, 'meta.json');
  if (existsSync(metaFile)) {
    log(`synthetic archive (${articles} articles) from cache ${dir}`);
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as CachedMeta;
    const { indexFile, own } = ensureIndex(dir, archiveFile);
    const peer = meta.figures ?? meta;
    const figures =
      peer?.textBytes !== undefined && peer.minisearchIndexBytes !== undefined
        ? { textBytes: peer.textBytes, minisearchIndexBytes: peer.minisearchIndexBytes, ...own }
        : undefined;
    return { dir, archiveFile, indexFile, miniSearchFile, ...meta, figures, articles, corpus };
  }
  // named once: the code may change while a large archive is being built
  const indexDir = join(dir, indexCacheName(indexCodeHash()));
  mkdirSync(indexDir, { recursive: true });
  const indexFile = join(indexDir, 'search-index.bin');
  let t = performance.now();
  const since = () => `${((performance.now() - t) / 1000).toFixed(1)} s`;
  const archive = syntheticCorpus(seedArchive(), corpus, articles, seed);
  // hashed a part at a time: at 300 000 articles the whole archive is near V8's longest string
  const hash = createHash('sha256');
  for (const [key, value] of Object.entries(archive)) {
    hash.update(key);
    for (const part of Array.isArray(value) ? value : [value]) hash.update(JSON.stringify(part));
  }
  const version = `bench-${hash.digest('hex').slice(0, 12)}`;
  writeLargeJson(archiveFile, { version, ...archive });
  const chars = archive.articles.reduce((sum, a) => sum + a.body.length, 0);
  log(
    `generated ${articles} ${corpus} articles, ${archive.entities.length} entities, ${(chars / 1e6).toFixed(1)} M chars (${since()})`,
  );

  const jieba = nodeJieba();
  t = performance.now();
  log(`building the search index and MiniSearch with jieba (minutes at 100 000 articles)…`);
  // our index's cuts are recorded (not MiniSearch's, which a rebuild of our index does not ask for)
  const recording: { finish?: () => void } = {};
  const record = (tokenizer: Tokenizer): Tokenizer => {
    const recorder = recordingTokenizer(tokenizer, tokensFile(dir));
    recording.finish = recorder.finish;
    return recorder.tokenizer;
  };
  const peerOf = (tokenize: (text: string) => string[]) => {
    const mini = new MiniSearch(miniSearchOptions(tokenize));
    return {
      add: (doc: { id: string; title: string; body: string }) => mini.add(doc),
      write: () => {
        // one index entry to a line: past 100 000 articles the JSON is longer than V8's longest string
        const newlines = writeLargeJson(miniSearchFile, miniSearchLines(mini));
        return statSync(miniSearchFile).size - newlines;
      },
    };
  };
  const { peer, own } = buildIndexAndPeer(archive, jieba, indexFile, peerOf, record);
  recording.finish?.();
  writeFileSync(join(indexDir, 'figures.json'), JSON.stringify(own));
  log(`search index and MiniSearch written (${since()})`);

  const queryTokens = BENCH_QUERIES.map((q) => jieba.cut(q.query).filter(isWord));
  // Written last: its presence marks a complete cache entry.
  writeFileSync(metaFile, JSON.stringify({ queryTokens, chars, figures: peer } satisfies CachedMeta));
  const figures = { ...peer, ...own };
  return { dir, archiveFile, indexFile, miniSearchFile, queryTokens, chars, figures, articles, corpus };
}
