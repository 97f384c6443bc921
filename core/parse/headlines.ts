/**
 * Headlines. Headline lines are printed in runs — above their article, between articles, or several together
 * at the bottom of the page — so each run is first cut into headlines (kicker / main / sub lines), then each
 * headline is matched to the article whose body shares its words, names and numbers.
 *
 * Cutting a run: every possible cut is scored by how well each piece matches a single article, minus a cost
 * per piece (so that lines only split when they clearly belong to different articles), with the printed
 * shape as a tie-breaker: a sub-line (`刘振国出席`, `——…综述`) never opens a headline and a kicker
 * (`…强调`, `全域推动 全员参与`) never closes one.
 *
 * Matching: the assignment of headlines to articles (one each) with the highest total similarity, counting
 * only the lines that match something (a figurative kicker like `一枝一叶总关情` says nothing about the body).
 * A headline printed directly above an article gets a bonus, a larger one on pages that print every headline
 * above its article. A feature's headline (`——…综述`) never goes to a dispatch or a commentary. A lone slogan
 * beside a banner that matches nothing is part of the banner.
 */
import { isAttendanceLine, isFeatureHeadline, isKickerLine, isParallelPhrases, isSubLine } from './classify';
import type { HeadlineLine, HeadlineRun, Segment } from './segment';
import {
  bestDocument,
  buildSimilarityIndex,
  similarities,
  type Scores,
  type SimilarityIndex,
} from './similarity';
import { compact } from './text';

/** Cost of cutting a run once more, so that a line joins its neighbours unless it clearly belongs elsewhere. */
const PIECE_COST = 0.3;
/** Penalty that rules out a cut: a sub-line opening a headline, a kicker closing one. */
const SHAPE_PENALTY = 1.5;
/** Penalty for a cut after a two-phrase line, which is more often a kicker than the end of a headline. */
const SOFT_SHAPE_PENALTY = 0.3;
/** Bonus for a headline printed immediately above the article it is compared with. */
const INLINE_BONUS = 0.25;
/** The bonus on pages that print their headlines above their articles (most inline runs match what follows). */
const INLINE_PAGE_BONUS = 0.5;
/** A line matching no article better than this is figurative (`一枝一叶总关情`) and carries no evidence. */
const MIN_EVIDENCE = 0.25;
/** Lowest similarity at which a headline is matched to an article. */
const MIN_MATCH = 0.35;
/** A single slogan-shaped line must match much better to count as a headline. */
const MIN_SLOGAN_MATCH = 0.6;

export interface HeadlineArticle {
  /** Normalised body text. */
  body: string;
  segment: Segment | null;
}

export interface HeadlineGroup {
  lines: HeadlineLine[];
  run: HeadlineRun;
  lastInRun: boolean;
}

export interface MatchedHeadline {
  group: HeadlineGroup;
  /** Index of the matched article, or null. */
  article: number | null;
  text: string;
  /** A lone slogan, reported as a banner rather than as an unmatched headline. */
  banner: boolean;
}

/** Similarity of each headline line to each article, computed once per line. */
type LineScores = (line: HeadlineLine) => Scores;

function lineScorer(index: SimilarityIndex): LineScores {
  const cache = new Map<HeadlineLine, Scores>();
  return (line) => {
    let scores = cache.get(line);
    if (scores === undefined) {
      scores = similarities(index, line.text);
      cache.set(line, scores);
    }
    return scores;
  };
}

/**
 * Value of making lines from..to one headline: how well they match their best common article, where a line
 * that would match another article better counts against the piece by the difference.
 */
function pieceValue(
  scores: readonly Scores[],
  bestOfLine: number[],
  lines: readonly HeadlineLine[],
  from: number,
  to: number,
): number {
  // An article no line of the piece shares anything with scores below 0, so only the lines' candidates count.
  const candidates = new Set<number>();
  for (let i = from; i <= to; i += 1) for (const article of scores[i]?.keys() ?? []) candidates.add(article);
  let best = 0;
  for (const article of candidates) {
    let sum = 0;
    for (let i = from; i <= to; i += 1) {
      const score = scores[i]?.get(article) ?? 0;
      sum += score - Math.max(0, (bestOfLine[i] ?? 0) - score);
    }
    best = Math.max(best, sum);
  }
  let value = best - PIECE_COST;
  const first = lines[from];
  const last = lines[to];
  const isLastOfRun = to === lines.length - 1;
  if (first !== undefined && from > 0 && isSubLine(first.text)) value -= SHAPE_PENALTY;
  // Who attended is said last: a line after it that says something else starts the next headline.
  for (let i = from + 1; i <= to; i += 1) {
    const line = lines[i];
    if (line !== undefined && isAttendanceLine(lines[i - 1]?.text ?? '') && !isSubLine(line.text)) {
      value -= SHAPE_PENALTY;
    }
  }
  if (last !== undefined && !isLastOfRun) {
    const following = lines[to + 1];
    const parallel = isParallelPhrases(last.text) && following !== undefined && !isSubLine(following.text);
    // A figurative two-phrase line that matches no article (`全域推动 全员参与`) is a kicker: it leads into
    // the line after it and never closes a headline.
    if (isKickerLine(last.text) || (parallel && (bestOfLine[to] ?? 0) < MIN_EVIDENCE)) value -= SHAPE_PENALTY;
    else if (parallel) value -= SOFT_SHAPE_PENALTY;
  }
  return value;
}

