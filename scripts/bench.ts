/**
 * `npm run bench [-- --articles N | --quick] [--json] [--only additions|search|scan|install]`: how fast the product
 * is at the size a daily paper reaches in a few decades. Parser throughput in Node; search, start, install and
 * page scans in Chromium, over IndexedDB, against MiniSearch as the peer, in one run on one machine. Progress goes
 * to stderr; stdout gets the table, or one JSON object with `--json`. A figure that fails to measure is printed as
 * null, with the reason on stderr, and the rest still run. `--only additions` installs the synthetic archive and
 * measures only the cold card and the import (with their phases); `--only search` installs it and measures
 * search, start and the popup's first results, with MiniSearch beside them; `--only scan` only the 1 MB page
 * scan; `--only install` only the install, its phases and its floor; the rest stays null.
 */
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { BENCH_QUERIES } from '../bench/queries';
import type { Archive } from '../core/types';
import { chromiumVersion, launchPlain, launchWith } from './lib/bench-browser';
import { DEFAULT_SEED, ensureSynthetic, seedArchive, type SyntheticFiles } from './lib/bench-cache';
import { idbTextFloor } from './lib/bench-floors';
import { measureMiniSearch } from './lib/bench-minisearch';
import { measureParse } from './lib/bench-parse';
import { contentScriptBytes, dirBytes, machine, table } from './lib/bench-report';
import { measureScan, SCAN_PATH_KEYS, scanPathFigures } from './lib/bench-scan';
import {
  installFigures,
  measureAdditions,
  recordedInstall,
  type AdditionFigures,
} from './lib/bench-additions';
import { install, measureExtension } from './lib/bench-search';
import { TARGETS, type Figures } from './lib/bench-stats';
import { ROOT } from './lib/extension-harness';
import { readSeedPages as seedPages } from './lib/seed-pages';
import { corpusArg } from './lib/synthetic-archive';
import { indexSizeKeys } from './lib/bench-search-index';
import { fitsOneString } from './lib/large-json';

/** Timed runs of each query; one more untimed round warms caches first. */
const ROUNDS = 5;
/** The entity whose card the cold start asks for: the seeds' most printed official, in every synthetic archive. */
const CARD_ENTITY = 'person:孙大军';
/** Where the benchmark's builds go (.output/ is left alone). */
const OUT = join(tmpdir(), 'lvliang-bench');

const PARTS = ['additions', 'search', 'scan', 'install'] as const;

function args(argv: string[]): {
  articles: number;
  json: boolean;
  only: (typeof PARTS)[number] | null;
} {
  const at = argv.indexOf('--articles');
  const articles = at >= 0 ? Number(argv[at + 1]) : argv.includes('--quick') ? 10_000 : 100_000;
  if (!Number.isInteger(articles) || articles < 100) throw new Error('--articles needs a whole number ≥ 100');
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt >= 0 ? PARTS.find((p) => p === argv[onlyAt + 1]) : null;
  if (only === undefined) throw new Error(`--only takes one part: ${PARTS.join(' or ')}`);
  return { articles, json: argv.includes('--json'), only };
}

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

