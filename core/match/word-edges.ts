/**
 * Words that straddle a name's edges, found once from a segmenter's dictionary so the content script can tell
 * a name from the same characters inside another word without carrying the dictionary: 兴县 in 新兴县 or
 * 振兴县域, 临县 in 光临县城, 文水 in 人文水平, 吕梁市委 in 呂梁市委員會 (the CPPCC's 委员会).
 *
 * For each name and each dictionary word that overlaps one of its edges, the two are put side by side
 * (光临 + 临县 → 光临县) and that short text is segmented the way jieba does without its HMM: the path of
 * words with the highest product of frequencies. When the best path does not keep the name as one word, the
 * straddling word becomes a block: a pattern of the page matcher that emits nothing (or, for a word across
 * the name's end, only the longest name that stops before that word), so leftmost-longest matching lets
 * the right words win and no jieba runs in the page.
 *
 * Blocks are strings `keep|rest`: the pattern is keep + rest, and a match of it stands for the longest name
 * that is a prefix of `keep`, if any. A word across a name's start gives `|光临`; one across its end gives
 * `吕梁市|委员`.
 */
import { isAllHan } from '../han';

export interface WordEdgeOptions {
  /**
   * Frequency given to a name the dictionary does not know: the archive's names are what the reader looks
   * for. Default 20.
   */
  nameFrequency?: number;
  /** Rarer words never block a name across its start. Default 100. */
  minLeftFrequency?: number;
  /** Rarer words never give way to a longer name that starts inside the one they cross (共创 | 创文明城市). Default 20. */
  minOvertakeFrequency?: number;
  /** Rarer words never block a name across its end. Default 1000. */
  minRightFrequency?: number;
  /**
   * How many times likelier the best segmentation without the name must be than the best one with it.
   * Default 2: a near tie (来临县 as 来/临县 or 来临/县) keeps the name.
   */
  margin?: number;
  /** Longest word considered, in characters. Default 6. */
  maxWordLength?: number;
  /**
   * Longest name a word across its start may block, in characters. Default 2: short names (兴县, 文水, 创文)
   * are the ones found inside other words; a longer one rarely is, and every block costs the page matcher.
   */
  maxLeftNameLength?: number;
}

type Lexicon = Map<string, number>;

/**
 * Best segmentation of `text` (jieba's DAG route without HMM) as word end indices, and its log-probability.
 * With `keep`, the best path that has word boundaries at `keep.start` and `keep.end`: no word crosses a
 * name's edges, whatever the name is cut into inside them (a name made of words, 文化旅游, stays whole).
 */
export function segment(
  text: string,
  lexicon: Lexicon,
  logTotal: number,
  maxWord: number,
  keep?: { start: number; end: number },
): { ends: number[]; score: number } {
  const n = text.length;
  const score = new Float64Array(n + 1);
  const next = new Int32Array(n + 1);
  const crosses = (i: number, j: number): boolean =>
    keep !== undefined && ((i < keep.start && keep.start < j) || (i < keep.end && keep.end < j));
  for (let i = n - 1; i >= 0; i--) {
    let best = -Infinity;
    let bestEnd = i + 1;
    for (let j = i + 1; j <= Math.min(n, i + maxWord); j++) {
      if (crosses(i, j)) continue;
      const word = text.slice(i, j);
      const freq = lexicon.get(word) ?? (j === i + 1 ? 1 : 0);
      if (freq <= 0) continue;
      const s = Math.log(freq) - logTotal + score[j]!;
      if (s > best) {
        best = s;
        bestEnd = j;
      }
    }
    score[i] = best;
    next[i] = bestEnd;
  }
  const ends: number[] = [];
  for (let i = 0; i < n; i = next[i]!) ends.push(next[i]!);
  return { ends, score: score[0]! };
}

/** jieba's part-of-speech tag for place names. */
const PLACE_TAG = 'ns';
/** Last characters of administrative names and bodies (兴县, 吕梁市, 离石区, 柳林镇, 双塔村, 市扶贫办). */
const ADMIN_SUFFIX = '县市区镇乡村办';

