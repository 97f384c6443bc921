/**
 * The page-level highlight decision (core/match `decideHighlights`) at a cost that does not grow with how
 * often names repeat. A long page about Lüliang repeats the same few names thousands of times; the rules
 * grade each mention by the post printed before it, which is the costly part, yet for most mentions the
 * grade cannot change the outcome:
 *
 *   - a name with no special flag (not ambiguous like 权威, not shared by many people), printed without
 *     homonyms, counts wherever the page is relevant, whatever precedes it;
 *   - its only other effects are page-wide: the entity is on the page (its first mention says so), and a post
 *     before it can make the page relevant (rules 3 and 4 of `decideHighlights`);
 *   - a mention may also lend its post to the next name in a 、-list, so mentions in lists stay as they are.
 *
 * So those mentions are decided through their entity's first mention. Leaving the others out can only hide
 * posts, never add one, so a page found relevant this way is relevant when every mention is graded too, and
 * then each mention counts the same way; a page not found relevant is decided again over every mention, in
 * case a post before a later mention of a name makes the difference. A property test checks the two agree.
 */
import {
  decideHighlightsSteps,
  endsInList,
  FLAG_AMBIGUOUS,
  FLAG_GENERIC,
  FLAG_NEEDS_POST,
  type EntryInfo,
  type PageHighlights,
  type PageMatch,
} from '@/core/match';

export interface PageDecision {
  relevant: boolean;
  /** Per match: the entry it is highlighted as, or -1. */
  chosen: Int32Array;
  /** Highlighted entity ids, in order of first mention. */
  ids: string[];
}

const SPECIAL = FLAG_AMBIGUOUS | FLAG_NEEDS_POST;

/** Mentions handled between two pauses of `decideSteps`. */
const CHUNK = 2000;

/** `decideSteps` run to the end at once. */
export function decidePage(entries: readonly EntryInfo[], matches: readonly PageMatch[]): PageDecision {
  return finish(decideSteps(entries, matches));
}

/** Runs a stepwise computation to its result without pausing. */
export function finish<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The decision as a generator that pauses every few thousand mentions, so a long page is decided across
 * several short tasks. Only the core decision over the few mentions that need it runs in one piece.
 */
export function* decideSteps(
  entries: readonly EntryInfo[],
  matches: readonly PageMatch[],
): Generator<void, PageDecision, void> {
  const withHomonyms = new Set<number>();
  for (const m of matches) if (m.homonyms) withHomonyms.add(m.entryIndex);
  const order = documentOrder(matches).filter((i) => !silentGeneric(entries, matches[i]!, withHomonyms));
  yield;
  const own = yield* decidedAlone(entries, matches, order, withHomonyms);
  const subset = yield* representatives(matches, order, own);
  yield;
  if (subset.length < order.length) {
    const compact = yield* decideHighlightsSteps(
      entries,
      subset.map((i) => matches[i]!),
    );
    yield;
    if (compact.relevant) return yield* spreadToRepeats(compact, matches, order, own, subset);
  }
  return yield* decideAll(entries, matches, order);
}

/**
 * Generic words (市委, 市政府) are never highlighted and, having no posts and not being people, cannot sway the
 * decision for any other mention (no post evidence, no place in a list of names): they are left out unless
 * they share a name with someone else on the page. They are the most frequent names on long pages.
 */
function silentGeneric(
  entries: readonly EntryInfo[],
  m: PageMatch,
  withHomonyms: ReadonlySet<number>,
): boolean {
  const entry = entries[m.entryIndex];
  return (
    entry !== undefined &&
    (entry.flags & FLAG_GENERIC) !== 0 &&
    entry.posts.length === 0 &&
    entry.kind !== 'person' &&
    !withHomonyms.has(m.entryIndex)
  );
}

/** Which matches are decided on their own (1); the rest are decided through their entry's first mention. */
function* decidedAlone(
  entries: readonly EntryInfo[],
  matches: readonly PageMatch[],
  order: readonly number[],
  withHomonyms: ReadonlySet<number>,
): Generator<void, Uint8Array, void> {
  const own = new Uint8Array(matches.length);
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const m = matches[i]!;
    const flags = entries[m.entryIndex]?.flags ?? FLAG_GENERIC;
    if (m.homonyms || withHomonyms.has(m.entryIndex) || flags & SPECIAL) own[i] = 1;
    // A list (a 、 right before the name): this name may take its post from the name before it. Only a 、 at
    // the end counts in the rules; testing anywhere in the context would keep a third of a long page's
    // mentions out of the compact decision.
    if (endsInList(m.before)) {
      own[i] = 1;
      if (k > 0) own[order[k - 1]!] = 1;
    }
    if (k % CHUNK === CHUNK - 1) yield;
  }
  return own;
}

/** The matches the compact decision reads: those decided alone, and each other entry's first mention. */
function* representatives(
  matches: readonly PageMatch[],
  order: readonly number[],
  own: Uint8Array,
): Generator<void, number[], void> {
  const seen = new Set<number>();
  const subset: number[] = [];
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (k % CHUNK === CHUNK - 1) yield;
    if (own[i]) {
      subset.push(i);
      continue;
    }
    const entry = matches[i]!.entryIndex;
    if (seen.has(entry)) continue;
    seen.add(entry);
    subset.push(i);
  }
  return subset;
}

/** A relevant compact decision applied to every mention: a repeat counts when its entity counts. */
function* spreadToRepeats(
  compact: PageHighlights,
  matches: readonly PageMatch[],
  order: readonly number[],
  own: Uint8Array,
  subset: readonly number[],
): Generator<void, PageDecision, void> {
  const chosen = new Int32Array(matches.length).fill(-1);
  const counted = new Set<number>();
  for (const entity of compact.entities) {
    counted.add(entity.entryIndex);
    for (const k of entity.matches) chosen[subset[k]!] = entity.entryIndex;
  }
  for (let k = 0; k < order.length; k++) {
    if (k % CHUNK === CHUNK - 1) yield;
    const i = order[k]!;
    if (own[i]) continue;
    const entry = matches[i]!.entryIndex;
    if (counted.has(entry)) chosen[i] = entry;
  }
  return { relevant: true, chosen, ids: compact.entities.map((e) => e.id) };
}

/** The core decision over every mention (the page was not found relevant through the compact one). */
function* decideAll(
  entries: readonly EntryInfo[],
  matches: readonly PageMatch[],
  order: readonly number[],
): Generator<void, PageDecision, void> {
  const full = yield* decideHighlightsSteps(
    entries,
    order.map((i) => matches[i]!),
  );
  const chosen = new Int32Array(matches.length).fill(-1);
  for (const entity of full.entities) for (const k of entity.matches) chosen[order[k]!] = entity.entryIndex;
  return { relevant: full.relevant, chosen, ids: full.entities.map((e) => e.id) };
}

/** Indices of `matches` by start. Mentions are mostly kept in reading order already: then no sort is needed. */
function documentOrder(matches: readonly PageMatch[]): number[] {
  const order = matches.map((_, i) => i);
  for (let i = 1; i < matches.length; i++) {
    if (matches[i]!.start < matches[i - 1]!.start)
      return order.sort((a, b) => matches[a]!.start - matches[b]!.start);
  }
  return order;
}
