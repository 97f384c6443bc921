/**
 * Builds the archive from a folder of extracted page texts.
 *
 *   npm run -s archive -- [--out FILE] [DIR]
 *
 * Reads DIR/manifest.json (default: seeds/), parses every page it lists and writes the archive JSON to FILE,
 * or, without --out, prints a summary to check the parse at a glance. Pages that cannot be read or parsed are
 * reported with the reason; the others still build. Exits with 1 when any page failed, 2 on bad arguments.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildArchive } from '../core/archive';
import { summarizeEntities } from '../core/entities/index';
import {
  checkPageSize,
  decodePageBytes,
  failedPageReport,
  formatArchiveSummary,
  MANIFEST_FILE,
  parseManifestText,
  type ArchiveReport,
  type PageError,
  type PageInput,
  type PageParseReport,
} from '../core/parse/index';

const MAX_MANIFEST_BYTES = 1024 * 1024;

interface Options {
  dir: string;
  out: string | null;
}

type Loaded = { ok: true; input: PageInput } | { ok: false; error: PageError; date?: string; page?: number };

export interface LoadedPages {
  /** One entry per manifest entry, in manifest order. */
  pages: Loaded[];
  /** A manifest that could not be read at all. */
  manifestError: string | null;
}

function usage(): string {
  return 'usage: npm run -s archive -- [--out FILE] [DIR]\n  DIR   folder with manifest.json and the page texts (default: seeds/)\n';
}

export function parseArguments(argv: readonly string[]): Options | { error: string } {
  let out: string | null = null;
  let dir: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--out' || arg === '-o') {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('-')) return { error: `${arg} needs a file name` };
      out = value;
      i += 1;
    } else if (arg.startsWith('--out=')) {
      out = arg.slice('--out='.length);
    } else if (arg.startsWith('-')) {
      return { error: `unknown option ${arg}` };
    } else if (dir === null) {
      dir = arg;
    } else {
      return { error: `unexpected argument ${arg}` };
    }
  }
  return { dir: dir ?? 'seeds', out };
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

async function loadPage(dir: string, entry: { file: string; date: string; page: number }): Promise<Loaded> {
  const path = join(dir, entry.file);
  const fail = (code: PageError['code'], reason: string): Loaded => ({
    ok: false,
    error: { file: entry.file, code, message: `${entry.file}: ${reason}` },
    date: entry.date,
    page: entry.page,
  });
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return fail('missing-file', `${path} is not a file`);
    size = info.size;
  } catch (error) {
    return errorCode(error) === 'ENOENT'
      ? fail('missing-file', `file not found (${path})`)
      : fail('missing-file', `cannot read ${path} (${errorCode(error) ?? String(error)})`);
  }
  // Refuse by size before reading, so a huge file is never loaded.
  const tooLarge = checkPageSize(entry.file, size);
  if (tooLarge !== null) return { ok: false, error: tooLarge, date: entry.date, page: entry.page };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    return fail('missing-file', `cannot read ${path} (${errorCode(error) ?? String(error)})`);
  }
  const decoded = decodePageBytes(entry.file, bytes);
  if (!decoded.ok) return { ok: false, error: decoded.error, date: entry.date, page: entry.page };
  return { ok: true, input: { ...entry, text: decoded.text } };
}

/** Reads the manifest and every page it lists, checking each file before and after reading it. */
export async function loadPages(dir: string): Promise<LoadedPages> {
  const manifestPath = join(dir, MANIFEST_FILE);
  let manifestText: string;
  try {
    const info = await stat(manifestPath);
    if (info.size > MAX_MANIFEST_BYTES)
      return { pages: [], manifestError: `${manifestPath}: manifest is too large` };
    manifestText = await readFile(manifestPath, 'utf8');
  } catch (error) {
    const reason = errorCode(error) === 'ENOENT' ? 'not found' : `cannot be read (${String(error)})`;
    return { pages: [], manifestError: `${manifestPath}: ${reason}` };
  }
  const manifest = parseManifestText(manifestText);
  if (
    manifest.entries.length === 0 &&
    manifest.errors.length === 1 &&
    manifest.errors[0]?.file === MANIFEST_FILE
  ) {
    return {
      pages: [],
      manifestError: `${manifestPath}: ${manifest.errors[0].message.replace(/^[^:]*: /u, '')}`,
    };
  }
  const pages: Loaded[] = manifest.errors.map((error) => ({ ok: false, error }));
  for (const entry of manifest.entries) pages.push(await loadPage(dir, entry));
  return { pages, manifestError: null };
}

/**
 * Creates a folder and its missing parents, one level at a time. `mkdir({ recursive: true })` is not used:
 * under a path it can never create (`/proc/nope`) it retries forever instead of failing.
 */
export async function ensureDirectory(dir: string): Promise<void> {
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) throw new Error(`${dir} is not a folder`);
    return;
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
  const parent = dirname(dir);
  if (parent !== dir) await ensureDirectory(parent);
  try {
    await mkdir(dir);
  } catch (error) {
    if (errorCode(error) !== 'EEXIST')
      throw new Error(`cannot create folder ${dir} (${errorCode(error) ?? String(error)})`);
  }
}

/** Writes the archive JSON; a clear reason when it cannot be written. */
async function writeArchive(out: string, json: string): Promise<string | null> {
  try {
    await ensureDirectory(dirname(out));
    await writeFile(out, json, 'utf8');
    return null;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return `cannot write ${out}: ${reason}`;
  }
}

/** Builds the archive from loaded pages; pages that failed to load appear in the report as failures. */
export function buildFromLoaded(loaded: readonly Loaded[]): ReturnType<typeof buildArchive> {
  const inputs = loaded.flatMap((page) => (page.ok ? [page.input] : []));
  const built = buildArchive(inputs);
  const parsedReports = [...built.report.pages];
  const pages: PageParseReport[] = loaded.map((page) =>
    page.ok
      ? (parsedReports.shift() ?? failedPageReport(missingReport(page.input.file)))
      : failedPageReport(page.error, page),
  );
  const report: ArchiveReport = {
    ...built.report,
    pages,
    failed: pages.filter((page) => page.error !== null).length,
  };
  return { archive: built.archive, report };
}

function missingReport(file: string): PageError {
  return { file, code: 'internal', message: `${file}: no report produced` };
}

export async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(usage());
    return 0;
  }
  const options = parseArguments(argv);
  if ('error' in options) {
    process.stderr.write(`archive: ${options.error}\n${usage()}`);
    return 2;
  }
  const loaded = await loadPages(options.dir);
  if (loaded.manifestError !== null) {
    process.stderr.write(`archive: ${loaded.manifestError}\n`);
    return 1;
  }
  const { archive, report } = buildFromLoaded(loaded.pages);
  if (options.out === null) {
    process.stdout.write(formatArchiveSummary(archive, report, { formatEntities: summarizeEntities }));
  } else {
    const failure = await writeArchive(resolve(options.out), `${JSON.stringify(archive, null, 2)}\n`);
    if (failure !== null) {
      process.stderr.write(`archive: ${failure}\n`);
      return 1;
    }
    process.stderr.write(
      `archive: wrote ${archive.articles.length} articles from ${archive.editions.length} pages to ${options.out}\n`,
    );
    for (const page of report.pages)
      if (page.error !== null) process.stderr.write(`archive: ✗ ${page.error.message}\n`);
  }
  return report.failed > 0 ? 1 : 0;
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`archive: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
