/**
 * Human summary of a built archive, one block per page: articles (kind, date, reporters, title), headlines
 * and which were left unmatched, banners, captions, warnings; then the entity index when there is one. Meant
 * to be read at a glance to spot what looks wrong.
 */
import type { Archive, Entity } from '../types';
import type { ArchiveReport, PageParseReport } from './model';

export interface SummaryOptions {
  /** Formats the entity section; the default lists each entity with its kind and article count. */
  formatEntities?: (entities: readonly Entity[]) => string;
}

function list(names: readonly string[]): string {
  return names.join(' ');
}

function formatPage(page: PageParseReport): string[] {
  const where = page.edition ?? `${page.date ?? '?'} p${page.page ?? '?'}`;
  if (page.error !== null) return [`✗ ${page.file} (${where}): ${page.error.message}`];
  const lines = [`■ ${page.file} (${where}): ${page.articles.length} articles`];
  for (const article of page.articles) {
    const headline = article.headline === null ? ' [no printed headline]' : '';
    const continued = article.continued === null ? '' : ` → ${article.continued}`;
    const credits = [
      article.source ?? 'no source',
      article.reporters.length === 0 ? 'no byline' : `by ${list(article.reporters)}`,
      ...(article.photographers.length === 0 ? [] : [`photo ${list(article.photographers)}`]),
    ];
    lines.push(
      `  ${article.id.split('-').pop() ?? article.id} ${article.kind.padEnd(10)} ${(article.date ?? 'no date').padEnd(10)}  ` +
        credits.join(' · '),
      `      ${article.title}${headline}${continued}  (line ${article.line}, ${article.characters} chars)`,
    );
  }
  const unmatched = page.headlines.filter((headline) => headline.article === null);
  lines.push(`  headlines: ${page.headlines.length} found, ${unmatched.length} unmatched`);
  for (const headline of unmatched)
    lines.push(`    ? "${headline.text}" (line ${headline.lines.join(', ')})`);
  if (page.banners.length > 0) lines.push(`  banners: ${page.banners.join(' | ')}`);
  for (const caption of page.captions) {
    // A photo story's text is its article's body; its credit line has no caption of its own.
    const text = caption.text === '' ? '(credit only)' : caption.text;
    lines.push(`  photo: ${text} 摄 ${list(caption.photographers)} → ${caption.article ?? 'no article'}`);
  }
  for (const warning of page.warnings) lines.push(`  ! ${warning}`);
  return lines;
}

function defaultEntityLines(entities: readonly Entity[]): string {
  return entities
    .map((entity) => `  ${entity.kind.padEnd(12)} ${entity.name} (${entity.articles.length} articles)`)
    .join('\n');
}

export function formatArchiveSummary(
  archive: Archive,
  report: ArchiveReport,
  options: SummaryOptions = {},
): string {
  const lines = [
    `${report.pages.length} pages (${report.failed} failed), ${archive.articles.length} articles, ` +
      `${archive.entities.length} entities`,
    '',
  ];
  for (const page of report.pages) lines.push(...formatPage(page), '');
  if (archive.entities.length > 0) {
    lines.push(`entities:`);
    lines.push((options.formatEntities ?? defaultEntityLines)(archive.entities), '');
  }
  for (const warning of report.warnings) lines.push(`! ${warning}`);
  return lines.join('\n').trimEnd() + '\n';
}
