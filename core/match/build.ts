/**
 * Background side of the page matcher: turns archive entities into `MatchEntry`s and packs them into the
 * compact `MatcherData` payload sent to content scripts. Character conversion (traditional ⇄ simplified) is
 * injected by the caller so this module, like the rest of core/match, stays free of large dependencies.
 */
import { hasHan } from '../han';
import type { EntityKind } from '../types';
import {
  FLAG_AMBIGUOUS,
  FLAG_ANCHOR,
  FLAG_GENERIC,
  FLAG_LOCAL,
  FLAG_NEEDS_POST,
  KIND_CODES,
  type MatchEntry,
  type MatchFlags,
  type MatcherData,
} from './types';

/** The entity fields the matcher reads; optional ones are filled by the entity layer when it knows them. */
export interface EntityInput {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: readonly string[];
  /** `title` is the full post as printed (市政府秘书长); `office` the bare office word (秘书长) when known. */
  roles?: readonly { title: string; org?: string; office?: string }[];
  generic?: boolean;
  ambiguous?: boolean;
  needsPost?: boolean;
  /** For places inside Lüliang: the county (区/县/市) they belong to. */
  county?: string | null;
}

export interface EntriesOptions {
  /** Simplified → traditional converter; when given, traditional forms of names and posts are added. */
  toTraditional?: (text: string) => string;
  /**
   * Township → its short form (蔡家崖乡 → 蔡家崖; `townshipShortForms`, computed at build time): highlighted
   * on pages about Lüliang, never evidence that a page is.
   */
  shortForms?: Readonly<Record<string, string>>;
}

export interface BuildOptions {
  /**
   * Traditional → simplified converter. When given, every surface and post is folded to simplified characters
   * and the character pairs are shipped in the payload, so pages in traditional or mixed characters match
   * the same patterns and the payload carries each name once.
   */
  toSimplified?: (text: string) => string;
  /** Words across names' edges (`wordEdgeBlocks`, computed at build time from a dictionary). */
  blocks?: readonly string[];
}

/** 吕梁 and its county-level divisions (NBS 2023): a mention of any of them is enough to light a page. */
const ANCHOR_NAMES = new Set([
  '吕梁',
  '吕梁市',
  '离石区',
  '文水县',
  '交城县',
  '兴县',
  '临县',
  '柳林县',
  '石楼县',
  '岚县',
  '方山县',
  '中阳县',
  '交口县',
  '孝义市',
  '汾阳市',
]);

/** Latin letters, with or without tone marks: pinyin aliases are for search, not for page text. */
const LATIN = /[A-Za-z\u00C0-\u024F]/;
const SPACE = /\s+/g;

/** A surface worth looking for on pages: has Han characters, no Latin, at least two characters. */
function usableSurface(text: string): string | null {
  const surface = text.replace(SPACE, '');
  if (!hasHan(surface) || LATIN.test(surface) || surface.includes('|')) return null;
  return [...surface].length >= 2 ? surface : null;
}

function withTraditional(values: Iterable<string>, toTraditional?: (text: string) => string): string[] {
  const out = new Set<string>();
  for (const value of values) {
    out.add(value);
    if (toTraditional) out.add(toTraditional(value));
  }
  return [...out];
}

/** Posts above the city (省委书记, 国家主席, 中共中央总书记): they say nothing about Lüliang. */
const FAR_POST = /^(?:中共中央|中央|党中央|国家|国务院|全国|中国|中共山西|山西|省)/;

function postsOf(entity: EntityInput): { posts: string[]; far: string[] } {
  const posts = new Set<string>();
  const local = new Set<string>();
  for (const role of entity.roles ?? []) {
    const title = role.title.replace(SPACE, '');
    const org = role.org?.replace(SPACE, '');
    const isFar = FAR_POST.test(org || title);
    const add = (post: string): void => {
      posts.add(post);
      if (!isFar) local.add(post);
    };
    if ([...title].length >= 2) add(title);
    // Pages print the bare office as often as the full post (秘书长权威 / 市政府秘书长权威).
    const office = role.office?.replace(SPACE, '');
    if (office && [...office].length >= 2) add(office);
    if (org && title && !title.startsWith(org)) add(org + title);
  }
  return { posts: [...posts], far: [...posts].filter((post) => !local.has(post)) };
}

