/**
 * Turns what a reader typed into weighted clauses over the index.
 *
 * - Han text: jieba words (when the segmenter is ready) plus character bigrams; before jieba has warmed up, the
 *   whole run and the entity names found in it stand in for the words, so the first answers need no dictionary.
 * - Entity names in the query add a clause on the entity's mentions; a query that is exactly a name counts more.
 * - Latin text that is a pinyin spelling or initials of an entity becomes that entity and its Han name.
 * - Every clause that shows a piece of the query is present ("covers" it) sets bits in a unit mask: a document's
 *   coverage is the share of query characters/tokens it contains, whatever segmentation found them.
 */
import { bigramsOf, hanWords, preciseWords } from './analyze';
import type { EntityIndex } from './lexicon';
import { normalizeInput } from './normalize';
import { bigramTerm, entityTerm } from './terms';
import { runs } from './text';
import { STOPWORDS, type Tokenizer } from './tokenizer';

/** Relative weights of clause kinds (before idf and term frequency). */
export const WEIGHTS = { word: 1, subword: 0.4, bigram: 0.4, entity: 1.5, exactEntity: 4 } as const;

/** Coverage is tracked for the first 32 query units (a bitmask per document). */
const MAX_UNITS = 32;

export interface Clause {
  term: string;
  weight: number;
  /** Bitmask of query units this clause proves present. */
  units: number;
}

export interface QueryPlan {
  normalized: string;
  clauses: Clause[];
  unitCount: number;
  /** Strings to mark in snippets: phrases and words first, bigrams as the fallback pieces. */
  highlight: string[];
  /** Entity numbers the query names (by Han name or by pinyin). */
  entities: number[];
  /** The readable terms, for display and logs. */
  terms: string[];
  tokenizer: 'jieba' | 'quick';
}

class PlanBuilder {
  private readonly clauses = new Map<string, Clause>();
  readonly highlight = new Set<string>();
  readonly entities = new Set<number>();
  readonly terms = new Set<string>();
  units = 0;

  unit(): number {
    if (this.units >= MAX_UNITS) return 0;
    return (2 ** this.units++) >>> 0;
  }

  add(term: string, weight: number, units = 0): void {
    const clause = this.clauses.get(term);
    if (clause) {
      clause.weight = Math.max(clause.weight, weight);
      clause.units = (clause.units | units) >>> 0;
    } else this.clauses.set(term, { term, weight, units: units >>> 0 });
  }

  list(): Clause[] {
    return [...this.clauses.values()];
  }
}

function addHanRun(
  plan: PlanBuilder,
  run: string,
  entities: EntityIndex,
  tokenizer: Tokenizer | null,
  exactEntity: boolean,
): void {
  if (run.length === 1) {
    if (STOPWORDS.has(run)) return;
    plan.add(run, WEIGHTS.word, plan.unit());
    plan.highlight.add(run);
    plan.terms.add(run);
    return;
  }
  const units = Array.from(run, () => plan.unit());
  // The words the query means weigh fully; the shorter words jieba's search mode finds inside them (城市 in
  // 文明城市) match more loosely and weigh less, or an article repeating 城市 would beat one about 文明城市.
  const words = tokenizer ? preciseWords(run, tokenizer) : run.length <= 8 ? [run] : [];
  const inner = tokenizer ? hanWords(run, tokenizer).filter((w) => !words.includes(w)) : [];
  const wordWeight = (word: string) =>
    words.includes(word) ? WEIGHTS.word : inner.includes(word) ? WEIGHTS.subword : 0;
  bigramsOf(run).forEach((pair, i) => {
    const pairUnits = (units[i]! | units[i + 1]!) >>> 0;
    plan.add(bigramTerm(pair), WEIGHTS.bigram, pairUnits);
    // An article that has the pair as a word is indexed under the word alone (analyze.ts): the word shows the
    // pair present too, and weighs what the word and the bigram weighed together.
    plan.add(pair, wordWeight(pair) + WEIGHTS.bigram, pairUnits);
    plan.highlight.add(pair);
  });
  plan.highlight.add(run);
  for (const word of words) {
    plan.add(word, WEIGHTS.word);
    plan.terms.add(word);
    if (word.length >= 2) plan.highlight.add(word);
  }
  for (const word of inner) {
    plan.add(word, WEIGHTS.subword);
    if (word.length >= 2) plan.highlight.add(word);
  }
  for (const match of entities.scan(run)) {
    for (const e of match.entities) {
      const entry = entities.entry(e);
      if (!entry) continue;
      plan.entities.add(e);
      // the strong boost is for a query that is the entity's name; a topic's aliases are related words
      // (疫苗接种 for 疫情防控), not its name
      const exact = exactEntity && match.name === run && (entry.kind !== 'topic' || entry.name === run);
      plan.add(entityTerm(entry.id), exact ? WEIGHTS.exactEntity : WEIGHTS.entity);
      plan.add(match.name, WEIGHTS.word);
      plan.terms.add(match.name);
    }
  }
}

