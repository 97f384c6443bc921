/**
 * Related archive articles for a piece of text (a web page) or for an archive article: documents that share its
 * entities and its distinctive terms, each with a reason a reader can take in at a glance.
 */
import { bigramsOf, preciseWords } from './analyze';
import type { EngineContext } from './context';
import { ARTICLE_KINDS, intToDate } from './docs';
import type { LexiconEntry } from './lexicon';
import { normalizeInput } from './normalize';
import type { Clause } from './query';
import { idf, popcount } from './score';
import { topK } from './topk';
import { entityTerm } from './terms';
import { runs } from './text';
import type { RelatedItem } from './types';
import type { EntityKind } from '../types';

/** Pages can be long; the opening carries what they are about. */
export const RELATED_TEXT_LIMIT = 20_000;
const MAX_ENTITIES = 8;
const MAX_TERMS = 12;
/** People make the strongest link between two news articles; places the weakest (every article has one). */
const KIND_WEIGHT: Record<EntityKind, number> = { person: 2, topic: 1.6, organization: 1.2, place: 0.8 };

export interface RelatedInput {
  text: string;
  /** Entities known to be mentioned (an archive article's own links), besides those found in the text. */
  entities?: number[];
  /** Document to leave out (the article itself). */
  exclude?: number;
}

interface Pick {
  clause: Clause;
  label: string;
  entity?: LexiconEntry;
}

function candidateTerms(ctx: EngineContext, text: string): Map<string, number> {
  const tokenizer = ctx.tokenizer();
  const counts = new Map<string, number>();
  const add = (term: string) => counts.set(term, (counts.get(term) ?? 0) + 1);
  if (tokenizer) {
    for (const word of preciseWords(text, tokenizer)) if (word.length >= 2) add(word);
  } else {
    // before jieba is warm: the text's character pairs, as the words an article indexes them under (a pair that
    // is no article's word is a bigram only where it spans two words, which says little about a topic)
    for (const run of runs(text)) if (run.kind === 'han') for (const pair of bigramsOf(run.text)) add(pair);
  }
  for (const run of runs(text)) if (run.kind === 'latin' && /^[a-z]{3,}$/.test(run.text)) add(run.text);
  return counts;
}

async function pickClauses(ctx: EngineContext, input: RelatedInput, text: string): Promise<Pick[]> {
  const n = ctx.stats.docCount;
  const entityCounts = new Map<number, number>();
  for (const e of input.entities ?? []) entityCounts.set(e, (entityCounts.get(e) ?? 0) + 1);
  for (const run of runs(text)) {
    if (run.kind !== 'han') continue;
    for (const match of ctx.entities.scan(run.text, true)) {
      for (const e of match.entities) entityCounts.set(e, (entityCounts.get(e) ?? 0) + 1);
    }
  }
  const entityPicks = [...entityCounts]
    .map(([e, count]) => {
      const entry = ctx.entities.entry(e)!;
      return { entry, weight: (1 + Math.log(count)) * KIND_WEIGHT[entry.kind] * idf(entry.articles, n) };
    })
    .filter((x) => x.entry.articles > 0)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_ENTITIES);
  const entityNames = entityPicks.flatMap((p) => p.entry.names);

  const counts = [...candidateTerms(ctx, text)]
    // names are already entity clauses; parts of names would only repeat them
    .filter(([term]) => !entityNames.some((name) => name.includes(term.replace(/^~/, ''))))
    .sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)
    // the most frequent candidates only: each costs a read of its bucket to learn how rare it is
    .slice(0, 48);
  const dfs = await ctx.reader.dfs(counts.map(([term]) => term));
  const common = n >= 50 ? n * 0.1 : n;
  const termPicks = counts
    .map(([term, tf]) => ({ term, df: dfs.get(term) ?? 0, tf }))
    .filter((t) => t.df > 0 && t.df <= common)
    .map((t) => ({ ...t, weight: (1 + Math.log(t.tf)) * idf(t.df, n) }))
    .sort((a, b) => b.weight - a.weight)
    // a term inside a better one (书记 in 市委书记) says nothing new
    .filter((t, i, all) => !all.slice(0, i).some((u) => u.term.includes(t.term.replace(/^~/, ''))))
    .slice(0, MAX_TERMS);
  const top = termPicks[0]?.weight ?? 1;

  const picks: Pick[] = [];
  for (const { entry } of entityPicks) {
    picks.push({
      clause: { term: entityTerm(entry.id), weight: KIND_WEIGHT[entry.kind], units: 0 },
      label: entry.name,
      entity: entry,
    });
  }
  for (const t of termPicks) {
    picks.push({
      clause: { term: t.term, weight: 0.5 + (0.5 * t.weight) / top, units: 0 },
      label: t.term.replace(/^~/, ''),
    });
  }
  // one bit per clause, so each document tells which clauses it shares
  picks.forEach((p, i) => (p.clause.units = i < 32 ? 2 ** i : 0));
  return picks;
}

