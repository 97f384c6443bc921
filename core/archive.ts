/**
 * Builds the archive from page texts: parses every page, numbers editions and articles, and lets the entity
 * layer index the result. A page that cannot be parsed is reported and left out; the others still build.
 */
import { buildEntities } from './entities/index';
import type { ArchiveArticle, ArchiveReport, PageInput, PageParseReport, ParsedArchive } from './parse/model';
import { failedPageReport, parsePage } from './parse/page';
import { pageError } from './parse/validate';
import { SCHEMA_VERSION, type Edition, type Entity } from './types';

export interface BuiltArchive {
  archive: ParsedArchive;
  report: ArchiveReport;
}

function describeFailure(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function nameOf(input: unknown, position: number): string {
  const file =
    typeof input === 'object' && input !== null ? (input as Record<string, unknown>)['file'] : undefined;
  return typeof file === 'string' && file !== '' ? file : `page ${position + 1}`;
}

/**
 * Parses the given pages into an archive. Never throws: every problem ends up in the report, with the file
 * it concerns.
 */
export function buildArchive(pages: readonly PageInput[]): BuiltArchive {
  const editions: Edition[] = [];
  const articles: ArchiveArticle[] = [];
  const reports: PageParseReport[] = [];
  const warnings: string[] = [];
  const seen = new Map<string, string>();

  pages.forEach((input, position) => {
    let result: ReturnType<typeof parsePage>;
    try {
      result = parsePage(input);
    } catch (error) {
      const file = nameOf(input, position);
      reports.push(
        failedPageReport(pageError(file, 'internal', `parser failure: ${describeFailure(error)}`), input),
      );
      return;
    }
    if (!result.ok) {
      reports.push(result.report);
      return;
    }
    const { edition } = result.page;
    const earlier = seen.get(edition.id);
    if (earlier !== undefined) {
      const error = pageError(
        edition.file,
        'duplicate-edition',
        `same date and page as ${earlier} (${edition.id})`,
      );
      reports.push(failedPageReport(error, input));
      return;
    }
    seen.set(edition.id, edition.file);
    editions.push(edition);
    articles.push(...result.page.articles);
    reports.push(result.page.report);
  });

  let entities: Entity[] = [];
  try {
    entities = buildEntities(articles, editions);
  } catch (error) {
    warnings.push(`entity index not built: ${describeFailure(error)}`);
  }

  return {
    archive: { schemaVersion: SCHEMA_VERSION, editions, articles, entities },
    report: {
      pages: reports,
      failed: reports.filter((report) => report.error !== null).length,
      articles: articles.length,
      warnings,
    },
  };
}