/**
 * Blocks for `names` (already in the characters pages are folded to) from `words`: [word, frequency] pairs
 * such as the lines of jieba's dict.txt. Pure and deterministic: the result is sorted.
 *
 *   - across a name's start (光临 | 临县, 新 | 兴县, 人文 | 文水): `|光临县`, the word and the name, when the
 *     segmentation of the two together is `margin` times likelier without the name's edges; and `|word`,
 *     whatever the segmentation, when a longer name starts inside the one it crosses (共创 | 创文 | 文明城市:
 *     the better match 文明城市 must win);
 *   - across a name's end, for words reaching at least two characters past it (吕梁市委 | 委员会):
 *     `head|rest`, where head is the name up to the word, on the same test. Words reaching one character
 *     past a name (兴县 | 县城) are left alone: too many of them are the start of the next word.
 * A block never hides another name: words that hold a name starting before the blocked one, or that hold
 * a name in the part past a name's end, are skipped.
 */
export function wordEdgeBlocks(
  words: Iterable<readonly [string, number, string?]>,
  names: Iterable<string>,
  options: WordEdgeOptions = {},
): string[] {
  const nameFrequency = options.nameFrequency ?? 20;
  const minLeft = options.minLeftFrequency ?? 100;
  const minOvertake = options.minOvertakeFrequency ?? 20;
  const minRight = options.minRightFrequency ?? 1000;
  const logMargin = Math.log(options.margin ?? 2);
  const maxWord = options.maxWordLength ?? 6;
  const maxLeftName = options.maxLeftNameLength ?? 2;
  const nameSet = new Set<string>();
  for (const name of names) if (name.length >= 2 && isAllHan(name)) nameSet.add(name);
  let longestName = 0;
  for (const name of nameSet) longestName = Math.max(longestName, name.length);

  const heads = new Set<string>();
  const tails = new Set<string>();
  for (const name of nameSet) {
    for (let k = 1; k <= name.length; k++) heads.add(name.slice(0, k));
    for (let j = 1; j < name.length; j++) tails.add(name.slice(j));
  }

  const lexicon: Lexicon = new Map();
  let total = 0;
  const crossing: { word: string; freq: number; place: boolean }[] = [];
  for (const [word, freq, tag] of words) {
    if (!(freq > 0)) continue;
    lexicon.set(word, freq);
    total += freq;
    if (word.length < 2 || word.length > maxWord || nameSet.has(word)) continue;
    // Place names (新兴县, 绍兴县) count however rare: a longer place around a name is never a mention of it.
    if (freq < Math.min(minLeft, minOvertake) && tag !== PLACE_TAG) continue;
    crossing.push({ word, freq, place: tag === PLACE_TAG });
  }
  for (const name of nameSet) if (!lexicon.has(name)) lexicon.set(name, nameFrequency);
  const logTotal = Math.log(total + nameSet.size * nameFrequency);
  const width = Math.max(maxWord, longestName);

  /** Whether the best segmentation of `joint` is `margin` times likelier than any that keeps the name's edges. */
  const loses = (joint: string, start: number, name: string): boolean => {
    const free = segment(joint, lexicon, logTotal, width);
    const kept = segment(joint, lexicon, logTotal, width, { start, end: start + name.length });
    return free.score - kept.score > logMargin;
  };
  /** Whether some name occurs in `text` starting in [from, to). */
  const holdsName = (text: string, from: number, to: number): boolean => {
    for (let i = from; i < to; i++)
      for (let j = i + 2; j <= Math.min(text.length, i + longestName); j++)
        if (nameSet.has(text.slice(i, j))) return true;
    return false;
  };
  /** Whether a name longer than `name` starts `text` (中阳 | 县政府 must not hide 中阳县). */
  const startsLongerName = (text: string, name: string): boolean => {
    for (let j = name.length + 1; j <= Math.min(text.length, longestName); j++)
      if (nameSet.has(text.slice(0, j))) return true;
    return false;
  };
  const overtaken = new Set<string>();
  for (const name of nameSet)
    for (let i = 1; i < name.length; i++)
      for (const other of namesStartingWith(nameSet, name.slice(i)))
        if (other.length > name.length - i) overtaken.add(name);

  const blocks = new Set<string>();
  for (const { word, freq, place } of crossing) {
    const common = freq >= minLeft || place;
    for (let p = 1; p < word.length; p++) {
      const left = word.slice(0, p);
      const right = word.slice(p);
      // Across a name's start: the word ends inside the name (光临 | 临县) or with it (新 | 兴县).
      if (heads.has(right) && !holdsName(word, 0, p)) {
        const names = namesStartingWith(nameSet, right);
        const beaten = names.filter(
          (name) => name.length <= maxLeftName && common && loses(left + name, p, name),
        );
        // The word and the name together (光临县), so other names starting there (临泉镇) are untouched.
        for (const name of beaten) blocks.add(`|${left}${name}`);
        // A longer name starting inside this one must win (共创 | 创文 | 文明城市): the word alone is the
        // block, so it hides every name starting inside it, and each must give way.
        const overtakes = (name: string): boolean =>
          overtaken.has(name) && right.length < name.length && freq >= minOvertake;
        if (names.some(overtakes) && names.every((name) => overtakes(name) || beaten.includes(name)))
          blocks.add(`|${word}`);
      }
      // Across a name's end, reaching at least two characters past it (吕梁市委 | 委员会).
      if (freq >= minRight && tails.has(left) && right.length >= 2 && !holdsName(right, 0, right.length)) {
        for (const name of namesEndingWith(nameSet, left)) {
          // 兴县 | 县政府: a county's own suffix starting the next word is the usual way to write it.
          if (left.length === 1 && ADMIN_SUFFIX.includes(left)) continue;
          const head = name.slice(0, name.length - left.length);
          const pattern = name + right;
          if (startsLongerName(pattern, name) || nameSet.has(pattern)) continue;
          if (loses(pattern, 0, name)) blocks.add(`${head}|${left}${right}`);
        }
      }
    }
    // A longer word around a whole name, with something on both sides (X兴县Y).
    for (let i = 1; i < word.length - 1; i++) {
      for (let j = i + 2; j < word.length; j++) {
        const inner = word.slice(i, j);
        if (inner.length > maxLeftName || !common || !nameSet.has(inner) || holdsName(word, 0, i)) continue;
        if (loses(word, i, inner)) blocks.add(`|${word}`);
      }
    }
  }
  return [...blocks].sort();
}

