/**
 * Decides which matches on a page are worth highlighting. Works on matches and the few characters printed
 * before each (no page text), so it runs in the content script after a scan at negligible cost.
 *
 * A page lights up only when it is about Lüliang, on evidence. Names inside other words never reach this
 * point: the scan already gave way to the words that straddle a name's edge (光临|县城, 新|兴县; see
 * `word-edges.ts`). Of the mentions left:
 *
 *   strong, any one is enough ('anchor'): 吕梁/呂梁, a full county-level name (离石区, 石楼县, 兴县, …), a body
 *     named with either (吕梁市委, 柳林县公安局);
 *   weak, enough together:
 *     - places inside Lüliang: townships, villages, and the short county names (离石, 孝义, 方山, 交城 …,
 *       also a virtue, a song or a district of another city);
 *     - officials: a person printed with one of their own Lüliang posts (市政府秘书长孙大军), a post above the
 *       city (省委书记) not being one;
 *     - people with a Lüliang post in the archive, named bare (their full name, not shared by many).
 *   The page is about Lüliang with
 *     'places': two distinct places, one of them a township or village (else three);
 *     'place-and-official': a place and an official;
 *     'entities': three distinct entities, topics aside, one of them an official;
 *     'several': three distinct places and people with Lüliang posts, one of them a place.
 * Topics (乡村振兴, 疫情防控: campaigns every city runs) never count as evidence and are highlighted only
 * on pages already about Lüliang. A person's name alone is treated as a namesake.
 *
 * Per mention:
 *   - generic entries (市委, 市政府, 市长) are never highlighted and never count; a longer name that
 *     contains one (市委办公室) is an entry of its own and wins in the leftmost-longest scan;
 *   - a township's short form (碛口 for 碛口镇) is highlighted on pages about Lüliang and is never evidence;
 *   - ambiguous names (权威, also an ordinary word) count only where one of the person's own posts is
 *     printed right before them, or where they stand in a 、-separated list of names that a title or a
 *     person printed with a post opens (市领导乔晓峰、权威; 市领导张某、权威); a common title alone
 *     (主任权威) is not enough;
 *   - needs-post names (shared by many people) count on the page only if at least one mention carries a
 *     post (theirs or a common title, also at the head of its list), and then every mention counts, since
 *     articles repeat names bare;
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
  /** Distinct entities needed by rule 'entities'. Default 3. */
  minDistinct?: number;
  /** Distinct places inside Lüliang needed by rule 'places'. Default 2. */
  minLocalPlaces?: number;
  /** Distinct weak signals needed by rule 'several'. Default 3. */
  minWeak?: number;
}

export type RelevanceReason = 'anchor' | 'places' | 'place-and-official' | 'entities' | 'several';

/** What an entity on the page says about Lüliang, for the explanation of a decision. */
export type SignalKind = 'anchor' | 'place' | 'official' | 'person';

export interface Signal {
  entryIndex: number;
  id: string;
  kind: SignalKind;
  /** Index into the `matches` passed in: the first mention that gives this signal. */
  match: number;
}

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
  /** On a page about Lüliang, the evidence, strongest first: why it counts as about Lüliang. */
  signals?: Signal[];
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

/** One name in a list: two to four Chinese characters. */
const LIST_NAME = /^\p{Script=Han}{2,4}$/u;

type Evidence = 0 | 1 | 2 | 3;
const NONE: Evidence = 0;
/** A common title precedes the name. */
const TITLE: Evidence = 1;
/** The name stands in a 、-list opened by a title or by a person that has a post. */
const LISTED: Evidence = 2;
/** One of the person's own archive posts precedes the name. */
const OWN: Evidence = 3;

function endingWith(text: string, words: readonly string[]): string | undefined {
  for (const word of words) if (text.endsWith(word)) return word;
  return undefined;
}

/** Whether the context before a name ends in a 、 (spaces after it allowed): the name stands in a list. */
export const endsInList = (before: string): boolean => before.trimEnd().endsWith('、');

/** Last characters of the titles: a context ending in none of them (most do) ends in no title. */
const TITLE_ENDS = new Set(TITLES.map((title) => title.at(-1)));

const endingWithTitle = (text: string): boolean =>
  TITLE_ENDS.has(text.at(-1)) && endingWith(text, TITLES) !== undefined;

/**
 * Whether `before` (the text right before a name) ends a 、-list of names that a title or one of `posts`
 * opens: 市领导张某、李某、 (the names themselves need not be known).
 */
function listOpenedByTitle(before: string, posts: readonly string[], depth = 0): boolean {
  if (depth > 6 || !before.endsWith('、')) return false;
  const rest = before.slice(0, -1).trimEnd();
  for (let n = 2; n <= 4 && n <= rest.length; n++) {
    if (!LIST_NAME.test(rest.slice(-n))) break;
    const head = rest.slice(0, -n).trimEnd();
    if (endingWithTitle(head) || endingWith(head, posts)) return true;
    if (listOpenedByTitle(head, posts, depth + 1)) return true;
  }
  return false;
}

