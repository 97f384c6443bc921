/**
 * Decides which matches on a page are worth highlighting. Works on matches and the few characters printed
 * before each (no page text), so it runs in the content script after a scan at negligible cost.
 *
 * A page lights up only when it is about Lüliang. Any one of these is enough:
 *   1. an anchor: 吕梁/呂梁 or one of its county-level divisions (离石区, 孝义市, …);
 *   2. at least two distinct places inside Lüliang (townships, villages, …);
 *   3. a place inside Lüliang and a person printed with one of that person's own archive posts;
 *   4. at least three distinct archive entities, one of them a person printed with one of their own posts.
 * (The thresholds of rules 2 and 4 are options.) Only mentions that count, per the rules below, take part.
 * Variety of kinds alone is not a signal: national figures and bodies are in the archive too, so a page
 * naming three of them says nothing about Lüliang. A person's name alone is treated as a namesake.
 *
 * Per mention:
 *   - generic entries (市委, 市政府, 市长) are never highlighted and never count; a longer name that
 *     contains one (市委办公室) is an entry of its own and wins in the leftmost-longest scan;
 *   - ambiguous names (权威, also an ordinary word) count only where one of the person's own posts is
 *     printed right before them, or where they follow, in a 、-separated list, a person printed with a
 *     post (市领导乔晓峰、权威); a common title alone (主任权威) is not enough;
 *   - needs-post names (shared by many people) count on the page only if at least one mention carries a
 *     post (theirs or a common title), and then every mention counts, since articles repeat names bare;
 *   - homonyms (one surface, several people) resolve to the person whose post is printed before the
 *     mention, else to the one already resolved elsewhere on the page, else to the first listed.
 */
import {
  FLAG_AMBIGUOUS,
  FLAG_ANCHOR,
  FLAG_GENERIC,
  FLAG_LOCAL,
  FLAG_NEEDS_POST,
  type EntryInfo,
  type Match,
} from './types';

export type PageMatch = Pick<Match, 'start' | 'end' | 'entryIndex' | 'homonyms' | 'before'>;

export interface RelevanceOptions {
  /** Distinct entities needed by rule 4. Default 3. */
  minDistinct?: number;
  /** Distinct places inside Lüliang needed by rule 2. Default 2. */
  minLocalPlaces?: number;
}

export type RelevanceReason = 'anchor' | 'places' | 'place-and-official' | 'entities';

export interface HighlightedEntity {
  entryIndex: number;
  id: string;
  /** Indices into the `matches` passed in, in document order. */
  matches: number[];
}

export interface PageHighlights {
  relevant: boolean;
  reason: RelevanceReason | null;
  /** In order of first mention; empty when the page is not relevant. */
  entities: HighlightedEntity[];
  /** Distinct highlighted entities, for the action badge. */
  count: number;
}

/**
 * Titles common enough to show that a bare name refers to an official even when the archive has not seen
 * that post for the person. Compared against the end of the context, so 副市长 is covered by 市长.
 */
const TITLES = (
  '书记 常委 委员 市长 县长 区长 镇长 乡长 省长 主任 主席 部长 厅长 局长 处长 科长 秘书长 院长 检察长 庭长 ' +
  '校长 所长 队长 会长 社长 政委 司令员 董事长 总经理 领导 负责人 ' +
  // Traditional forms, for pages whose characters the payload does not fold.
  '書記 委員 市長 縣長 區長 鎮長 鄉長 省長 部長 廳長 局長 處長 科長 秘書長 院長 檢察長 庭長 校長 所長 隊長 ' +
  '會長 社長 司令員 董事長 總經理 領導 負責人'
).split(' ');

const TRAILING_SPACE = /[\s\u3000]+$/;

type Evidence = 0 | 1 | 2 | 3;
const NONE: Evidence = 0;
/** A common title precedes the name. */
const TITLE: Evidence = 1;
/** The name follows, in a 、-list, a person that has a post. */
const LISTED: Evidence = 2;
/** One of the person's own archive posts precedes the name. */
const OWN: Evidence = 3;

