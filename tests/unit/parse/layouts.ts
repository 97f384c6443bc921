/**
 * Front pages laid out afresh from the seed pages' own articles, with the articles each page must parse into
 * known exactly. Bodies, headlines, names and captions are cut from the seed articles (nothing is invented);
 * only the layout changes: column width, where headlines stand and how they are printed, where bylines,
 * captions, credits, jumps and slogans go, blank lines, half-width punctuation.
 */
import type { ArchiveArticle, PageInput } from '../../../core/parse/index';
import { normalizeHeadlineLine, resolveDatelineDate } from '../../../core/parse/index';
import { seedArchive, seedPages } from './helpers';

/** A seed article as material for new pages. */
export interface SourceArticle {
  id: string;
  editionDate: string;
  kind: ArchiveArticle['kind'];
  /** Normalised paragraphs. */
  paragraphs: string[];
  reporters: string[];
  /** 本报讯 or 新华社 dispatch (with the place of an agency dateline), or a byline on its own lines. */
  opening:
    | { type: 'local' }
    | { type: 'agency'; place: string }
    | { type: 'feature' }
    | { type: 'commentary' }
    | { type: 'photo' };
  /** Month and day of the dateline, when the body opens with one. */
  dateline: { month: number; day: number } | null;
  /** The printed headline lines (kicker, main, sub), normalised, and the headline they make. */
  headlineLines: string[] | null;
  headline: string | null;
  photos: Array<{ caption: string; photographers: string[] }>;
  /** Credit of a photo story (`记者 刘亮亮 摄`). */
  photoCredit: string[] | null;
  /** The page the article jumps to, when the seed printed it in part. */
  continued: string | null;
}

export interface ExpectedArticle {
  source: string;
  kind: ArchiveArticle['kind'];
  headline: string | null;
  reporters: string[];
  photographers: string[];
  date: string | null;
  continued: string | null;
  body: string;
}

export interface Layout {
  seed: number;
  input: PageInput;
  expected: ExpectedArticle[];
  /** Texts printed on the page that must never end up in a body (headline lines, captions, slogans). */
  furniture: string[];
  /** What was chosen, for messages. */
  description: string;
}

/** Small deterministic generator (mulberry32), so that a layout is reproduced from its seed. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from nothing');
    return item;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  }
}

const LEADING_DATE = /^(\d{1,2})月(\d{1,2})(?:日|[—–-](?:\d{1,2}月)?\d{1,2}日)/u;

let sources: SourceArticle[] | null = null;

/** The seed articles as layout material, read from the parsed seed pages (which are gold-exact). */
export function sourceArticles(): SourceArticle[] {
  if (sources !== null) return sources;
  const { archive, report } = seedArchive();
  const pages = seedPages();
  sources = archive.articles.map((article): SourceArticle => {
    const edition = archive.editions.find((candidate) => candidate.id === article.edition);
    const page = pages.find((candidate) => candidate.file === edition?.file);
    const pageReport = report.pages.find((candidate) => candidate.edition === article.edition);
    const rawLines = (page?.text ?? '').split(/\r\n|\r|\n/u);
    const printed = pageReport?.headlines.find((headline) => headline.article === article.id);
    let headlineLines: string[] | null = null;
    if (printed !== undefined) {
      const texts = printed.lines.map((number) => rawLines[number - 1] ?? '');
      // A vertical headline is one character per line: the characters make the headline's words.
      headlineLines = texts.every((text) => [...text.trim()].length === 1)
        ? printed.text.split(' ')
        : texts.map((text) => normalizeHeadlineLine(text));
    }
    let opening: SourceArticle['opening'] = { type: 'local' };
    if (article.kind === 'feature') opening = { type: 'feature' };
    else if (article.kind === 'commentary') opening = { type: 'commentary' };
    else if (article.kind === 'photo') opening = { type: 'photo' };
    else if (article.source === '新华社') {
      const line = rawLines.find((text) => text.startsWith('新华社')) ?? '';
      opening = { type: 'agency', place: /^新华社(\p{Script=Han}*?)\s*\d/u.exec(line)?.[1] ?? '北京' };
    }
    const lead = LEADING_DATE.exec(article.body);
    const agencyDate =
      article.date === null
        ? null
        : { month: Number(article.date.slice(5, 7)), day: Number(article.date.slice(8, 10)) };
    const dateline =
      opening.type === 'agency'
        ? agencyDate
        : opening.type === 'local' && lead !== null
          ? { month: Number(lead[1]), day: Number(lead[2]) }
          : null;
    const photoStory = article.kind === 'photo';
    return {
      id: article.id,
      editionDate: edition?.date ?? '',
      kind: article.kind,
      paragraphs: article.body.split('\n'),
      reporters: [...article.reporters],
      opening,
      dateline,
      headlineLines,
      headline: article.headline,
      photos: photoStory ? [] : (article.photos ?? []).map((photo) => ({ ...photo })),
      photoCredit: photoStory ? [...article.photographers] : null,
      continued: article.continued,
    };
  });
  return sources;
}

