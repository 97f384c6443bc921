/**
 * Reading an exported archive (docs/archive-format.md) back: every edition and article is checked field by
 * field, so a damaged or foreign file is refused with a reason instead of reaching the index.
 */
import { isArticleKind } from '../article-kinds';
import type { Article, Edition } from '../types';

/** `notes` is the file's notes section as found (checked by core/notes, which owns its format). */
export type ArchiveJson =
  { ok: true; editions: Edition[]; articles: Article[]; notes: unknown } | { ok: false; message: string };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function nullable(value: unknown, check: (v: unknown) => boolean): boolean {
  return value === null || check(value);
}

function editionProblem(e: Record<string, unknown>): string | null {
  if (typeof e.id !== 'string' || !e.id) return 'has no id';
  if (typeof e.file !== 'string') return 'has no file name';
  if (typeof e.date !== 'string' || !DATE.test(e.date)) return 'has no YYYY-MM-DD date';
  if (typeof e.page !== 'number' || !Number.isInteger(e.page) || e.page < 1) return 'has no page number';
  return null;
}

function articleProblem(a: Record<string, unknown>): string | null {
  if (typeof a.id !== 'string' || !a.id) return 'has no id';
  if (typeof a.edition !== 'string') return 'has no edition';
  if (!isArticleKind(a.kind)) return 'has an unknown kind';
  if (!nullable(a.headline, (v) => typeof v === 'string')) return 'has a bad headline';
  if (typeof a.title !== 'string' || !a.title) return 'has no title';
  if (!isStrings(a.reporters) || !isStrings(a.photographers)) return 'has bad bylines';
  if (!nullable(a.source, (v) => typeof v === 'string')) return 'has a bad source';
  if (!nullable(a.date, (v) => typeof v === 'string' && DATE.test(v))) return 'has a bad date';
  if (a.openingDate !== undefined && (typeof a.openingDate !== 'string' || !DATE.test(a.openingDate)))
    return 'has a bad opening date';
  if (typeof a.body !== 'string') return 'has no text';
  if (!nullable(a.continued, (v) => typeof v === 'string')) return 'has a bad continuation';
  if (a.kind === 'saved' && typeof a.url !== 'string') return 'is saved but has no address';
  return null;
}

function objects(value: unknown): Record<string, unknown>[] | null {
  if (!Array.isArray(value)) return null;
  return value.every((v) => typeof v === 'object' && v !== null && !Array.isArray(v))
    ? (value as Record<string, unknown>[])
    : null;
}

export function readArchiveJson(text: string): ArchiveJson {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      ok: false,
      message: `The file is not JSON (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
  if (typeof data !== 'object' || data === null) return { ok: false, message: 'The file is not an archive.' };
  const root = data as Record<string, unknown>;
  const editions = objects(root.editions);
  const articles = objects(root.articles);
  if (!editions || !articles || !Array.isArray(root.entities))
    return {
      ok: false,
      message: 'The file is not an archive: it needs "editions", "articles" and "entities".',
    };
  if (root.schemaVersion !== 1)
    return {
      ok: false,
      message: `The archive's schemaVersion ${String(root.schemaVersion)} is not supported (1 is).`,
    };
  for (const [i, e] of editions.entries()) {
    const problem = editionProblem(e);
    if (problem) return { ok: false, message: `Edition ${i + 1} (${String(e.id)}) ${problem}.` };
  }
  const ids = new Set(editions.map((e) => e.id as string));
  for (const [i, a] of articles.entries()) {
    const problem = articleProblem(a);
    if (problem) return { ok: false, message: `Article ${i + 1} (${String(a.id)}) ${problem}.` };
    if (a.edition !== '' && !ids.has(a.edition as string))
      return {
        ok: false,
        message: `Article ${i + 1} (${String(a.id)}) names an edition the file does not have.`,
      };
  }
  return {
    ok: true,
    editions: editions as unknown as Edition[],
    articles: articles as unknown as Article[],
    notes: root.notes,
  };
}
