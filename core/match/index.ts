/**
 * The page matcher: finds archive entities in page text without word segmentation.
 *
 * Background (build time or service worker): `entriesFromEntities` → `buildMatcherData` → `compile` →
 * `packAutomaton` → send the payload and the packed automaton. Content script: `matcherFromPacked` → `scan` /
 * `stream` → `decideHighlights`; `findPageDate` and `roleAt` pick the post to show. The content-script half
 * imports nothing from `build.ts` and does not compile.
 */
export { entriesFromEntities, buildMatcherData } from './build';
export type { EntityInput, EntriesOptions, BuildOptions } from './build';
export { createMatcher, matcherFromPacked } from './matcher';
export { compile } from './automaton';
export { packAutomaton } from './packed';
export type { PackedAutomaton } from './packed';
export type { Matcher, MatcherOptions } from './matcher';
export type { MatchStream } from './stream';
export { decideHighlights, decideHighlightsSteps, endsInList } from './relevance';
export type {
  PageMatch,
  PageHighlights,
  HighlightedEntity,
  RelevanceOptions,
  RelevanceReason,
  Signal,
  SignalKind,
} from './relevance';
export { wordEdgeBlocks, parseDictionary } from './word-edges';
export type { WordEdgeOptions } from './word-edges';
export { findPageDate } from './page-date';
export type { PageDateOptions } from './page-date';
export { roleAt } from './roles';
export type { RoleSpan } from './roles';
export * from './types';