/** Builds the Chrome extension into `outDir` (so .output/ is left alone); `env` picks another archive. */
function buildExtension(outDir: string, env: Record<string, string> = {}): string {
  execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build'], {
    cwd: ROOT,
    env: { ...process.env, LVLIANG_OUT_DIR: outDir, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return join(outDir, 'chrome-mv3');
}

/** Builds the extension with the synthetic archive as its bundled one. */
function buildSynthetic(synthetic: SyntheticFiles): string {
  return buildExtension(join(OUT, `synthetic-${synthetic.articles}`), {
    LVLIANG_ARCHIVE_FILE: synthetic.archiveFile,
    LVLIANG_SEARCH_INDEX_FILE: synthetic.indexFile,
  });
}

/** Runs one step; its failure is logged and leaves its figures null. */
async function step(name: string, work: () => Promise<void> | void): Promise<void> {
  const started = performance.now();
  log(`${name}…`);
  try {
    await work();
    log(`${name}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    log(`${name} FAILED: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function main(): Promise<void> {
  const { articles, json, only } = args(process.argv.slice(2));
  const queries = BENCH_QUERIES.map((q) => q.query);
  const f: Figures = {};
  for (const key of [
    'parse.charsPerSec',
    'search.seeds.p95Ms',
    'search.synthetic.articles',
    'search.synthetic.p50Ms',
    'search.synthetic.p95Ms',
    'search.synthetic.startMs',
    'search.synthetic.popupFirstP50Ms',
    'search.synthetic.popupFirstP95Ms',
    'search.synthetic.popupAfterPauseP50Ms',
    'search.synthetic.popupAfterPauseP95Ms',
    'search.minisearch.p50Ms',
    'search.minisearch.p95Ms',
    'search.minisearch.startMs',
    'search.minisearch.loadJsonMs',
    'scan.chars',
    'scan.ms',
    'scan.eagerMs',
    'scan.floorMs',
    'scan.createMs',
    'scan.worstTaskMs',
    'scan.worstTaskBaselineMs',
    ...SCAN_PATH_KEYS,
    'install.synthetic.ms',
    'install.textFloorMs',
    'card.synthetic.coldMs',
    'card.synthetic.heapMB',
    'import.synthetic.pageMs',
    'import.synthetic.pageArticles',
    'import.synthetic.prepareMs',
    'size.contentScriptBytes',
    'size.extensionBytes',
  ])
    f[key] = null;
  Object.assign(f, indexSizeKeys(undefined, corpusArg(process.argv)));
  f['search.queries'] = queries.length;
  f['search.timedRunsPerQuery'] = ROUNDS;

  if (only === 'additions' || only === 'install') {
    await (only === 'additions' ? additionsPart(f, articles) : installPart(f, articles));
    return report(f, json);
  }
  if (only === 'scan') {
    await scanPart(f, buildExtension(join(OUT, 'default')));
    return report(f, json);
  }

  if (only === 'search') {
    await searchOnly(f, articles, queries);
    return report(f, json);
  }

  await step('parser', () => {
    f['parse.charsPerSec'] = measureParse().charsPerSec;
  });
  const synthetic = ensureSynthetic(articles, DEFAULT_SEED, corpusArg(process.argv));
  Object.assign(f, indexSizeKeys(synthetic.figures, synthetic.corpus));
  const source = seedArchive();
  let defaultDir = '';
  let syntheticDir = '';
  await step('default Chrome build', () => {
    defaultDir = buildExtension(join(OUT, 'default'));
    f['size.contentScriptBytes'] = contentScriptBytes(defaultDir);
    f['size.extensionBytes'] = dirBytes(defaultDir);
  });
  await step(`build with the synthetic archive (${articles} articles)`, () => {
    syntheticDir = buildSynthetic(synthetic);
  });
  let installed: string | null = null;
  await step('extension with the synthetic archive: install, search, start', async () => {
    installed = await searchPart(f, syntheticDir, queries, true);
  });
  await step('extension with the synthetic archive: cold card, heap, import of one page', async () => {
    if (!installed) throw new Error('no installed profile (the install step failed)');
    additions(f, await measureAdditions(syntheticDir, installed, CARD_ENTITY, seedPages()[0]!));
  });
  await step('extension with the seed archive: search', async () => {
    f['search.seeds.p95Ms'] = (await measureExtension(defaultDir, queries, ROUNDS)).p95Ms;
  });
  await withPlainBrowser(async (plain) => {
    await step('MiniSearch', () => miniSearchPart(f, plain, synthetic));
    await textFloorStep(f, plain, synthetic);
    await scanStep(f, defaultDir, source, plain);
  });

  report(f, json);
}

function report(f: Figures, json: boolean): void {
  const host = machine(chromiumVersion());
  const met = Object.fromEntries(TARGETS.map((t) => [t.key, t.met(f)]));
  // With --json the table still goes to stderr, so one run gives both.
  if (json) {
    process.stderr.write(`${table(f, host)}\n`);
    process.stdout.write(`${JSON.stringify({ ...f, machine: host, targetsMet: met }, null, 2)}\n`);
  } else process.stdout.write(`${table(f, host)}\n`);
}

/** The additions' figures, with each phase as `<figure>.phase.<name>Ms`. */
function additions(f: Figures, a: AdditionFigures): void {
  f['card.synthetic.coldMs'] = a.cardMs;
  f['card.synthetic.heapMB'] = a.heapBytes === null ? null : a.heapBytes / (1024 * 1024);
  f['import.synthetic.pageMs'] = a.importMs;
  f['import.synthetic.pageArticles'] = a.importedArticles;
  f['import.synthetic.prepareMs'] = a.prepareMs;
  for (const [name, ms] of Object.entries(a.cardPhases)) f[`card.synthetic.phase.${name}Ms`] = ms;
  for (const [name, ms] of Object.entries(a.importPhases)) f[`import.synthetic.phase.${name}Ms`] = ms;
  Object.assign(f, installFigures(a.installPhases));
}

/** Install, search, start and popup figures of the extension in `dir`; returns the kept profile if `keep`. */
async function searchPart(f: Figures, dir: string, queries: string[], keep: boolean): Promise<string | null> {
  const s = await measureExtension(dir, queries, ROUNDS, undefined, keep);
  f['install.synthetic.ms'] = s.installMs;
  for (const key of [
    'articles',
    'p50Ms',
    'p95Ms',
    'startMs',
    'popupFirstP50Ms',
    'popupFirstP95Ms',
    'popupAfterPauseP50Ms',
    'popupAfterPauseP95Ms',
  ] as const)
    f[`search.synthetic.${key}`] = s[key];
  return s.profile;
}

async function miniSearchPart(f: Figures, plain: Browser, synthetic: SyntheticFiles): Promise<void> {
  // a page cannot hold the index's JSON as one string past V8's limit (about 300 000 articles): its figures
  // at that size come from `bench-search-scale.ts`, in Node
  if (!fitsOneString(synthetic.miniSearchFile)) {
    process.stderr.write('[bench] MiniSearch index over 500 MB: not loaded in the page\n');
    return;
  }
  const m = await measureMiniSearch(plain, synthetic.miniSearchFile, synthetic.queryTokens, ROUNDS);
  for (const key of ['p50Ms', 'p95Ms', 'startMs', 'loadJsonMs'] as const)
    f[`search.minisearch.${key}`] = m[key];
}

/** `--only search`: the synthetic archive built and installed, searched, started, and MiniSearch beside it. */
async function searchOnly(f: Figures, articles: number, queries: string[]): Promise<void> {
  const synthetic = ensureSynthetic(articles, DEFAULT_SEED, corpusArg(process.argv));
  Object.assign(f, indexSizeKeys(synthetic.figures, synthetic.corpus));
  const dir = buildSynthetic(synthetic);
  await step(
    `extension with the synthetic archive (${articles} articles): install, search, start`,
    async () => {
      await searchPart(f, dir, queries, false);
    },
  );
  await withPlainBrowser((plain) => step('MiniSearch', () => miniSearchPart(f, plain, synthetic)));
}

/** The 1 MB page scan: the matcher in a plain browser, then the built extension's content script on the page. */
async function scanStep(f: Figures, extensionDir: string, source: Archive, plain: Browser): Promise<void> {
  await step('page scan (1 MB)', async () => {
    const ext = await launchWith(extensionDir);
    try {
      const s = await measureScan(source, plain, ext.context);
      f['scan.chars'] = s.chars;
      f['scan.ms'] = s.ms;
      f['scan.eagerMs'] = s.eagerMs;
      f['scan.floorMs'] = s.floorMs;
      f['scan.createMs'] = s.createMs;
      f['scan.worstTaskMs'] = s.worstTaskMs;
      f['scan.worstTaskBaselineMs'] = s.worstTaskBaselineMs;
      Object.assign(f, scanPathFigures(s));
    } finally {
      await ext.close();
    }
  });
}

/** `--only scan`: the default build and the page scan alone, the rest staying null. */
async function scanPart(f: Figures, extensionDir: string): Promise<void> {
  f['size.contentScriptBytes'] = contentScriptBytes(extensionDir);
  await withPlainBrowser((plain) => scanStep(f, extensionDir, seedArchive(), plain));
}

/** `--only additions`: the synthetic archive built and installed on a fresh profile, then the additions' part. */
async function additionsPart(f: Figures, articles: number): Promise<void> {
  const dir = buildSynthetic(ensureSynthetic(articles, DEFAULT_SEED, corpusArg(process.argv)));
  let profile: string | null = null;
  await step(`install of the synthetic archive (${articles} articles)`, async () => {
    const installed = await install(dir);
    f['install.synthetic.ms'] = installed.installMs;
    f['search.synthetic.articles'] = installed.articles;
    await installed.ext.close(true);
    profile = installed.ext.profile;
  });
  await step('extension with the synthetic archive: cold card, heap, import of one page', async () => {
    if (!profile) throw new Error('no installed profile (the install step failed)');
    additions(f, await measureAdditions(dir, profile, CARD_ENTITY, seedPages()[0]!));
  });
}

/** `--only install`: the synthetic archive built and installed on a fresh profile, with the install's phases. */
async function installPart(f: Figures, articles: number): Promise<void> {
  const synthetic = ensureSynthetic(articles, DEFAULT_SEED, corpusArg(process.argv));
  const dir = buildSynthetic(synthetic);
  await step(`install of the synthetic archive (${articles} articles)`, async () => {
    const installed = await install(dir);
    try {
      f['install.synthetic.ms'] = installed.installMs;
      f['search.synthetic.articles'] = installed.articles;
      Object.assign(f, installFigures(await recordedInstall(installed.page)));
    } finally {
      await installed.ext.close();
    }
  });
  await withPlainBrowser((plain) => textFloorStep(f, plain, synthetic));
}

/** Chromium without the extension, for the peer and the floors, closed however `use` ends. */
async function withPlainBrowser(use: (plain: Browser) => Promise<void>): Promise<void> {
  const plain = await launchPlain();
  try {
    await use(plain);
  } finally {
    await plain.close();
  }
}

/** The browser's floor for the install: storing the synthetic archive's article text alone. */
async function textFloorStep(f: Figures, plain: Browser, synthetic: SyntheticFiles): Promise<void> {
  await step('IndexedDB storing the article text alone (the floor of the install)', async () => {
    f['install.textFloorMs'] = await idbTextFloor(plain, synthetic.chars, synthetic.articles);
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
