/** Shared helpers for the parser tests: the seed pages and the gold file, read once. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildArchive } from '../../../core/archive';
import type { ArchiveArticle, PageInput } from '../../../core/parse/index';

export const ROOT = join(__dirname, '..', '..', '..');
export const SEEDS = join(ROOT, 'seeds');

interface ManifestEntry {
  file: string;
  date: string;
  page: number;
}

export function seedPages(): PageInput[] {
  const manifest = JSON.parse(readFileSync(join(SEEDS, 'manifest.json'), 'utf8')) as {
    editions: ManifestEntry[];
  };
  return manifest.editions.map((entry) => ({
    ...entry,
    text: readFileSync(join(SEEDS, entry.file), 'utf8'),
  }));
}

export function seedPage(prefix: string): PageInput {
  const page = seedPages().find((candidate) => candidate.file.startsWith(prefix));
  if (page === undefined) throw new Error(`no seed page ${prefix}`);
  return page;
}

let built: ReturnType<typeof buildArchive> | null = null;

/** The archive built from all five seed pages (built once per test file). */
export function seedArchive(): ReturnType<typeof buildArchive> {
  built ??= buildArchive(seedPages());
  return built;
}

export function articlesOf(prefix: string): ArchiveArticle[] {
  const { archive } = seedArchive();
  const edition = archive.editions.find((candidate) => candidate.file.startsWith(prefix));
  if (edition === undefined) throw new Error(`no edition for ${prefix}`);
  return archive.articles.filter((article) => article.edition === edition.id);
}

const HALF_TO_FULL: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '(': '（',
  ')': '）',
  '?': '？',
  '!': '！',
};

/** The comparison form of the gold file: no whitespace, half-width , ; : ( ) ? ! in full width. */
export function comparable(text: string): string {
  return text.replace(/\s+/gu, '').replace(/[,;:()?!]/gu, (ch) => HALF_TO_FULL[ch] ?? ch);
}

/** The single article whose body contains the snippet; fails when none or several do. */
export function articleWithSnippet(articles: readonly ArchiveArticle[], snippet: string): ArchiveArticle {
  const wanted = comparable(snippet);
  const found = articles.filter((article) => comparable(article.body).includes(wanted));
  if (found.length !== 1) throw new Error(`${found.length} articles contain "${snippet}"`);
  return found[0] as ArchiveArticle;
}

export interface GoldArticle {
  id: string;
  file: string;
  kind: string;
  snippet: string;
  also?: string;
  headline: string | null;
  reporters: string[];
  date: string | null;
}

export function goldArticles(): GoldArticle[] {
  const gold = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'sample-gold.json'), 'utf8')) as {
    articles: GoldArticle[];
  };
  return gold.articles;
}