/** Printed width: full-width characters take one, ASCII half of one. */
function widthOf(ch: string): number {
  if (ch === ' ') return 0;
  // Half-width , ; : are an extraction's rendering of full-width marks: in print each took a whole cell.
  if (/[,;:]/u.test(ch)) return 1;
  return ch.charCodeAt(0) < 0x80 ? 0.5 : 1;
}

/**
 * Hard-wraps a paragraph into a column: the first line indented by two characters, never breaking inside a
 * Latin word (extraction would put a space there).
 */
function wrap(text: string, column: number, indent: boolean): string[] {
  const chars = [...text];
  const lines: string[] = [];
  let line = '';
  let width = 0;
  let limit = indent ? column - 2 : column;
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i] ?? '';
    // Closing punctuation never starts a line (it hangs in the margin instead), as in print.
    const hangs = /[，。、；：！？”’）》」』…,;:]/u.test(ch);
    if (hangs && width >= limit && width + widthOf(ch) > limit + 1) {
      // Only one mark hangs: a second one takes the line's last character down with it.
      const chars = [...line];
      const moved = chars.pop() ?? '';
      lines.push(chars.join(''));
      line = moved;
      width = widthOf(moved);
      limit = column;
    } else if (width + widthOf(ch) > limit && line !== '' && !hangs) {
      // Move a Latin word that would be cut onto the next line.
      let cut = line.length;
      if (/[A-Za-z]/u.test(ch)) while (cut > 0 && /[A-Za-z]/u.test(line[cut - 1] ?? '')) cut -= 1;
      if (cut === 0) cut = line.length;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
      width = [...line].reduce((sum, c) => sum + widthOf(c), 0);
      limit = column;
    }
    line += ch;
    width += widthOf(ch);
  }
  if (line !== '') lines.push(line);
  // A space where the line broke is not printed (a leading one would read as a frame mark).
  return lines.map((text) => text.trim()).filter((text) => text !== '');
}

/** Half-width , ; : in Chinese text, as some extractions print them. */
function halfWidth(text: string, random: Random): string {
  if (!random.chance(0.5)) return text;
  return text.replace(
    /[，；：](?=\p{Script=Han})/gu,
    (ch) => ({ '，': ',', '；': ';', '：': ':' })[ch] ?? ch,
  );
}

/** Spaces that extraction puts around numbers and between names (`5月 9日`). */
function extractionSpaces(text: string, random: Random): string {
  return random.chance(0.5) ? text.replace(/(\d+月)(\d)/u, '$1 $2') : text;
}

const SLOGANS = ['全力创建文明城市全力创建文明城市', '学党史 悟思想 办实事 开新局·先进典型'];
const JUMP_PAGES = ['2', '3', '4'];

type HeadlinePlacement = 'above' | 'below' | 'top' | 'bottom';

function headlineBlock(source: SourceArticle, random: Random, furniture: string[]): string[] {
  const lines = source.headlineLines ?? [];
  furniture.push(...lines);
  const style = random.int(0, 9);
  const short = lines.length <= 2 && lines.every((line) => [...line.replace(/\s/gu, '')].length <= 10);
  if (style === 0 && short) {
    // Vertical: one character per line, each headline line a column of its own.
    return [lines.map((line) => [...line.replace(/\s/gu, '')].join('\n')).join('\n\n')];
  }
  return lines.map((line) =>
    style === 1 && !/\s/u.test(line) && [...line].length <= 16 ? [...line].join(' ') : line,
  );
}