/** Entities a Latin query token spells (full pinyin, initials, then a pinyin prefix of four letters or more). */
function pinyinEntities(token: string, entities: EntityIndex): number[] {
  if (!/^[a-z]+$/.test(token)) return [];
  const exact = entities.byPinyin(token);
  return exact.length ? exact : entities.byPinyinPrefix(token);
}

export function planQuery(raw: string, entities: EntityIndex, tokenizer: Tokenizer | null): QueryPlan {
  const normalized = normalizeInput(raw).replace(/\s+/g, ' ').trim();
  const plan = new PlanBuilder();
  const parts = runs(normalized);
  const single = parts.length === 1;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.kind === 'han') {
      addHanRun(plan, part.text, entities, tokenizer, single);
      continue;
    }
    // "sun da jun": consecutive Latin letter tokens are first tried together as one pinyin spelling.
    let j = i;
    let joined = '';
    while (j < parts.length && parts[j]!.kind === 'latin' && /^[a-z]+$/.test(parts[j]!.text)) {
      joined += parts[j]!.text;
      j++;
    }
    let spelled = j - i > 1 ? entities.byPinyin(joined) : [];
    const spelledTogether = spelled.length > 0;
    // the whole query is one name ("Sun Dajun"): weighs like a query that is the Han name
    const whole = single || (spelledTogether && i === 0 && j === parts.length);
    if (spelledTogether) i = j - 1;
    else spelled = pinyinEntities(part.text, entities);
    const unit = plan.unit();
    if (!spelledTogether) {
      // Latin is also searched as it is ("GDP", "5G", an English word that looks like pinyin)
      plan.add(part.text, WEIGHTS.word, unit);
      plan.highlight.add(part.text);
      plan.terms.add(part.text);
    }
    for (const e of spelled.slice(0, 8)) {
      const entry = entities.entry(e);
      if (!entry) continue;
      plan.entities.add(e);
      // the entity's mentions prove the token present; its Han name is searched as text as well
      plan.add(entityTerm(entry.id), whole ? WEIGHTS.exactEntity : WEIGHTS.entity, unit);
      for (const name of entry.names) {
        // jieba keeps dictionary names whole, so the name as a word also proves the token present
        plan.add(name, WEIGHTS.word, unit);
        for (const pair of bigramsOf(name)) plan.add(bigramTerm(pair), WEIGHTS.bigram);
        plan.highlight.add(name);
      }
      plan.terms.add(entry.name);
    }
  }
  return {
    normalized,
    clauses: plan.list(),
    unitCount: Math.min(plan.units, MAX_UNITS),
    highlight: [...plan.highlight],
    entities: [...plan.entities],
    terms: [...plan.terms],
    tokenizer: tokenizer ? 'jieba' : 'quick',
  };
}
