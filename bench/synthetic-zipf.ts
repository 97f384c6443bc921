/**
 * The honest synthetic archive: articles written word by word from a Zipfian draw over a large dictionary
 * (jieba's own, ranked by its frequencies) and the real archive's names, so a synthetic archive of N articles
 * has the vocabulary of a real one (hundreds of thousands of distinct words, most of them rare) instead of the
 * few thousand words of the seed pages recombined. Lengths follow a log-normal per kind, medians from the seed
 * pages; the paper appears daily, with fewer pages at weekends. Deterministic for a seed and a dictionary.
 *
 * Entities are linked to the articles their names were written into (a person with a post printed before the
 * name also gets that post's span), so entity filters, cards and timelines work as on a parsed archive.
 */
import type { Archive, Article, ArticleKind, Edition, Entity, Role } from '../core/types';
import { toSimplified } from '../core/simplified';
import { prng, type SyntheticOptions } from './synthetic';

/** One dictionary line: `word freq tag` as jieba's dict.txt has it. */
export interface DictionaryWord {
  word: string;
  freq: number;
  tag: string;
}

/** Reads jieba's dict.txt format; keeps words made of Han characters only (numbers are written separately). */
export function parseDictionary(text: string): DictionaryWord[] {
  const out: DictionaryWord[] = [];
  for (const line of text.split('\n')) {
    const [word, freq, tag] = line.trim().split(/\s+/);
    if (!word || !/^[\u4e00-\u9fff]+$/.test(word)) continue;
    out.push({ word, freq: Number(freq) || 1, tag: tag ?? 'x' });
  }
  return out;
}

/** Zipf's exponent: the share of the r-th most frequent word falls as 1/r^s. */
const ZIPF_S = 1.0;
/** Chance that the next word repeats one already used in the article (real text is bursty). */
const REPEAT = 0.22;
/** Chance that a word is a number with its unit instead. */
const NUMBER = 0.015;

/** Body length in characters per kind: log-normal with these medians (the seed pages') and spreads. */
const LENGTHS: Record<ArticleKind, { median: number; sigma: number }> = {
  news: { median: 560, sigma: 0.6 },
  feature: { median: 1600, sigma: 0.45 },
  commentary: { median: 1200, sigma: 0.35 },
  photo: { median: 120, sigma: 0.5 },
  saved: { median: 800, sigma: 0.6 },
};
/** The mix of kinds over a whole paper (front pages carry more news than the rest). */
const KINDS: [ArticleKind, number][] = [
  ['news', 0.72],
  ['feature', 0.12],
  ['commentary', 0.06],
  ['photo', 0.1],
];
const UNITS = ['年', '万元', '亿元', '个', '人', '户', '项', '%', '吨', '公里', '亩', '家'];
/** Tags of content words (nouns, verbs, adjectives, names), the words a headline is made of. */
const CONTENT_TAG = /^(n|v|vn|a|an|ns|nr|nt|nz|i|l)/;

/** A sampler of ranks 0..n-1 with probability ∝ 1/(r+1)^s (binary search over the cumulative weights). */
export function zipfSampler(n: number, random: () => number, s = ZIPF_S): () => number {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let r = 0; r < n; r++) cumulative[r] = sum += 1 / (r + 1) ** s;
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** A standard normal draw (Box–Muller). */
function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

const DAY = 86_400_000;
const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Publication days from `from` over `years`, weekends weighted at half a weekday (fewer pages). */
function publicationDays(from: string, years: number): { date: string; weight: number }[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  const days = Math.max(1, Math.round(years * 365.25));
  return Array.from({ length: days }, (_, i) => {
    const ms = start + i * DAY;
    const weekday = new Date(ms).getUTCDay();
    return { date: isoDate(ms), weight: weekday === 0 || weekday === 6 ? 0.5 : 1 };
  });
}

interface Mention {
  entity: number;
  role: number | null;
}