function bylineNames(names: readonly string[], random: Random): string {
  return names.join(random.chance(0.3) ? '  ' : ' ');
}

/** One article's printed lines and what it must parse into. */
function layArticle(
  source: SourceArticle,
  column: number,
  editionDate: string,
  random: Random,
  furniture: string[],
): { lines: string[]; expected: ExpectedArticle } {
  const count = source.paragraphs.length;
  let keep = count <= 2 ? count : random.int(Math.min(3, count), count);
  // An article shortened without a jump ends where a paragraph ends a sentence: a page never ends an article on
  // a subheading unless it jumps.
  while (keep > 1 && keep < count && !/[。！？”…）]$/u.test(source.paragraphs[keep - 1] ?? '')) keep -= 1;
  const paragraphs = source.paragraphs.slice(0, keep);
  const cuts = keep < count && source.opening.type === 'local' && random.chance(0.3);
  const jumps = cuts || (keep === count && source.continued !== null);
  const continued = cuts ? `${random.pick(JUMP_PAGES)}版` : keep === count ? source.continued : null;
  if (cuts) {
    // The jump cuts the last paragraph mid-sentence, after a comma or between two characters.
    const last = [...(paragraphs[keep - 1] ?? '')];
    const cut = Math.max(6, Math.floor(last.length * (0.3 + 0.6 * random.next())));
    paragraphs[keep - 1] = last
      .slice(0, cut)
      .join('')
      .replace(/[“‘（《]+$/u, '');
  }
  const reporters = [...source.reporters];
  const photographers: string[] = [];
  const printed = paragraphs.map((paragraph) => halfWidth(paragraph, random));
  const lines: string[] = [];
  let trailing: string | null = null;

  switch (source.opening.type) {
    case 'local': {
      const inMarker = reporters.length === 0 || jumps || random.chance(0.5);
      const byline = reporters.length === 0 || !inMarker ? '' : `（记者 ${bylineNames(reporters, random)}）`;
      printed[0] = `本报讯${random.chance(0.5) ? ' ' : ''}${byline} ${extractionSpaces(printed[0] ?? '', random)}`;
      if (!inMarker) trailing = `（${bylineNames(reporters, random)}）`;
      break;
    }
    case 'agency': {
      const { month, day } = source.dateline ?? { month: 1, day: 1 };
      printed[0] = `新华社${source.opening.place} ${month}月 ${day}日电 ${printed[0] ?? ''}`;
      break;
    }
    case 'feature': {
      const [first, ...others] = reporters;
      lines.push(`□ 本报记者 ${first ?? ''}`);
      if (others.length > 0) lines.push(`${random.pick(['通讯员', '通 讯 员'])} ${others.join(' ')}`);
      break;
    }
    case 'commentary':
      lines.push('□ 本报评论员');
      break;
    case 'photo':
      break;
  }

  const captionAfter = new Map<number, string[]>();
  for (const photo of source.photos) {
    photographers.push(...photo.photographers);
    const credit = photo.photographers.join(' ');
    const form = random.int(0, 2);
    const text =
      form === 0
        ? [`${photo.caption} 记者 ${credit} 摄`]
        : form === 1
          ? [photo.caption, `记者 ${credit} 摄`]
          : [`${photo.caption} ${credit} 摄`];
    furniture.push(photo.caption);
    captionAfter.set(random.int(0, paragraphs.length - 1), text);
  }

  printed.forEach((paragraph, i) => {
    const last = i === printed.length - 1;
    const wrapped = wrap(paragraph, column, true);
    if (last && jumps && continued !== null)
      wrapped[wrapped.length - 1] += `（下转${continued.replace('版', '')}版）`;
    if (last && trailing !== null) {
      const lastLine = wrapped[wrapped.length - 1] ?? '';
      const fits = [...lastLine].length + [...trailing.replace(/\s/gu, '')].length <= column;
      if (fits && random.chance(0.5)) wrapped[wrapped.length - 1] = `${lastLine}${trailing}`;
      else wrapped.push(trailing);
    }
    lines.push(...wrapped);
    const caption = captionAfter.get(i);
    if (caption !== undefined) lines.push(...caption);
  });
  if (source.photoCredit !== null) {
    const credit = source.photoCredit.join(' ');
    lines.push(random.chance(0.7) ? `记者 ${credit} 摄` : `${credit} 摄`);
    photographers.push(...source.photoCredit);
  }

  const date = source.dateline === null ? null : resolveDatelineDate(source.dateline, editionDate);
  return {
    lines,
    expected: {
      source: source.id,
      kind: source.kind,
      headline: source.headline,
      reporters,
      photographers: [...new Set(photographers)],
      date,
      continued,
      body: paragraphs.join('\n'),
    },
  };
}

