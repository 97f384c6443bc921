/**
 * The archive parser: printed front-page text → clean articles. Pure TypeScript without browser or Node APIs,
 * so it runs at build time and inside the extension alike.
 *
 * Pipeline (one module per pass): lines → items (paragraphs, markers, headlines, captions, banners) →
 * segments (one per article) → repairs (detached bylines, stray frames, column fragments) → draft articles
 * (byline, dateline, normalised body) → captions → headlines → articles.
 */
export { decodePageBytes, checkPageSize, MAX_PAGE_BYTES, type DecodedPage } from './bytes';
export {
  resolveDatelineDate,
  matchLeadingDate,
  matchOpeningDate,
  parseIsoDate,
  type MonthDay,
} from './dateline';
export {
  parseManifest,
  parseManifestText,
  MANIFEST_FILE,
  type ManifestEntry,
  type ParsedManifest,
} from './manifest';
export type {
  ArchiveArticle,
  ArchiveReport,
  ArticlePhoto,
  ArticleReport,
  CaptionReport,
  HeadlineReport,
  PageError,
  PageErrorCode,
  PageInput,
  PageParseReport,
  ParsedArchive,
} from './model';
export { normalizeBodyText, normalizeHeadlineLine, toFullWidthPunctuation } from './normalize';
export { articleId, editionId, failedPageReport, parsePage, type PageResult, type ParsedPage } from './page';
export { formatArchiveSummary, type SummaryOptions } from './summary';
export { deriveTitle } from './title';
export { validatePageInput, validatePageMetadata, validatePageText } from './validate';
