/**
 * The synthetic archive the benchmark measures, with everything the build step and MiniSearch need, cached under
 * artifacts/bench-cache/<key>/ (key: article count, seed, hash of the seed pages). Building the search index
 * segments every article with jieba (minutes at 100 000 articles), so a second run reuses the files.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import MiniSearch from 'minisearch';
import { buildArchive } from '../../core/archive';
import type { Archive } from '../../core/types';
import { BENCH_QUERIES } from '../../bench/queries';
import { cacheKey } from './bench-stats';
import { nodeJieba } from './jieba-node';
import { readSeedPages, SEEDS_DIR } from './seed-pages';
import { ROOT } from './extension-harness';
import { buildIndexAndPeer, buildIndexOnly, type IndexFigures } from './bench-search-index';
import { syntheticCorpus, type Corpus } from './synthetic-archive';

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

/** The real archive of the seed pages: source of sentences and entities. */
export function seedArchive(): Archive {
  return buildArchive(readSeedPages()).archive;
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
  return hash.digest('hex').slice(0, 12);
}

/** What the corpus part of a cache entry records (older entries kept the sizes under `figures`). */
interface CorpusMeta {
  queryTokens: string[][];
  chars: number;
  textBytes?: number;
  minisearchIndexBytes?: number;
  figures?: IndexFigures;
}

type OwnIndexFigures = Omit<IndexFigures, 'textBytes' | 'minisearchIndexBytes'>;

export function ensureSynthetic(
  articles: number,
  seed = DEFAULT_SEED,
  corpus: Corpus = 'zipf',
): SyntheticFiles {
  const dir = join(CACHE_DIR, `${cacheKey(articles, seed, seedsHash())}-${corpus}`);
  const code = indexCodeHash();
  const archiveFile = join(dir, 'archive.json');
  const miniSearchFile = join(dir, 'minisearch.json');
  const indexFile = join(dir, `index-${code}.bin`);
  const indexMetaFile = join(dir, `index-${code}.json`);
  const metaFile = join(dir, 'meta.json');
  let t = performance.now();
  const since = () => `${((performance.now() - t) / 1000).toFixed(1)} s`;
  const done = (meta: CorpusMeta, own: OwnIndexFigures): SyntheticFiles => ({
    dir,
    archiveFile,
    indexFile,
    miniSearchFile,
    queryTokens: meta.queryTokens,
    articles,
    chars: meta.chars,
    corpus,
    figures: {
      ...own,
      textBytes: meta.textBytes ?? meta.figures?.textBytes ?? 0,
      minisearchIndexBytes: meta.minisearchIndexBytes ?? meta.figures?.minisearchIndexBytes ?? 0,
    },
  });

  if (existsSync(metaFile)) {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as CorpusMeta;
    if (existsSync(indexMetaFile)) {
      log(`synthetic archive (${articles} articles) and index ${code} from cache ${dir}`);
      return done(meta, JSON.parse(readFileSync(indexMetaFile, 'utf8')) as OwnIndexFigures);
    }
    log(
      `synthetic archive (${articles} articles) from cache; the index code changed: building index ${code}…`,
    );
    const archive = JSON.parse(readFileSync(archiveFile, 'utf8')) as Archive;
    const own = buildIndexOnly(archive, nodeJieba(), indexFile);
    writeFileSync(indexMetaFile, JSON.stringify(own));
    log(`index ${code} written (${since()})`);
    return done(meta, own);
  }

  mkdirSync(dir, { recursive: true });
  const archive = syntheticCorpus(seedArchive(), corpus, articles, seed);
  const json = JSON.stringify(archive);
  const version = `bench-${createHash('sha256').update(json).digest('hex').slice(0, 12)}`;
  writeFileSync(archiveFile, JSON.stringify({ version, ...archive }));
  const chars = archive.articles.reduce((sum, a) => sum + a.body.length, 0);
  log(
    `generated ${articles} ${corpus} articles, ${archive.entities.length} entities, ${(chars / 1e6).toFixed(1)} M chars (${since()})`,
  );

  const jieba = nodeJieba();
  t = performance.now();
  log(`building the search index and MiniSearch with jieba (minutes at 100 000 articles)…`);
  const figures = buildIndexAndPeer(archive, jieba, indexFile, (tokenize) => {
    const mini = new MiniSearch(miniSearchOptions(tokenize));
    return {
      add: (doc) => mini.add(doc),
      write: () => {
        writeFileSync(miniSearchFile, JSON.stringify(mini));
        return statSync(miniSearchFile).size;
      },
    };
  });
  log(`search index and MiniSearch written (${since()})`);
  const { textBytes, minisearchIndexBytes, ...own } = figures;
  writeFileSync(indexMetaFile, JSON.stringify(own));
  const meta: CorpusMeta = {
    queryTokens: BENCH_QUERIES.map((q) => jieba.cut(q.query).filter(isWord)),
    chars,
    textBytes,
    minisearchIndexBytes,
  };
  // Written last: its presence marks a complete corpus entry.
  writeFileSync(metaFile, JSON.stringify(meta));
  return done(meta, own);
}