const PLACEMENTS: HeadlinePlacement[] = ['above', 'below', 'top', 'bottom'];

/** Lays out one page from the seed articles; the same seed always gives the same page. */
export function generateLayout(seed: number): Layout {
  const random = new Random(seed);
  const all = sourceArticles();
  const chosen = random.shuffle(all).slice(0, random.int(3, 7));
  const column = random.int(11, 20);
  const editionDate =
    chosen
      .map((source) => source.editionDate)
      .sort()
      .at(-1) ?? '2022-03-26';
  const placement = random.pick(PLACEMENTS);
  const blankLines = random.chance(0.5);
  const furniture: string[] = [];
  const page: string[] = [];
  const expected: ExpectedArticle[] = [];
  const collected: string[] = [];

  chosen.forEach((source, position) => {
    const laid = layArticle(source, column, editionDate, random, furniture);
    expected.push(laid.expected);
    const headline = source.headlineLines === null ? [] : headlineBlock(source, random, furniture);
    const own =
      placement === 'above' || placement === 'below' ? placement : random.chance(0.2) ? 'above' : placement;
    if (own === 'above') page.push(...headline);
    // Extraction marks the first line of a text frame with a leading space; an article that opens without a
    // marker or byline (a photo story) has nothing else to tell where it starts, so it always keeps the mark.
    const cue = source.opening.type === 'photo' || random.chance(0.7);
    laid.lines.forEach((line, i) => page.push(i === 0 && cue ? ` ${line}` : line));
    if (own === 'below') page.push(...headline);
    if (own === 'top' || own === 'bottom') collected.push(...(headline.length > 0 ? [...headline] : []));
    if (position < chosen.length - 1 && random.chance(0.15)) {
      const slogan = random.pick(SLOGANS);
      furniture.push(slogan);
      page.push(slogan);
    }
  });
  const lines = placement === 'top' ? [...collected, ...page] : [...page, ...collected];
  const text = lines.join(blankLines ? '\n\n' : '\n');
  return {
    seed,
    input: { file: `layout-${seed}.txt`, date: editionDate, page: 1, text: `${text}\n` },
    expected,
    furniture,
    description: `column ${column}, headlines ${placement}, ${blankLines ? 'blank lines' : 'no blank lines'}, articles ${chosen.map((source) => source.id).join(' ')}`,
  };
}

/** How a parsed page compares with its layout's expected articles. */
export interface LayoutScore {
  articles: number;
  /** Parsed articles holding the openings of two or more expected articles. */
  merges: number;
  /** Expected articles whose text no parsed article has whole (and that are not merged into another). */
  fragments: number;
  /** Paragraph breaks of whole articles that differ from the expected ones (missing or extra). */
  breaksWrong: number;
  /** Paragraph breaks expected in all articles. */
  breaks: number;
  /** Parsed articles matching no expected one. */
  extra: number;
  headlineWrong: number;
  bylineWrong: number;
  dateWrong: number;
  kindWrong: number;
  otherWrong: number;
  /** Headline lines, captions or slogans found in a body. */
  furnitureInBody: number;
  failures: string[];
}

const OPENING = 12;

function opening(body: string): string {
  return [...body.replace(/\s/gu, '')].slice(0, OPENING).join('');
}

