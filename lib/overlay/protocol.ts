/**
 * Messages between the overlay's content script and the background, and the shapes they carry. Both sides
 * import these so a renamed field is a type error instead of a silent `undefined` across the boundary.
 */
import type { EntityKind } from '@/core/types';
import type { MatcherData } from '@/core/match';
import type { CardPostFacts } from '@/core/posts';

/** Content script → background (answered by `createOverlayHandlers`). */
export const OverlayMessage = {
  /** The compiled-on-arrival matcher payload. */
  matcher: 'overlay/matcher',
  /** What the hover card shows for one entity. */
  card: 'overlay/card',
  /** Opens the side panel on an article or an entity (from a click in the card). */
  openPanel: 'overlay/open-panel',
  /** A child frame's highlighted entities, kept so the top frame's badge covers its iframes. */
  frameReport: 'overlay/frame-report',
  /** The top frame collects its child frames' reports. */
  frames: 'overlay/frames',
} as const;

/** Background → content script (`tabs.sendMessage`). */
export const TabMessage = {
  /** The `next-mention` command: step to the next mention and open its card. */
  nextMention: 'overlay/next-mention',
  /** A child frame reported: the top frame recomputes the tab's counts. */
  framesChanged: 'overlay/frames-changed',
  /** The side panel asks the top frame what the page is about (see lib/page-context.ts). */
  pageContext: 'overlay/page-context',
} as const;

export interface MatcherReply {
  /** Archive version the payload was built from. */
  version: string;
  data: MatcherData;
}

export interface CardRequest {
  id: string;
  /** The page's publication date (YYYY-MM-DD), when it carries one. */
  date?: string;
  /** Other entities highlighted on the page: articles naming them too rank as more related. */
  context?: string[];
  /** What the page prints right before the name (up to 24 characters each): posts the card checks. */
  printed?: string[];
}

export interface CardPost {
  /** As printed: 市委书记, 市政府秘书长, … */
  label: string;
  /** The glossary's English rendering (core/glossary/posts.ts), shown to English readers; absent if unknown. */
  english?: string;
  /** YYYY-MM-DD, inclusive. */
  first: string;
  last: string;
}

export interface CardArticle {
  id: string;
  title: string;
  /** Publication date, YYYY-MM-DD. */
  date: string;
  /** A web article the reader saved (not printed in the paper). */
  saved?: boolean;
}

export interface CardData {
  id: string;
  name: string;
  /** People and places: the name in pinyin with tones, as English texts print it (`Sūn Dàjūn`); null if unknown. */
  pinyin?: string | null;
  kind: EntityKind;
  /** People: every post, earliest first. */
  posts: CardPost[];
  /** People on a dated page: the post(s) held that day, or held last before it. */
  atDate: { date: string; posts: CardPost[]; held: boolean } | null;
  firstSeen: string | null;
  lastSeen: string | null;
  /** Places: the county-level division they belong to. */
  county: string | null;
  /** Articles per month, one count per month from `from` on, without gaps. */
  timeline: { from: string; counts: number[] } | null;
  /** Up to three, most related first. */
  related: CardArticle[];
  articleCount: number;
  /** People: posts as printed spans with who came before and after, and where the page disagrees. */
  postFacts?: CardPostFacts;
}

export interface FrameReport {
  /** Highlighted entity ids in the frame. */
  ids: string[];
  /** Times the frame names 吕梁/呂梁. */
  mentions: number;
  /** `performance.timeOrigin` of the frame's document: tells reports of the current page from stale ones. */
  since: number;
}

export interface FramesReply {
  ids: string[];
  mentions: number;
}