function endsWithAny(text: string, words: readonly string[]): boolean {
  for (const word of words) if (text.endsWith(word)) return true;
  return false;
}

export function decideHighlights(
  entries: readonly EntryInfo[],
  matches: readonly PageMatch[],
  options: RelevanceOptions = {},
): PageHighlights {
  const minDistinct = options.minDistinct ?? 3;
  const minLocalPlaces = options.minLocalPlaces ?? 2;
  const order = matches.map((_, i) => i).sort((x, y) => matches[x]!.start - matches[y]!.start);

  // Resolve each mention to one entry and grade the post evidence before it.
  const chosen = new Int32Array(matches.length);
  const evidence = new Uint8Array(matches.length);
  const resolved = new Map<number, number>();
  const pending: number[] = [];
  for (const i of order) {
    const match = matches[i]!;
    const before = match.before.replace(TRAILING_SPACE, '');
    const candidates = match.homonyms ?? [match.entryIndex];
    const own = candidates.find((c) => endsWithAny(before, entries[c]?.posts ?? []));
    if (own !== undefined) {
      chosen[i] = own;
      evidence[i] = OWN;
      resolved.set(match.entryIndex, own);
    } else {
      pending.push(i);
      evidence[i] = endsWithAny(before, TITLES) ? TITLE : NONE;
    }
  }
  for (const i of pending) {
    const match = matches[i]!;
    chosen[i] = resolved.get(match.entryIndex) ?? match.homonyms?.[0] ?? match.entryIndex;
  }
  const isPerson = (i: number): boolean => entries[chosen[i]!]?.kind === 'person';
  for (let k = 1; k < order.length; k++) {
    const i = order[k]!;
    const prev = order[k - 1]!;
    if (evidence[i] !== NONE || !isPerson(i) || !isPerson(prev) || evidence[prev] === NONE) continue;
    const gap = matches[i]!.start - matches[prev]!.end;
    if (gap >= 1 && gap <= 2 && matches[i]!.before.replace(TRAILING_SPACE, '').endsWith('、'))
      evidence[i] = LISTED;
  }

  const titled = new Set<number>();
  for (const i of order) if (evidence[i] !== NONE) titled.add(chosen[i]!);
  const counts = (i: number): boolean => {
    const flags = entries[chosen[i]!]?.flags ?? FLAG_GENERIC;
    if (flags & FLAG_GENERIC) return false;
    if (flags & FLAG_AMBIGUOUS) return evidence[i] === OWN || evidence[i] === LISTED;
    if (flags & FLAG_NEEDS_POST) return titled.has(chosen[i]!);
    return true;
  };

  const byEntry = new Map<number, number[]>();
  const posted = new Set<number>();
  for (const i of order) {
    if (!counts(i)) continue;
    const entry = chosen[i]!;
    const list = byEntry.get(entry);
    if (list) list.push(i);
    else byEntry.set(entry, [i]);
    if (evidence[i] === OWN && isPerson(i)) posted.add(entry);
  }
  let anchors = 0;
  let localPlaces = 0;
  for (const entry of byEntry.keys()) {
    const flags = entries[entry]?.flags ?? 0;
    if (flags & FLAG_ANCHOR) anchors++;
    else if (flags & FLAG_LOCAL) localPlaces++;
  }
  let reason: RelevanceReason | null = null;
  if (anchors > 0) reason = 'anchor';
  else if (localPlaces >= minLocalPlaces) reason = 'places';
  else if (localPlaces > 0 && posted.size > 0) reason = 'place-and-official';
  else if (byEntry.size >= minDistinct && posted.size > 0) reason = 'entities';
  if (reason === null) return { relevant: false, reason, entities: [], count: 0 };

  const entities = [...byEntry].map(([entryIndex, indices]) => ({
    entryIndex,
    id: entries[entryIndex]?.id ?? '',
    matches: indices,
  }));
  return { relevant: true, reason, entities, count: entities.length };
}