export function scoreLayout(layout: Layout, parsed: readonly ArchiveArticle[]): LayoutScore {
  const score: LayoutScore = {
    articles: layout.expected.length,
    merges: 0,
    fragments: 0,
    breaksWrong: 0,
    breaks: 0,
    extra: 0,
    headlineWrong: 0,
    bylineWrong: 0,
    dateWrong: 0,
    kindWrong: 0,
    otherWrong: 0,
    furnitureInBody: 0,
    failures: [],
  };
  const fail = (what: string): void => {
    score.failures.push(`layout ${layout.seed} (${layout.description}): ${what}`);
  };
  const used = new Set<ArchiveArticle>();
  for (const article of parsed) {
    const openings = layout.expected.filter((want) => article.body.includes(opening(want.body)));
    if (openings.length >= 2) {
      score.merges += 1;
      fail(`merged ${openings.map((want) => want.source).join(' + ')}`);
    }
  }
  for (const want of layout.expected) {
    score.breaks += breakOffsets(want.body).size;
    // An article is whole when its text is, whatever its paragraph breaks; breaks are counted apart, since a
    // page cannot always show them (a paragraph ending on a full line before one whose indent is lost).
    const flat = want.body.replace(/\n/gu, '');
    const found =
      parsed.find((article) => article.body === want.body) ??
      parsed.find((article) => article.body.replace(/\n/gu, '') === flat);
    if (found !== undefined && found.body !== want.body) {
      const got = breakOffsets(found.body);
      const wanted = breakOffsets(want.body);
      const wrong =
        [...got].filter((at) => !wanted.has(at)).length + [...wanted].filter((at) => !got.has(at)).length;
      score.breaksWrong += wrong;
      fail(
        `${want.source} paragraph breaks: ${wrong} differ (first at ${firstDifference(found.body, want.body)})`,
      );
    }
    if (found === undefined) {
      const holder = parsed.find((article) => article.body.includes(opening(want.body)));
      const merged =
        holder !== undefined &&
        layout.expected.filter((other) => holder.body.includes(opening(other.body))).length >= 2;
      if (!merged) {
        score.fragments += 1;
        fail(
          `${want.source} not whole: ${holder === undefined ? 'opening lost' : `body differs at ${firstDifference(holder.body, want.body)}`}`,
        );
      }
      continue;
    }
    used.add(found);
    if (found.headline !== want.headline) {
      score.headlineWrong += 1;
      fail(
        `${want.source} headline ${JSON.stringify(found.headline)}, expected ${JSON.stringify(want.headline)}`,
      );
    }
    if (found.reporters.join('/') !== want.reporters.join('/')) {
      score.bylineWrong += 1;
      fail(`${want.source} reporters ${found.reporters.join('/')}, expected ${want.reporters.join('/')}`);
    }
    if (found.date !== want.date) {
      score.dateWrong += 1;
      fail(`${want.source} date ${found.date}, expected ${want.date}`);
    }
    if (found.kind !== want.kind) {
      score.kindWrong += 1;
      fail(`${want.source} kind ${found.kind}, expected ${want.kind}`);
    }
    if (
      found.continued !== want.continued ||
      found.photographers.join('/') !== want.photographers.join('/')
    ) {
      score.otherWrong += 1;
      fail(
        `${want.source} continued ${found.continued} photographers ${found.photographers.join('/')}, expected ${want.continued} ${want.photographers.join('/')}`,
      );
    }
  }
  for (const article of parsed) {
    if (!used.has(article) && !layout.expected.some((want) => article.body.includes(opening(want.body)))) {
      score.extra += 1;
      fail(`extra article ${JSON.stringify(article.body.slice(0, 30))}`);
    }
    const compactBody = article.body.replace(/\s/gu, '');
    for (const text of layout.furniture) {
      const tight = text.replace(/\s/gu, '');
      if (
        tight.length >= 4 &&
        compactBody.includes(tight) &&
        !layout.expected.some((want) => want.body.replace(/\s/gu, '').includes(tight))
      ) {
        score.furnitureInBody += 1;
        fail(`"${text}" in the body of ${JSON.stringify(article.body.slice(0, 20))}`);
      }
    }
  }
  return score;
}

/** Where the paragraph breaks stand, as offsets into the text without them. */
function breakOffsets(body: string): Set<number> {
  const offsets = new Set<number>();
  let at = 0;
  for (const ch of body) {
    if (ch === '\n') offsets.add(at);
    else at += 1;
  }
  return offsets;
}

function firstDifference(got: string, want: string): string {
  let i = 0;
  while (i < got.length && i < want.length && got[i] === want[i]) i += 1;
  return `${i}: got ${JSON.stringify(got.slice(Math.max(0, i - 10), i + 20))}, expected ${JSON.stringify(want.slice(Math.max(0, i - 10), i + 20))}`;
}