function flagsOf(entity: EntityInput): MatchFlags {
  const flags: MatchFlags = {};
  if (entity.generic) flags.generic = true;
  if (entity.ambiguous) flags.ambiguous = true;
  if (entity.needsPost) flags.needsPost = true;
  if (entity.kind === 'place' && !entity.generic) {
    const lvliang = /^[吕呂]梁/.test(entity.name);
    if (lvliang || ANCHOR_NAMES.has(entity.name)) flags.anchor = true;
    if (flags.anchor || entity.county) flags.local = true;
  }
  // A body named with 吕梁 or a county (柳林县公安局, 离石区政府) is Lüliang's own: as strong as the place.
  if (entity.kind === 'organization' && !entity.generic && namesLvliangPlace(entity.name)) {
    flags.anchor = true;
    flags.local = true;
  }
  return flags;
}

function namesLvliangPlace(name: string): boolean {
  if (LVLIANG_NAMED.test(name)) return true;
  for (const place of ANCHOR_NAMES) if (name.startsWith(place)) return true;
  return false;
}

/**
 * A short county name followed by one of these is another place (石楼镇 in Guangzhou, 中阳里 in 丰县, a 孝义村
 * in Hebei); Lüliang's own places of that shape (柳林镇, 孝义镇, 交口街道) are names and win as longer matches.
 */
const PLACE_SUFFIXES = ['镇', '乡', '村', '里', '街道', '社区', '公社'];

/**
 * The short form of a county-level name (离石 for 离石区, 孝义 for 孝义市): also a virtue, a song, a
 * commune elsewhere, so it is a weak sign, not an anchor. 吕梁 itself and the full names stay anchors.
 */
function isShortCountyName(entity: EntityInput, surface: string): boolean {
  if (entity.kind !== 'place' || !ANCHOR_NAMES.has(entity.name) || LVLIANG_NAMED.test(entity.name))
    return false;
  return !/[县縣区區市]$/.test(surface);
}

/** Derives matcher entries from archive entities; entities left with no usable surface are dropped. */
export function entriesFromEntities(
  entities: readonly EntityInput[],
  options: EntriesOptions = {},
): MatchEntry[] {
  const entries: MatchEntry[] = [];
  for (const entity of entities) {
    const base: string[] = [];
    for (const text of [entity.name, ...entity.aliases]) {
      const surface = usableSurface(text);
      if (surface && !base.includes(surface)) base.push(surface);
    }
    if (base.length === 0) continue;
    const flags = flagsOf(entity);
    // A generic word (市委) is nobody's in particular, but its spelled-out form (吕梁市委, 中共吕梁市委) names
    // Lüliang's own body: that form is its own entry, highlighted and proof that the page is about Lüliang.
    const named = flags.generic ? base.filter((surface) => LVLIANG_NAMED.test(surface)) : [];
    const short = base.filter((surface) => isShortCountyName(entity, surface));
    const plain = base.filter((surface) => !named.includes(surface) && !short.includes(surface));
    const { posts, far } = postsOf(entity);
    const entryOf = (surfaces: string[], entryFlags: MatchFlags): MatchEntry => {
      const entry: MatchEntry = {
        id: entity.id,
        kind: entity.kind,
        name: entity.name,
        surfaces: withTraditional(surfaces, options.toTraditional),
        flags: entryFlags,
      };
      if (posts.length > 0) entry.posts = withTraditional(posts, options.toTraditional);
      if (far.length > 0) entry.farPosts = withTraditional(far, options.toTraditional);
      return entry;
    };
    if (plain.length > 0) entries.push(entryOf(plain, flags));
    if (named.length > 0) entries.push(entryOf(named, { anchor: true, local: true }));
    const townShort =
      entity.kind === 'place' && entity.county ? options.shortForms?.[entity.name] : undefined;
    const townSurface = townShort ? usableSurface(townShort) : null;
    if (townSurface && !base.includes(townSurface)) entries.push(entryOf([townSurface], { ambiguous: true }));
    if (short.length > 0) {
      const entry = entryOf(short, { local: true });
      entry.blocks = withTraditional(
        short.flatMap((name) => PLACE_SUFFIXES.map((suffix) => `|${name}${suffix}`)),
        options.toTraditional,
      );
      entries.push(entry);
    }
  }
  return entries;
}

/** Spelled-out names of Lüliang's own bodies: 吕梁市委, 中共吕梁市委, 政协吕梁市委员会. */
const LVLIANG_NAMED = /[吕呂]梁/;

