/** A deliberately naive leftmost-longest matcher, the oracle the automaton is checked against. */
import type { Match, MatcherData } from '../../../core/match/types';

export interface Plain {
  start: number;
  end: number;
  entryIndex: number;
}

/** A payload built by hand, so tests can use 1-character patterns the entity builder would drop. */
export function payload(surfaces: readonly (readonly string[])[], fold = ''): MatcherData {
  return {
    v: 1,
    ids: surfaces.map((_, i) => `e${i}`),
    kinds: 'p'.repeat(surfaces.length),
    flags: '0'.repeat(surfaces.length),
    surfaces: surfaces.map((list) => list.join('|')),
    posts: [],
    entryPosts: [],
    fold,
  };
}

export function naiveScan(surfaces: readonly (readonly string[])[], text: string, fold = ''): Plain[] {
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < fold.length; i += 2) map.set(fold.charAt(i), fold.charAt(i + 1));
  const folded = [...text].map((ch) => map.get(ch) ?? ch).join('');
  const found: Plain[] = [];
  let i = 0;
  while (i < folded.length) {
    let best: Plain | null = null;
    surfaces.forEach((list, entryIndex) => {
      for (const p of list) {
        if (p.length === 0 || !folded.startsWith(p, i)) continue;
        const end = i + p.length;
        if (!best || end > best.end || (end === best.end && entryIndex < best.entryIndex)) {
          best = { start: i, end, entryIndex };
        }
      }
    });
    if (best) {
      found.push(best);
      i = (best as Plain).end;
    } else i++;
  }
  return found;
}

export function plain(matches: readonly Plain[]): Plain[] {
  return matches.map(({ start, end, entryIndex }) => ({ start, end, entryIndex }));
}

/** Cuts `page` at the given points (any order, duplicates allowed) into consecutive chunks. */
export function chunks(page: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((c) => c % (page.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const p of [...points, page.length]) {
    out.push(page.slice(from, p));
    from = p;
  }
  return out;
}

/** A match as plain data with its context read (for a lazy match, cut only now). */
export function read(m: Match): Plain & Pick<Match, 'before' | 'homonyms'> {
  return {
    start: m.start,
    end: m.end,
    entryIndex: m.entryIndex,
    before: m.before,
    ...(m.homonyms ? { homonyms: [...m.homonyms] } : {}),
  };
}
