/** Full-text search: clauses → BM25F scores × coverage², filters, sort, one page of hits with snippets. */
import type { ArticleKind } from '../types';
import type { EngineContext } from './context';
import { ARTICLE_KINDS, dateToInt, intToDate, kindCode } from './docs';
import { planQuery, type QueryPlan } from './query';
import { minCoverage, popcount } from './score';
import { topK } from './topk';
import { bestPassage, markAll } from './snippet';
import { entityTerm } from './terms';
import type { SearchHit, SearchRequest, SearchResult } from './types';

export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 20;

/** Matching documents with their scores, in no particular order. */
interface Matches {
  docs: Uint32Array;
  scores: Float64Array;
  count: number;
}

const NO_MATCHES: Matches = { docs: new Uint32Array(0), scores: new Float64Array(0), count: 0 };

/** A predicate over document numbers for the request's filters, or null when there are none. */
async function buildFilter(ctx: EngineContext, req: SearchRequest): Promise<((d: number) => boolean) | null> {
  const from = req.from ? dateToInt(req.from) : 0;
  const to = req.to ? dateToInt(req.to) : 0;
  const kinds = req.kinds?.length ? new Set(req.kinds.map((k: ArticleKind) => kindCode(k))) : null;
  let allowed: Uint8Array | null = null;
  if (req.entities?.length) {
    const terms = [...new Set(req.entities)].map(entityTerm);
    const postings = await ctx.postings(terms);
    allowed = new Uint8Array(ctx.docs.ids.length);
    const need = terms.length;
    const counts = new Uint8Array(ctx.docs.ids.length);
    for (const term of terms) {
      const p = postings.get(term);
      if (!p) continue;
      for (const d of p.docs) counts[d]!++;
    }
    counts.forEach((c, d) => {
      if (c === need) allowed![d] = 1;
    });
  }
  if (!from && !to && !kinds && !allowed) return null;
  const { dates, kinds: docKinds } = ctx.docs;
  return (d) =>
    (!from || dates[d]! >= from) &&
    (!to || dates[d]! <= to) &&
    (!kinds || kinds.has(docKinds[d]!)) &&
    (!allowed || allowed[d] === 1);
}

async function match(
  ctx: EngineContext,
  plan: QueryPlan,
  filter: ((d: number) => boolean) | null,
): Promise<Matches> {
  const n = ctx.docs.ids.length;
  if (plan.clauses.length === 0) {
    // no query: browsing by filters only (e.g. everything mentioning a person)
    if (!filter) return NO_MATCHES;
    const docs = new Uint32Array(n);
    let count = 0;
    for (let d = 0; d < n; d++) if (filter(d)) docs[count++] = d;
    return { docs, scores: new Float64Array(count), count };
  }
  const postings = await ctx.postings(plan.clauses.map((c) => c.term));
  // From here on nothing awaits: the shared accumulator is used and reset in one synchronous stretch.
  const acc = ctx.accumulator;
  acc.reset();
  try {
    for (const clause of plan.clauses) {
      const p = postings.get(clause.term);
      if (p) acc.add(clause, p, ctx.norms);
    }
    const touched = acc.touched();
    const docs = new Uint32Array(touched.length);
    const scores = new Float64Array(touched.length);
    const need = minCoverage(plan.unitCount) - 1e-9;
    let count = 0;
    for (const d of touched) {
      if (filter && !filter(d)) continue;
      const coverage = plan.unitCount ? popcount(acc.masks[d]!) / plan.unitCount : 1;
      if (coverage < need) continue;
      docs[count] = d;
      scores[count++] = acc.scores[d]! * coverage * coverage;
    }
    return { docs, scores, count };
  } finally {
    acc.reset();
  }
}

/**
 * The order of results: by score (equal scores to the more recent), or by date when asked or browsing, newest
 * first unless `oldest`; equal dates go by score.
 */
function order(
  matches: Matches,
  dates: Int32Array,
  byDate: 'newest' | 'oldest' | null,
): (a: number, b: number) => boolean {
  const { docs, scores } = matches;
  return (a, b) => {
    const da = dates[docs[a]!]!;
    const db = dates[docs[b]!]!;
    const sa = scores[a]!;
    const sb = scores[b]!;
    if (byDate) {
      if (da !== db) return byDate === 'oldest' ? da < db : da > db;
    } else if (Math.abs(sa - sb) > 1e-9 * Math.max(sa, sb)) return sa > sb;
    if (sa !== sb) return sa > sb;
    if (da !== db) return da > db;
    return docs[a]! < docs[b]!;
  };
}

export async function search(ctx: EngineContext, req: SearchRequest): Promise<SearchResult> {
  const started = performance.now();
  const plan = planQuery(req.query, ctx.entities, ctx.tokenizer());
  const filter = await buildFilter(ctx, req);
  const matches = await match(ctx, plan, filter);
  const dates = ctx.docs.dates;
  const byDate =
    req.sort === 'oldest' ? 'oldest' : req.sort === 'date' || plan.clauses.length === 0 ? 'newest' : null;
  const limit = Math.max(1, Math.min(MAX_LIMIT, req.limit ?? DEFAULT_LIMIT));
  const offset = Math.max(0, req.offset ?? 0);
  const page = topK(matches.count, offset + limit, order(matches, dates, byDate))
    .slice(offset)
    .map((c) => ({ doc: matches.docs[c]!, score: matches.scores[c]! }));
  const articles = await ctx.reader.articles(page.map((r) => r.doc));
  const hits: SearchHit[] = page.map(({ doc, score }) => {
    const article = articles.get(doc);
    const title = ctx.docs.titles[doc] ?? '';
    return {
      id: ctx.docs.ids[doc]!,
      title,
      titleSegments: markAll(title, plan.highlight),
      date: intToDate(dates[doc]!),
      eventDate: article?.date ?? null,
      kind: ARTICLE_KINDS[ctx.docs.kinds[doc]!] ?? 'news',
      score: Math.round(score * 1000) / 1000,
      snippet: article ? bestPassage(article.body, plan.highlight) : [],
    };
  });
  return {
    total: matches.count,
    hits,
    tokenizer: plan.tokenizer,
    normalized: plan.normalized,
    terms: plan.terms,
    tookMs: Math.round((performance.now() - started) * 10) / 10,
  };
}