/** Best cut of one run into headlines (dynamic programming over cut points). */
function cutRun(run: HeadlineRun, scoresOf: LineScores): HeadlineGroup[] {
  const lines = run.lines;
  if (lines.length === 0) return [];
  if (run.vertical && lines.length <= 1) return [{ lines: [...lines], run, lastInRun: true }];
  const scores = lines.map(scoresOf);
  const bestOfLine = scores.map((row) => Math.max(0, ...row.values()));
  const best: number[] = [0];
  const cutAt: number[] = [0];
  for (let end = 1; end <= lines.length; end += 1) {
    best[end] = -Infinity;
    for (let start = Math.max(0, end - MAX_HEADLINE_LINES); start < end; start += 1) {
      const value = (best[start] ?? -Infinity) + pieceValue(scores, bestOfLine, lines, start, end - 1);
      if (value > (best[end] ?? -Infinity)) {
        best[end] = value;
        cutAt[end] = start;
      }
    }
  }
  const groups: HeadlineGroup[] = [];
  let end = lines.length;
  while (end > 0) {
    const start = cutAt[end] ?? 0;
    groups.unshift({ lines: lines.slice(start, end), run, lastInRun: end === lines.length });
    end = start;
  }
  return groups;
}

function groupText(group: HeadlineGroup): string {
  return group.lines.map((line) => line.text).join(' ');
}

/** The lines of a headline that say what it is about (figurative kickers left out), as one text. */
function evidenceText(group: HeadlineGroup, scoresOf: LineScores): string {
  const evidence = group.lines.filter((line) =>
    [...scoresOf(line).values()].some((score) => score >= MIN_EVIDENCE),
  );
  return (evidence.length > 0 ? evidence : group.lines).map((line) => line.text).join(' ');
}

/** Headlines of features (`——…综述`) never belong to a dispatch or a commentary. */
function kindFits(featureHeadline: boolean, article: HeadlineArticle): boolean {
  const origin = article.segment?.origin;
  return (
    !featureHeadline ||
    (origin !== 'commentary' && origin !== 'local-dispatch' && origin !== 'agency-dispatch')
  );
}

/**
 * The bonus for inline headlines: larger on pages whose inline runs mostly match the article that follows
 * them anyway, i.e. pages that print each headline above its article.
 */
function inlineBonus(
  runs: readonly HeadlineRun[],
  index: SimilarityIndex,
  articles: readonly HeadlineArticle[],
): number {
  let inline = 0;
  let confirmed = 0;
  for (const run of runs) {
    if (run.next === null) continue;
    inline += 1;
    const text = run.lines.map((line) => line.text).join(' ');
    // With no shared word at all, every article scores 0 and the first is the best.
    const best = bestDocument(similarities(index, text)) ?? 0;
    if (articles[best]?.segment === run.next) confirmed += 1;
  }
  return confirmed >= 2 && confirmed * 2 >= inline ? INLINE_PAGE_BONUS : INLINE_BONUS;
}

function isLoneSlogan(group: HeadlineGroup): boolean {
  const only = group.lines[0];
  return (
    group.lines.length === 1 &&
    only !== undefined &&
    group.run.lines.length === 1 &&
    isParallelPhrases(only.text)
  );
}

/** Score of each article that can own a headline (the others are absent). */
function candidateScores(
  group: HeadlineGroup,
  index: SimilarityIndex,
  scoresOf: LineScores,
  articles: readonly HeadlineArticle[],
  articleOfSegment: ReadonlyMap<Segment, number>,
  bonus: number,
): Map<number, number> {
  const content = similarities(index, evidenceText(group, scoresOf));
  const featureHeadline = isFeatureHeadline(groupText(group));
  const slogan = isLoneSlogan(group);
  const inlineSegment = group.lastInRun ? group.run.next : null;
  const inlineArticle = inlineSegment === null ? undefined : articleOfSegment.get(inlineSegment);
  const candidates = new Set(content.keys());
  if (inlineArticle !== undefined) candidates.add(inlineArticle);
  const result = new Map<number, number>();
  for (const articleIndex of [...candidates].sort((a, b) => a - b)) {
    const article = articles[articleIndex];
    if (article === undefined || !kindFits(featureHeadline, article)) continue;
    const inline = articleIndex === inlineArticle;
    const score = (content.get(articleIndex) ?? 0) + (inline ? bonus : 0);
    const minimum = slogan && !inline ? MIN_SLOGAN_MATCH : MIN_MATCH;
    if (score >= minimum) result.set(articleIndex, score);
  }
  return result;
}