const startIndex = new WeakMap<Set<string>, Map<string, string[]>>();
const endIndex = new WeakMap<Set<string>, Map<string, string[]>>();

function namesStartingWith(names: Set<string>, head: string): string[] {
  let index = startIndex.get(names);
  if (!index) {
    index = new Map();
    for (const name of names) for (let k = 1; k <= name.length; k++) push(index, name.slice(0, k), name);
    startIndex.set(names, index);
  }
  return index.get(head) ?? [];
}

function namesEndingWith(names: Set<string>, tail: string): string[] {
  let index = endIndex.get(names);
  if (!index) {
    index = new Map();
    for (const name of names) for (let j = 1; j < name.length; j++) push(index, name.slice(j), name);
    endIndex.set(names, index);
  }
  return index.get(tail) ?? [];
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Reads jieba's dict.txt (`word freq [tag]` per line) as [word, frequency, tag] triples. */
export function* parseDictionary(text: string): Generator<[string, number, string]> {
  for (const line of text.split('\n')) {
    const [word, freq, tag] = line.trim().split(/\s+/);
    const value = Number.parseInt(freq ?? '', 10);
    if (word && Number.isFinite(value)) yield [word, value, tag ?? ''];
  }
}

/** Endings a township's name drops in running text (蔡家崖乡 → 蔡家崖, 碛口镇 → 碛口). */
const TOWNSHIP_ENDINGS = /(?:镇|鎮|乡|鄉|街道)$/;
/** Dictionary tags of proper names: a rare one is still a name, not a word of the language. */
const NAME_TAGS = new Set(['ns', 'nr', 'nrt', 'nz']);

/**
 * Short forms of township names (蔡家崖 for 蔡家崖乡), from `townships` and a dictionary of [word, frequency,
 * tag]: kept when the dictionary does not know the short form, or knows it only as a rare proper name; a
 * common word (振兴 for 振兴街道, 城北, 梧桐) is never one. Returns [township, short form] pairs, sorted.
 */
export function townshipShortForms(
  words: Iterable<readonly [string, number, string?]>,
  townships: Iterable<string>,
  options: { maxFrequency?: number; taken?: ReadonlySet<string> } = {},
): [string, string][] {
  const maxFrequency = options.maxFrequency ?? 30;
  const candidates = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const township of townships) {
    const short = township.replace(TOWNSHIP_ENDINGS, '');
    if (short === township || short.length < 2 || !isAllHan(short) || options.taken?.has(short)) continue;
    candidates.set(township, short);
    counts.set(short, (counts.get(short) ?? 0) + 1);
  }
  const common = new Set<string>();
  const wanted = new Set(candidates.values());
  for (const [word, freq, tag] of words) {
    if (wanted.has(word) && (freq >= maxFrequency || !NAME_TAGS.has(tag ?? ''))) common.add(word);
  }
  // Two townships with one short form (三交镇 in 临县 and in 柳林县) keep it: both are places in Lüliang.
  return [...candidates]
    .filter(([, short]) => !common.has(short))
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
