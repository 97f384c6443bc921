/**
 * The matcher, the relevance rules and the page-date rules on the test corpus (tests/corpus): the seed archive's
 * payload with the word edges computed from jieba's dictionary, as the build ships them. Pages are cut into
 * block-level runs the way the content script reads them (nothing matches across a paragraph or a cell).
 */
import { readFileSync } from 'node:fs';
import { Converter as toTraditionalConverter } from 'opencc-js/cn2t';
import { Converter as toSimplifiedConverter } from 'opencc-js/t2cn';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildArchive } from '../../../core/archive';
import { buildMatcherData, entriesFromEntities, type EntityInput } from '../../../core/match/build';
import { compile, type Automaton } from '../../../core/match/automaton';
import { matcherFromPacked, type Matcher } from '../../../core/match/matcher';
import { packAutomaton, unpackAutomaton, type PackedAutomaton } from '../../../core/match/packed';
import { findPageDate } from '../../../core/match/page-date';
import { decideHighlights } from '../../../core/match/relevance';
import { readSeedPages, SEEDS_DIR } from '../../../scripts/lib/seed-pages';
import { computeShortForms, computeWordEdges, dictionaryPath } from '../../../scripts/lib/word-edges-file';
import {
  CORPUS_TODAY,
  loadCorpus,
  pageHtml,
  scoreCorpus,
  type CorpusPage,
  type PageOutcome,
} from '../../corpus/corpus';

const BLOCK =
  /<\/?(?:address|article|aside|blockquote|body|br|button|caption|dd|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|tbody|td|tfoot|th|thead|tr|ul)\b[^>]*>/gi;
const ENTITIES: Record<string, string> = {
  '&nbsp;': ' ',
  '&gt;': '>',
  '&lt;': '<',
  '&amp;': '&',
  '&quot;': '"',
};

/** The page's visible text as block-level runs, in document order. */
function runsOf(html: string): string[] {
  const body = html.slice(html.indexOf('<body'), html.lastIndexOf('</body>'));
  return body
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
    .replace(BLOCK, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&[a-z]+;/g, (e) => ENTITIES[e] ?? e)
    .split('\n')
    .map((run) => run.trim())
    .filter((run) => run.length > 0);
}

let matcher: Matcher;
let corpus: CorpusPage[];
/** The seed archive's automaton compiled here, and as a frame unpacks it. */
let automaton: Automaton;
let unpacked: Automaton;

beforeAll(() => {
  const { archive } = buildArchive(readSeedPages(SEEDS_DIR));
  const entities = archive.entities as EntityInput[];
  const toTraditional = toTraditionalConverter({ from: 'cn', to: 't' });
  const toSimplified = toSimplifiedConverter({ from: 'hk', to: 'cn' });
  const dictionary = readFileSync(dictionaryPath(), 'utf8');
  const shortForms = computeShortForms(entities, dictionary);
  const blocks = computeWordEdges(entities, dictionary, shortForms);
  const data = buildMatcherData(entriesFromEntities(entities, { toTraditional, shortForms }), {
    toSimplified,
    blocks,
  });
  // as a frame gets it: compiled by the background, through a message (JSON), unpacked
  const packed = JSON.parse(JSON.stringify(packAutomaton(compile(data)))) as PackedAutomaton;
  matcher = matcherFromPacked(packed, data);
  automaton = compile(data);
  unpacked = unpackAutomaton(packed);
  corpus = loadCorpus();
}, 60_000);

function read(page: CorpusPage): { highlighted: string[]; date: string | null; reason: string | null } {
  const runs = runsOf(pageHtml(page));
  const matches = [];
  const texts: string[] = [];
  let offset = 0;
  for (const run of runs) {
    for (const m of matcher.scan(run)) {
      matches.push({ ...m, start: m.start + offset, end: m.end + offset });
      texts.push(run.slice(m.start, m.end));
    }
    offset += run.length + 1;
  }
  const decision = decideHighlights(matcher.entries, matches);
  const highlighted = decision.entities.flatMap((e) => e.matches.map((i) => texts[i]!));
  return {
    highlighted,
    date: findPageDate(runs.join('\n'), { today: CORPUS_TODAY }),
    reason: decision.reason,
  };
}

describe('the automaton a frame unpacks', () => {
  it('is the one the background compiled, word edges, homonyms and folding included', () => {
    expect(automaton.blockFallback.size).toBeGreaterThan(0);
    expect(automaton.leftGuards.size).toBeGreaterThan(0);
    expect(automaton.homonyms.size).toBeGreaterThan(0);
    expect(automaton.foldMap.size).toBeGreaterThan(0);
    expect(unpacked).toEqual(automaton);
  });
});

describe('the test corpus', () => {
  it('has at least 30 pages of every class', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
    for (const kind of ['positive', 'traditional', 'mixed', 'negative'])
      expect(corpus.filter((p) => p.class === kind).length, kind).toBeGreaterThan(0);
  });

  it('leaves every page not about Lüliang plain, and lights the others with precision and recall ≥ 0.97', () => {
    const outcomes: PageOutcome[] = corpus.map((page) => ({ page, highlighted: read(page).highlighted }));
    const score = scoreCorpus(outcomes);
    console.info(
      `corpus: ${corpus.length} pages, precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} ` +
        `(${score.truePositives} right, ${score.falsePositives} extra, ${score.falseNegatives} missed); ` +
        `negative pages lit: ${score.litNegatives.length} of ${score.negativePages}`,
    );
    if (score.problems.length > 0) console.info(score.problems.join('\n'));
    expect(score.problems.filter((p) => p.includes('must stay plain') || p.includes('not about'))).toEqual(
      [],
    );
    expect(score.litNegatives).toEqual([]);
    expect(score.precision, score.problems.join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(score.recall, score.problems.join('\n')).toBeGreaterThanOrEqual(0.97);
  });

  it('gives each page its publication date, or none where the page has no date to trust', () => {
    const wrong = corpus
      .map((page) => ({ file: page.file, expected: page.date, found: read(page).date }))
      .filter((r) => r.found !== r.expected);
    expect(wrong).toEqual([]);
  });
});