/** Most lines one headline has (kicker, two wrapped main lines, sub-line, and some slack). */
const MAX_HEADLINE_LINES = 6;
/** Exhaustive assignment up to these sizes, greedy above (only reachable with pathological input). */
const EXACT_MAX_GROUPS = 12;
const EXACT_MAX_ARTICLES = 16;

/** One article per headline and one headline per article, with the highest total score. */
function assign(
  candidates: ReadonlyArray<ReadonlyMap<number, number>>,
  articleCount: number,
): Array<number | null> {
  const groupCount = candidates.length;
  if (groupCount > EXACT_MAX_GROUPS || articleCount > EXACT_MAX_ARTICLES) return assignGreedily(candidates);
  const scores = candidates.map((row) =>
    Array.from({ length: articleCount }, (_, article) => row.get(article) ?? 0),
  );
  const memo = new Map<string, { total: number; choice: Array<number | null> }>();
  const search = (group: number, used: number): { total: number; choice: Array<number | null> } => {
    if (group >= groupCount) return { total: 0, choice: [] };
    const key = `${group}:${used}`;
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    const skip = search(group + 1, used);
    let best = { total: skip.total, choice: [null as number | null, ...skip.choice] };
    (scores[group] ?? []).forEach((score, article) => {
      if (score <= 0 || (used & (1 << article)) !== 0) return;
      const rest = search(group + 1, used | (1 << article));
      if (score + rest.total > best.total)
        best = { total: score + rest.total, choice: [article, ...rest.choice] };
    });
    memo.set(key, best);
    return best;
  };
  return search(0, 0).choice;
}

function assignGreedily(scores: ReadonlyArray<ReadonlyMap<number, number>>): Array<number | null> {
  const pairs: Array<{ group: number; article: number; score: number }> = [];
  scores.forEach((row, group) => {
    for (const [article, score] of [...row].sort(([a], [b]) => a - b)) {
      if (score > 0) pairs.push({ group, article, score });
    }
  });
  pairs.sort((a, b) => b.score - a.score);
  const choice: Array<number | null> = scores.map(() => null);
  const usedArticles = new Set<number>();
  for (const pair of pairs) {
    if (choice[pair.group] !== null || usedArticles.has(pair.article)) continue;
    choice[pair.group] = pair.article;
    usedArticles.add(pair.article);
  }
  return choice;
}

/**
 * Joins the lines of a headline: a space between kicker, main and sub lines, nothing where a line merely
 * wrapped (the article body runs the two line ends together: `…柳林、临` + `县开展…`).
 */
export function joinHeadlineLines(lines: readonly HeadlineLine[], body: string | null): string {
  const tightBody = body === null ? '' : compact(body);
  let text = '';
  lines.forEach((line, i) => {
    if (i === 0) {
      text = line.text;
      return;
    }
    const previous = [...compact(lines[i - 1]?.text ?? '')];
    const current = [...compact(line.text)];
    const seam = previous.slice(-2).join('') + current.slice(0, 2).join('');
    const wrapped =
      tightBody !== '' && previous.length >= 2 && current.length >= 2 && tightBody.includes(seam);
    text += (wrapped ? '' : ' ') + line.text;
  });
  return text;
}

/**
 * A kicker (`全域推动 全员参与`, `…强调`) that matched nothing on its own leads into the headline printed right
 * after it in the same run; it is never a headline by itself.
 */
function joinStrayKickers(groups: HeadlineGroup[], choice: Array<number | null>): void {
  for (let i = groups.length - 2; i >= 0; i -= 1) {
    const group = groups[i];
    const next = groups[i + 1];
    if (group === undefined || next === undefined || next.run !== group.run) continue;
    if ((choice[i] ?? null) !== null || (choice[i + 1] ?? null) === null) continue;
    if (!group.lines.every((line) => isParallelPhrases(line.text) || isKickerLine(line.text))) continue;
    groups[i + 1] = { ...next, lines: [...group.lines, ...next.lines] };
    groups.splice(i, 1);
    choice.splice(i, 1);
  }
}

export function matchHeadlines(
  runs: readonly HeadlineRun[],
  articles: readonly HeadlineArticle[],
): MatchedHeadline[] {
  const index = buildSimilarityIndex(articles.map((article) => article.body));
  const scoresOf = lineScorer(index);
  const groups = runs.flatMap((run) => cutRun(run, scoresOf));
  const bonus = inlineBonus(runs, index, articles);
  const articleOfSegment = new Map<Segment, number>();
  articles.forEach((article, i) => {
    if (article.segment !== null) articleOfSegment.set(article.segment, i);
  });
  const scores = groups.map((group) =>
    candidateScores(group, index, scoresOf, articles, articleOfSegment, bonus),
  );
  const choice = assign(scores, articles.length);
  joinStrayKickers(groups, choice);
  return groups.map((group, i) => {
    const article = choice[i] ?? null;
    const body = article === null ? null : (articles[article]?.body ?? null);
    const banner = article === null && isLoneSlogan(group) && group.run.besideBanner;
    return { group, article, text: joinHeadlineLines(group.lines, body), banner };
  });
}
