/** Posts and succession: see types.ts (the model), build.ts (the index), spans.ts (the span rule). */
export * from './types';
export { buildPostIndex, postId, POST_ID_PREFIX, type PostIndexInput, type PostPerson } from './build';
export { OPEN_EDGE_DAYS, SPAN_BREAK_DAYS, printedSpans, longestSilence, issuesBetween } from './spans';
export {
  holdersOn,
  neighbours,
  parsePostQuery,
  type HolderSpan,
  type HoldersOn,
  type Neighbours,
  type PostQuery,
} from './query';
export { disagreement, printedPost, type Disagreement } from './disagree';
export { postIndexOfArchive } from './archive';
export * from './views';