function flagBits(flags: MatchFlags): number {
  return (
    (flags.generic ? FLAG_GENERIC : 0) |
    (flags.ambiguous ? FLAG_AMBIGUOUS : 0) |
    (flags.needsPost ? FLAG_NEEDS_POST : 0) |
    (flags.anchor ? FLAG_ANCHOR : 0) |
    (flags.local ? FLAG_LOCAL : 0)
  );
}

/** Variant → canonical character pairs found by converting every surface, post and block. */
function foldPairs(
  entries: readonly MatchEntry[],
  toSimplified: (text: string) => string,
  blocks: readonly string[] = [],
): Map<string, string> {
  const pairs = new Map<string, string>();
  const texts = [...entries.flatMap((entry) => [...entry.surfaces, ...(entry.posts ?? [])]), ...blocks];
  for (const text of texts) {
    const simplified = toSimplified(text);
    // Only same-length conversions can be aligned character by character.
    if (simplified.length !== text.length) continue;
    for (let i = 0; i < text.length; i++) {
      const variant = text.charAt(i);
      const canonical = simplified.charAt(i);
      if (variant === canonical || pairs.has(variant)) continue;
      // Surrogate halves cannot be folded one code unit at a time.
      if (isSurrogate(variant) || isSurrogate(canonical)) continue;
      pairs.set(variant, canonical);
    }
  }
  return pairs;
}

function isSurrogate(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code >= 0xd800 && code <= 0xdfff;
}

/** Packs entries into the payload the content script compiles with `createMatcher`. */
export function buildMatcherData(entries: readonly MatchEntry[], options: BuildOptions = {}): MatcherData {
  const allBlocks = [...(options.blocks ?? []), ...entries.flatMap((entry) => entry.blocks ?? [])];
  // Blocks' characters fold too, so a traditional page meets the simplified block once (蒞臨縣 → 莅临县).
  const pairs = options.toSimplified
    ? foldPairs(entries, options.toSimplified, allBlocks)
    : new Map<string, string>();
  const fold = (text: string): string => {
    if (pairs.size === 0) return text;
    let out = '';
    for (const ch of text) out += pairs.get(ch) ?? ch;
    return out;
  };
  const postIndex = new Map<string, number>();
  const blocks = foldBlocks(allBlocks, entries, fold);
  const data: MatcherData = {
    v: 1,
    ids: [],
    kinds: '',
    flags: '',
    surfaces: [],
    posts: [],
    entryPosts: [],
    fold: [...pairs].map(([variant, canonical]) => variant + canonical).join(''),
    ...(blocks.length > 0 ? { blocks } : {}),
  };
  entries.forEach((entry, index) => {
    data.ids.push(entry.id);
    data.kinds += KIND_CODES[entry.kind];
    data.flags += flagBits(entry.flags).toString(32);
    const surfaces = new Set<string>();
    for (const surface of entry.surfaces)
      if (!surface.includes('|') && surface.length >= 2) surfaces.add(fold(surface));
    data.surfaces.push([...surfaces].join('|'));
    const posts = new Set((entry.posts ?? []).map(fold));
    if (posts.size === 0) return;
    const far = new Set((entry.farPosts ?? []).map(fold));
    data.entryPosts.push(index, posts.size);
    for (const post of posts) {
      let at = postIndex.get(post);
      if (at === undefined) {
        at = data.posts.length;
        postIndex.set(post, at);
        data.posts.push(post);
      }
      // A post above the city is stored as -(index + 1).
      data.entryPosts.push(far.has(post) ? -at - 1 : at);
    }
  });
  return data;
}

/** Blocks folded like surfaces, without duplicates and without any that spell a name (the name wins). */
function foldBlocks(
  blocks: readonly string[],
  entries: readonly MatchEntry[],
  fold: (text: string) => string,
): string[] {
  const names = new Set<string>();
  for (const entry of entries) for (const surface of entry.surfaces) names.add(fold(surface));
  const out = new Set<string>();
  for (const block of blocks) {
    const bar = block.indexOf('|');
    if (bar < 0 || block.indexOf('|', bar + 1) >= 0) continue;
    const folded = fold(block.slice(0, bar)) + '|' + fold(block.slice(bar + 1));
    if (folded.length >= 3 && !names.has(folded.replace('|', ''))) out.add(folded);
  }
  return [...out];
}