const isTopic = (entry: EntryInfo | undefined): boolean => entry?.kind === 'topic';

export function decideHighlights(
  entries: readonly EntryInfo[],
  matches: readonly PageMatch[],
  options: RelevanceOptions = {},
): PageHighlights {
  const steps = decideHighlightsSteps(entries, matches, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Mentions graded between two pauses of `decideHighlightsSteps`. */
const GRADE_CHUNK = 500;

/**
 * `decideHighlights` as a generator that pauses every 500 mentions while grading them (the costly part),
 * so a page with thousands of names is decided across several short tasks.
 */
export function* decideHighlightsSteps(
  entries: readonly EntryInfo[],
  matches: readonly PageMatch[],
  options: RelevanceOptions = {},
): Generator<void, PageHighlights, void> {
  const order = matches.map((_, i) => i).sort((x, y) => matches[x]!.start - matches[y]!.start);
  const graded = yield* gradeMentions(entries, matches, order);
  listPeopleAfterPostedOnes(entries, matches, order, graded);
  yield;
  const { byEntry, officials } = countedMentions(entries, order, graded);
  yield;
  const { signals, distinct } = relevanceSignals(entries, byEntry, officials);
  const reason = relevanceReason(entries, signals, distinct, options);
  if (reason === null) return { relevant: false, reason, entities: [], count: 0 };

  const entities = [...byEntry].map(([entryIndex, indices]) => ({
    entryIndex,
    id: entries[entryIndex]?.id ?? '',
    matches: indices,
  }));
  return { relevant: true, reason, entities, count: entities.length, signals };
}

/** Each mention resolved to one entry, with the post evidence printed before it. */
interface GradedMentions {
  chosen: Int32Array;
  evidence: Uint8Array;
  /** The mention's own post is a Lüliang one (not 省委书记). */
  localPost: Uint8Array;
}

const isPersonMention = (entries: readonly EntryInfo[], graded: GradedMentions, i: number): boolean =>
  entries[graded.chosen[i]!]?.kind === 'person';

/**
 * Resolves each mention to one entry and grades the post evidence before it: a mention whose own post
 * precedes it picks that homonym, and the entry's other mentions follow the pick.
 */
function* gradeMentions(
  entries: readonly EntryInfo[],
  matches: readonly PageMatch[],
  order: readonly number[],
): Generator<void, GradedMentions, void> {
  const graded: GradedMentions = {
    chosen: new Int32Array(matches.length),
    evidence: new Uint8Array(matches.length),
    localPost: new Uint8Array(matches.length),
  };
  const resolved = new Map<number, number>();
  const pending: number[] = [];
  for (let k = 0; k < order.length; k++) {
    if (k % GRADE_CHUNK === GRADE_CHUNK - 1) yield;
    const i = order[k]!;
    const match = matches[i]!;
    const before = match.before.trimEnd();
    const own = ownPost(entries, match, before);
    if (own) {
      graded.chosen[i] = own.entry;
      graded.evidence[i] = OWN;
      graded.localPost[i] = entries[own.entry]?.farPosts?.includes(own.post) ? 0 : 1;
      resolved.set(match.entryIndex, own.entry);
    } else {
      pending.push(i);
      graded.evidence[i] = postlessEvidence(before, entries[match.entryIndex]?.posts ?? []);
    }
  }
  for (const i of pending) {
    const match = matches[i]!;
    graded.chosen[i] = resolved.get(match.entryIndex) ?? match.homonyms?.[0] ?? match.entryIndex;
  }
  return graded;
}

/** The first candidate (the entry, or one of its homonyms) whose own archive post is printed before it. */
function ownPost(
  entries: readonly EntryInfo[],
  match: PageMatch,
  before: string,
): { entry: number; post: string } | null {
  for (const entry of match.homonyms ?? [match.entryIndex]) {
    const post = endingWith(before, entries[entry]?.posts ?? []);
    if (post !== undefined) return { entry, post };
  }
  return null;
}

function postlessEvidence(before: string, posts: readonly string[]): Evidence {
  if (endingWithTitle(before)) return TITLE;
  if (listOpenedByTitle(before, posts)) return LISTED;
  return NONE;
}

/** A person right after a person with post evidence, joined by 、, stands in the same list. */
function listPeopleAfterPostedOnes(
  entries: readonly EntryInfo[],
  matches: readonly PageMatch[],
  order: readonly number[],
  graded: GradedMentions,
): void {
  const { evidence } = graded;
  const isPerson = (i: number): boolean => isPersonMention(entries, graded, i);
  for (let k = 1; k < order.length; k++) {
    const i = order[k]!;
    const prev = order[k - 1]!;
    if (evidence[i] !== NONE || !isPerson(i) || !isPerson(prev) || evidence[prev] === NONE) continue;
    const gap = matches[i]!.start - matches[prev]!.end;
    if (gap >= 1 && gap <= 2 && endsInList(matches[i]!.before)) evidence[i] = LISTED;
  }
}

/**
 * The mentions that count, by entry (generic words never; ambiguous people only with their own post or in a
 * list; names that need a post only when one precedes some mention), and each entry's first mention as a
 * Lüliang official.
 */
function countedMentions(
  entries: readonly EntryInfo[],
  order: readonly number[],
  graded: GradedMentions,
): { byEntry: Map<number, number[]>; officials: Map<number, number> } {
  const { chosen, evidence, localPost } = graded;
  const isPerson = (i: number): boolean => isPersonMention(entries, graded, i);
  const titled = new Set<number>();
  for (const i of order) if (evidence[i] !== NONE) titled.add(chosen[i]!);
  const counts = (i: number): boolean => {
    const flags = entries[chosen[i]!]?.flags ?? FLAG_GENERIC;
    if (flags & FLAG_GENERIC) return false;
    if (flags & FLAG_AMBIGUOUS) return !isPerson(i) || evidence[i] === OWN || evidence[i] === LISTED;
    if (flags & FLAG_NEEDS_POST) return titled.has(chosen[i]!);
    return true;
  };

  const byEntry = new Map<number, number[]>();
  const officials = new Map<number, number>();
  for (const i of order) {
    if (!counts(i)) continue;
    const entry = chosen[i]!;
    const list = byEntry.get(entry);
    if (list) list.push(i);
    else byEntry.set(entry, [i]);
    if (evidence[i] === OWN && localPost[i] && isPerson(i) && !officials.has(entry)) officials.set(entry, i);
  }
  return { byEntry, officials };
}

/** What each counted entity says about the page being about Lüliang, strongest first. */
function relevanceSignals(
  entries: readonly EntryInfo[],
  byEntry: ReadonlyMap<number, number[]>,
  officials: ReadonlyMap<number, number>,
): { signals: Signal[]; distinct: number } {
  const signals: Signal[] = [];
  let distinct = 0;
  for (const [entry, indices] of byEntry) {
    const info = entries[entry];
    // Topics and a township's short form (碛口) are highlighted on a page about Lüliang, never evidence.
    if (!info || isTopic(info) || (info.kind !== 'person' && info.flags & FLAG_AMBIGUOUS)) continue;
    distinct++;
    const signal = (kind: SignalKind, match = indices[0]!): void => {
      signals.push({ entryIndex: entry, id: info.id, kind, match });
    };
    if (info.flags & FLAG_ANCHOR) signal('anchor');
    else if (info.flags & FLAG_LOCAL) signal('place');
    else if (officials.has(entry)) signal('official', officials.get(entry));
    else if (info.kind === 'person' && knownLocally(info)) signal('person');
  }
  const rank: Record<SignalKind, number> = { anchor: 0, official: 1, place: 2, person: 3 };
  signals.sort((a, b) => rank[a.kind] - rank[b.kind] || a.match - b.match);
  return { signals, distinct };
}

/** Which rule finds the page about Lüliang, or null when none does. */
function relevanceReason(
  entries: readonly EntryInfo[],
  signals: readonly Signal[],
  distinct: number,
  options: RelevanceOptions,
): RelevanceReason | null {
  const minDistinct = options.minDistinct ?? 3;
  const minLocalPlaces = options.minLocalPlaces ?? 2;
  const minWeak = options.minWeak ?? 3;
  const count = (kind: SignalKind): number => signals.filter((s) => s.kind === kind).length;
  const places = count('place');
  // Two short county names alone (交城 and 文水 in a song) are not enough: a township, or a third place.
  const anchorIds = new Set(entries.filter((e) => e.flags & FLAG_ANCHOR).map((e) => e.id));
  const townships = signals.filter((s) => s.kind === 'place' && !anchorIds.has(s.id)).length;
  const posted = count('official');
  if (count('anchor') > 0) return 'anchor';
  if (places >= minLocalPlaces && (townships > 0 || places > minLocalPlaces)) return 'places';
  if (places > 0 && posted > 0) return 'place-and-official';
  if (distinct >= minDistinct && posted > 0) return 'entities';
  if (places > 0 && places + posted + count('person') >= minWeak) return 'several';
  return null;
}

/**
 * A person the archive knows with a Lüliang post, whose full name is specific enough to count bare: not a
 * name many people share, not an ordinary word.
 */
function knownLocally(info: EntryInfo): boolean {
  if (info.flags & (FLAG_NEEDS_POST | FLAG_AMBIGUOUS)) return false;
  const far = info.farPosts ?? [];
  return info.posts.some((post) => !far.includes(post));
}