export function zipfArchive(
  source: Archive,
  dictionary: readonly DictionaryWord[],
  options: SyntheticOptions = {},
): Archive {
  const count = options.articles ?? 100_000;
  const perPage = options.perPage ?? 8;
  const random = prng(options.seed ?? 20260101);
  const words = [...dictionary].sort((a, b) => b.freq - a.freq || (a.word < b.word ? -1 : 1));
  if (words.length === 0) throw new Error('The dictionary has no words.');
  const nextWord = zipfSampler(words.length, random);
  const content = words.filter((w) => CONTENT_TAG.test(w.tag) && w.word.length >= 2);
  const nextContent = zipfSampler(content.length, random);
  const reporters = [...new Set(source.articles.flatMap((a) => a.reporters))];
  const entities = source.entities;
  // Entities are named about as often as in the real archive; those it never names (most townships) now and then.
  const entityWeight = zipfSampler(entities.length, random, 0.9);
  const byMentions = entities
    .map((e, i) => ({ i, n: new Set(e.articles).size }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .map((x) => x.i);
  const spellings = entities.map((e) =>
    // a simplified paper prints the simplified spellings (not the traditional aliases)
    [e.name, ...e.aliases].filter((s) => /^[\u4e00-\u9fff]{2,}$/.test(s) && toSimplified(s) === s),
  );

  const pickKind = (): ArticleKind => {
    let x = random();
    for (const [kind, share] of KINDS) if ((x -= share) < 0) return kind;
    return 'news';
  };
  const lengthOf = (kind: ArticleKind): number => {
    const { median, sigma } = LENGTHS[kind];
    return Math.max(40, Math.min(12_000, Math.round(median * Math.exp(sigma * normal(random)))));
  };
  const numberWord = (): string => {
    const unit = UNITS[Math.floor(random() * UNITS.length)]!;
    if (unit === '年') return String(1990 + Math.floor(random() * 40)) + unit;
    const n = Math.floor(Math.exp(random() * 9));
    return (random() < 0.2 ? (n / 10).toFixed(1) : String(n)) + unit;
  };
  const mentionOf = (): Mention => {
    const entity = byMentions[entityWeight()]!;
    const roles = entities[entity]!.roles;
    const role = roles.length && random() < 0.5 ? Math.floor(random() * roles.length) : null;
    return { entity, role };
  };
  const surface = (m: Mention): string => {
    const list = spellings[m.entity]!;
    const name = list.length ? list[random() < 0.8 ? 0 : Math.floor(random() * list.length)]! : '';
    return m.role === null ? name : entities[m.entity]!.roles[m.role]!.title + name;
  };

  /** A body of about `length` characters; the entities named go to `mentions`, its content words to `used`. */
  const writeBody = (length: number, mentions: Mention[], used: string[], dateline: string): string => {
    const paragraphs: string[] = [];
    let paragraph = dateline;
    let total = dateline.length;
    let sentence = 0;
    const planned = Math.min(20, 1 + Math.floor(length / 140));
    const own = Array.from({ length: planned }, mentionOf);
    while (total < length) {
      const clauses = 1 + Math.floor(random() * 4);
      for (let c = 0; c < clauses; c++) {
        const size = 2 + Math.floor(random() * 7);
        for (let w = 0; w < size; w++) {
          let word: string;
          const x = random();
          if (x < NUMBER) word = numberWord();
          else if (x < NUMBER + 0.03 && own.length) {
            const m = own[Math.floor(random() * own.length)]!;
            word = surface(m);
            if (word) mentions.push(m);
          } else if (x < NUMBER + 0.03 + REPEAT && used.length)
            word = used[Math.floor(random() * used.length)]!;
          else {
            word = words[nextWord()]!.word;
            if (word.length >= 2) used.push(word);
          }
          paragraph += word;
          total += word.length;
        }
        paragraph += c === clauses - 1 ? (random() < 0.05 ? '！' : '。') : random() < 0.15 ? '、' : '，';
        total++;
      }
      if (++sentence % (2 + Math.floor(random() * 4)) === 0) {
        paragraphs.push(paragraph);
        paragraph = '';
      }
    }
    if (paragraph) paragraphs.push(paragraph);
    return paragraphs.join('\n');
  };

  const days = publicationDays(options.from ?? '2003-01-01', options.years ?? 20);
  const weights = days.reduce((sum, d) => sum + d.weight, 0);
  const editions: Edition[] = [];
  const articles: Article[] = [];
  const links = entities.map(() => new Set<number>());
  const roleLinks = entities.map((e) => e.roles.map(() => new Set<number>()));
  let owed = 0;
  for (const day of days) {
    owed += (count * day.weight) / weights;
    let today = Math.floor(owed);
    if (day === days.at(-1)) today = count - articles.length;
    owed -= today;
    for (let page = 1; today > 0; page++) {
      const edition: Edition = {
        id: `syn-${day.date}-p${page}`,
        file: `synthetic-${day.date}-${page}.txt`,
        date: day.date,
        page,
      };
      editions.push(edition);
      // the front page prints fewer, longer pieces
      const onPage = Math.min(today, page === 1 ? Math.max(3, perPage - 3) : perPage);
      for (let k = 0; k < onPage; k++) {
        const n = articles.length;
        const kind = pickKind();
        const dated = kind === 'news' && random() < 0.9;
        const eventDay = dated ? isoDate(Date.parse(`${day.date}T00:00:00Z`) - DAY) : null;
        const dateline = eventDay
          ? `${Number(eventDay.slice(5, 7))}月${Number(eventDay.slice(8, 10))}日，`
          : '';
        const mentions: Mention[] = [];
        const used: string[] = [];
        const body = writeBody(lengthOf(kind), mentions, used, dateline);
        let headline: string | null = null;
        if (random() < 0.85 && kind !== 'photo') {
          const parts = mentions.length ? [surface(mentions[0]!)] : [];
          const size = 2 + Math.floor(random() * 4);
          for (let w = 0; w < size; w++)
            parts.push(
              used.length && random() < 0.6
                ? used[Math.floor(random() * used.length)]!
                : content[nextContent()]!.word,
            );
          headline = parts.join('');
        }
        for (const m of mentions) {
          links[m.entity]!.add(n);
          if (m.role !== null) roleLinks[m.entity]![m.role]!.add(n);
        }
        const byline = reporters.length ? reporters[Math.floor(random() * reporters.length)]! : null;
        articles.push({
          id: `syn-${n}`,
          edition: edition.id,
          kind,
          headline,
          title: headline ?? body.replace(/^[^，]*日，/, '').slice(0, 24),
          reporters: kind === 'photo' || !byline ? [] : [byline],
          photographers: kind === 'photo' && byline ? [byline] : [],
          source: kind === 'commentary' || kind === 'feature' ? '本报' : random() < 0.9 ? '本报' : '新华社',
          date: eventDay,
          body,
          continued: null,
        });
      }
      today -= onPage;
    }
  }
  // Reporters are named in bylines.
  const byName = new Map(entities.map((e, i) => [e.name, i]));
  articles.forEach((a, n) => {
    for (const name of [...a.reporters, ...a.photographers]) {
      const e = byName.get(name);
      if (e !== undefined) links[e]!.add(n);
    }
  });
  const dateOf = new Map(editions.map((e) => [e.id, e.date]));
  const linked: Entity[] = entities.map((entity, e) => {
    const roles = entity.roles
      .map((role, r): Role | null => {
        const docs = [...roleLinks[e]![r]!].sort((a, b) => a - b);
        if (docs.length === 0) return null;
        const dates = docs.map((d) => dateOf.get(articles[d]!.edition) ?? '').sort();
        return { ...role, first: dates[0]!, last: dates.at(-1)!, articles: docs.map((d) => articles[d]!.id) };
      })
      .filter((r): r is Role => r !== null);
    const docs = [...links[e]!].sort((a, b) => a - b);
    return { ...entity, roles, articles: docs.map((d) => articles[d]!.id) };
  });
  return { schemaVersion: source.schemaVersion, editions, articles, entities: linked };
}
