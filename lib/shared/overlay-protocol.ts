/**
 * What the overlay's messages carry: the matcher payload and the hover card's data. The messages themselves are
 * declared in lib/shared/messages/to-background.ts; both sides import these shapes so a renamed field is a type error
 * instead of a silent `undefined` across the boundary.
 */
import type { EntityKind } from '@/core/types';
import type { MatcherData, PackedAutomaton } from '@/core/match';
import type { CardPostFacts } from '@/core/posts';

export interface MatcherReply {
  /** Archive version the payload was built from. */
  version: string;
  data: MatcherData;
  /** `data`'s automaton, compiled by the background: frames unpack it instead of compiling. */
  automaton: PackedAutomaton;
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
