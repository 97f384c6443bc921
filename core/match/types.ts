/**
 * Shapes shared by the page matcher's two halves: the background builds a `MatcherData` payload from the
 * archive's entities, the content script compiles it into an automaton and scans page text with it.
 * Everything here is plain data so the payload survives `runtime.sendMessage` (JSON-serialised).
 */
import type { EntityKind } from '../types';

/** What the page matcher needs to know about one archive entity. */
export interface MatchEntry {
  id: string;
  kind: EntityKind;
  name: string;
  /** Written forms looked for on pages: the name and its CJK aliases, traditional forms included. */
  surfaces: string[];
  flags: MatchFlags;
  /** Posts printed before the name in the archive (秘书长, 市政府秘书长): evidence that a mention is this person. */
  posts?: string[];
  /** Those of `posts` above the city (省委书记, 国家主席): evidence of the person, not of Lüliang. */
  farPosts?: string[];
  /** Words that contain a surface and are not this entity, as `MatcherData.blocks` (|石楼镇, |中阳里). */
  blocks?: string[];
}

export interface MatchFlags {
  /** Words every city has (市委, 市政府, 市长): matched so longer names win, never highlighted. */
  generic?: boolean;
  /**
   * The name is also an ordinary word. A person (权威) is highlighted only where one of their posts precedes
   * the name; a place (a township's short form, 蔡家崖) only on pages about Lüliang, and never as evidence.
   */
  ambiguous?: boolean;
  /** A name shared by many people: highlighted only on pages where at least one mention carries a post. */
  needsPost?: boolean;
  /** On its own proves the page is about Lüliang: 吕梁 itself and its county-level divisions. */
  anchor?: boolean;
  /** A place inside Lüliang (township, village, …): a weaker sign than an anchor. */
  local?: boolean;
}

/** Bit values of `MatchFlags` inside the payload. */
export const FLAG_GENERIC = 1;
export const FLAG_AMBIGUOUS = 2;
export const FLAG_NEEDS_POST = 4;
export const FLAG_ANCHOR = 8;
export const FLAG_LOCAL = 16;

/** One-letter entity kinds inside the payload. */
export const KIND_CODES: Readonly<Record<EntityKind, string>> = {
  person: 'p',
  place: 'l',
  organization: 'o',
  topic: 't',
};

/**
 * The compact, JSON-serialisable matcher payload. Per-entry fields are parallel: entry i is `ids[i]`,
 * `kinds[i]`, `flags[i]`, `surfaces[i]`. Surfaces are stored already folded to their canonical characters;
 * `fold` lists the variant → canonical character pairs the scanner applies to page text.
 */
export interface MatcherData {
  v: 1;
  ids: string[];
  /** One `KIND_CODES` letter per entry. */
  kinds: string;
  /** One base-32 digit per entry holding the FLAG_* bits. */
  flags: string;
  /** Per entry, its distinct folded surfaces joined by "|". */
  surfaces: string[];
  /** Vocabulary of posts, referenced by index from `entryPosts`. */
  posts: string[];
  /**
   * Flat runs of [entryIndex, count, postIndex × count] for entries that have posts; a post above the city
   * (`farPosts`) is written as -(postIndex + 1).
   */
  entryPosts: number[];
  /** Pairs of UTF-16 code units: variant character followed by the canonical character it folds to. */
  fold: string;
  /**
   * Words that straddle a name's edge (see `word-edges.ts`), as `head|rest`: matched like names, a match
   * of head + rest stands for the longest name that is a prefix of head, or for nothing.
   */
  blocks?: string[];
}

/** An entry as the content script sees it after decoding the payload. */
export interface EntryInfo {
  id: string;
  kind: EntityKind;
  /** FLAG_* bits. */
  flags: number;
  posts: readonly string[];
  /** Those of `posts` above the city: they identify the person but say nothing about Lüliang. */
  farPosts?: readonly string[];
}

/** One leftmost-longest occurrence of a surface in scanned text. Offsets are UTF-16 code units, end exclusive. */
export interface Match {
  start: number;
  end: number;
  /** Index into the payload's entries (and `Matcher.entries`). */
  entryIndex: number;
  /** Every entry sharing this surface, when more than one does (two people with the same name). */
  homonyms?: readonly number[];
  /** Up to `context` characters right before the match: where a post such as 秘书长 would be printed. */
  before: string;
}
