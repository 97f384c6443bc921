/**
 * The overlay's test corpus: pages from the open web as a reader meets them (portal chrome, header clocks,
 * related-link lists, infoboxes, forums, traditional reprints), about Lüliang or about somewhere else. Each
 * page lists the strings that must light up, the strings that must stay plain, and its publication date
 * (null where the page gives none the card should trust). The pages live in tests/e2e/pages/corpus/ so the
 * E2E server serves them as they are; the unit test reads the same files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type PageClass = 'positive' | 'traditional' | 'mixed' | 'negative';

export interface CorpusPage {
  file: string;
  class: PageClass;
  /** YYYY-MM-DD, or null when the page has no date to trust. */
  date: string | null;
  /** Distinct strings that must be highlighted (each as printed). */
  highlights: string[];
  /**
   * Strings that must not light up, whole or in part (namesakes, names inside other words: 新兴县 must not
   * light as 兴县; other cities' officials). A longer highlighted name around one is fine (政協呂梁市委員會
   * holds 呂梁市委).
   */
  plain: string[];
}

export const CORPUS_DIR = join(import.meta.dirname, '..', 'e2e', 'pages', 'corpus');
/** The date the corpus is read on: later than every page, as a reader's clock is. */
export const CORPUS_TODAY = '2026-11-30';

export function loadCorpus(): CorpusPage[] {
  return JSON.parse(readFileSync(join(import.meta.dirname, 'corpus.json'), 'utf8')) as CorpusPage[];
}

export function pageHtml(page: CorpusPage): string {
  return readFileSync(join(CORPUS_DIR, page.file), 'utf8');
}

export interface PageOutcome {
  page: CorpusPage;
  /** Text of every highlighted mention. */
  highlighted: string[];
}

export interface CorpusScore {
  /** Over pages about Lüliang (all classes but negative), distinct highlighted strings per page. */
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  negativePages: number;
  /** Negative pages with any highlight. */
  litNegatives: string[];
  /** Readable problems, one per page and kind: what lit up that should not, what was missed. */
  problems: string[];
}

export function scoreCorpus(outcomes: readonly PageOutcome[]): CorpusScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let negativePages = 0;
  const litNegatives: string[] = [];
  const problems: string[] = [];
  for (const { page, highlighted } of outcomes) {
    const shown = new Set(highlighted);
    for (const plain of page.plain) {
      const bad = highlighted.filter(
        (text) => text === plain || (plain.includes(text) && !page.highlights.includes(text)),
      );
      if (bad.length > 0) problems.push(`${page.file}: "${plain}" must stay plain, lit as ${bad.join(', ')}`);
    }
    if (page.class === 'negative') {
      negativePages++;
      if (shown.size > 0) {
        litNegatives.push(page.file);
        problems.push(`${page.file}: a page not about Lüliang lights up: ${[...shown].join(', ')}`);
      }
      continue;
    }
    const expected = new Set(page.highlights);
    const extra = [...shown].filter((text) => !expected.has(text));
    const missed = [...expected].filter((text) => !shown.has(text));
    tp += expected.size - missed.length;
    fp += extra.length;
    fn += missed.length;
    if (extra.length > 0) problems.push(`${page.file}: lit but not expected: ${extra.join(', ')}`);
    if (missed.length > 0) problems.push(`${page.file}: expected but not lit: ${missed.join(', ')}`);
  }
  return {
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    negativePages,
    litNegatives,
    problems,
  };
}