export async function related(
  ctx: EngineContext,
  input: RelatedInput,
  limit: number,
): Promise<RelatedItem[]> {
  const text = normalizeInput(input.text.slice(0, RELATED_TEXT_LIMIT));
  const picks = await pickClauses(ctx, input, text);
  if (picks.length === 0) return [];
  const postings = await ctx.postings(picks.map((p) => p.clause.term));
  // clause bits of names (people, organisations, topics): one of them shared is enough
  let nameBits = 0;
  picks.forEach((p, i) => {
    if (i < 32 && p.entity && p.entity.kind !== 'place') nameBits = (nameBits | (2 ** i)) >>> 0;
  });
  const acc = ctx.accumulator;
  acc.reset();
  let docs: Uint32Array;
  let scores: Float64Array;
  let masks: Uint32Array;
  let count = 0;
  try {
    for (const pick of picks) {
      const p = postings.get(pick.clause.term);
      if (p) acc.add(pick.clause, p, ctx.norms);
    }
    const touched = acc.touched();
    docs = new Uint32Array(touched.length);
    scores = new Float64Array(touched.length);
    masks = new Uint32Array(touched.length);
    for (const d of touched) {
      if (d === input.exclude) continue;
      const mask = acc.masks[d]!;
      // a shared person, organisation or topic; or else two shared signals (a place is in nearly every article)
      if (!(mask & nameBits) && popcount(mask) < 2) continue;
      docs[count] = d;
      scores[count] = acc.scores[d]!;
      masks[count++] = mask;
    }
  } finally {
    acc.reset();
  }
  const dates = ctx.docs.dates;
  const best = topK(count, limit, (a, b) =>
    scores[a] !== scores[b]
      ? scores[a]! > scores[b]!
      : dates[docs[a]!] !== dates[docs[b]!]
        ? dates[docs[a]!]! > dates[docs[b]!]!
        : docs[a]! < docs[b]!,
  );
  // far weaker than the best match: shares a word or two by chance
  const floor = (best.length ? scores[best[0]!]! : 0) * 0.15;
  return best
    .filter((c) => scores[c]! >= floor)
    .map((c) => ({ doc: docs[c]!, score: scores[c]!, mask: masks[c]! }))
    .map(({ doc, score, mask }) => {
      const shared = picks.filter((_, i) => mask & (2 ** i));
      const sharedEntities = shared.filter((p) => p.entity).map((p) => p.entity!);
      const sharedTerms = shared.filter((p) => !p.entity).map((p) => p.label);
      const reasonTerms = sharedTerms.filter(
        (t, i) => !sharedTerms.slice(0, i).some((u) => u.includes(t) || t.includes(u)),
      );
      const reason = [...sharedEntities.slice(0, 2).map((e) => e.name), ...reasonTerms.slice(0, 2)].join(
        ' · ',
      );
      return {
        id: ctx.docs.ids[doc]!,
        title: ctx.docs.titles[doc] ?? '',
        date: intToDate(dates[doc]!),
        kind: ARTICLE_KINDS[ctx.docs.kinds[doc]!] ?? 'news',
        score: Math.round(score * 1000) / 1000,
        reason,
        sharedEntities: sharedEntities.map((e) => ({ id: e.id, name: e.name, kind: e.kind })),
        sharedTerms,
      };
    });
}
