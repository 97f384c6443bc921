/**
 * A deterministic synthetic archive for benchmarks: N articles recombined from the real archive's sentences,
 * dated over twenty years, so search, install and page scans are measured at the size a daily paper reaches
 * in a few decades. Sentences carry the real names, posts, places and campaigns, so the entity mix follows the
 * real archive's.
 */
import type { Archive, Article, ArticleKind, Edition } from '../core/types';

export interface SyntheticOptions {
  articles?: number;
  /** First day of the spread; the archive runs `years` from it. */
  from?: string;
  years?: number;
  seed?: number;
  /** Articles per printed page. */
  perPage?: number;
}

/** mulberry32: tiny, fast and good enough to make the same archive on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sentences of a body: split after 。！？ (keeping the mark), closing quotes staying with their sentence. */
export function sentencesOf(body: string): string[] {
  return body
    .split('\n')
    .flatMap((paragraph) => paragraph.match(/[^。！？]+(?:[。！？]+[”’」』]?|$)/g) ?? [])
    .map((s) => s.trim())
    .filter((s) => s.length >= 6);
}

const DAY = 86_400_000;

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function syntheticArchive(source: Archive, options: SyntheticOptions = {}): Archive {
  const count = options.articles ?? 100_000;
  const years = options.years ?? 20;
  const perPage = options.perPage ?? 8;
  const random = prng(options.seed ?? 20260101);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

  const real = source.articles.filter((a) => a.body.length > 0);
  if (real.length === 0) throw new Error('The source archive has no article text to recombine.');
  const sentences = real.flatMap((a) => sentencesOf(a.body));
  const leads = real.map((a) => sentencesOf(a.body)[0]).filter((s): s is string => Boolean(s));
  const headlines = real.map((a) => a.headline).filter((h): h is string => Boolean(h));
  const reporters = [...new Set(real.flatMap((a) => a.reporters))];
  const kinds: ArticleKind[] = real.map((a) => a.kind);

  const start = Date.parse(`${options.from ?? '2003-01-01'}T00:00:00Z`);
  const span = years * 365.25 * DAY;
  const editions: Edition[] = [];
  const articles: Article[] = [];
  const pages = Math.ceil(count / perPage);

  for (let p = 0; p < pages; p++) {
    // Pages are spread evenly over the years, in order, like a real run of the paper.
    const date = isoDate(start + Math.floor((p / pages) * span));
    const edition: Edition = { id: `syn-${date}-p${p}`, file: `synthetic-${p}.txt`, date, page: 1 };
    editions.push(edition);
    for (let k = 0; k < perPage && articles.length < count; k++) {
      const n = articles.length;
      const kind = pick(kinds);
      const length = 3 + Math.floor(random() * 10);
      const body: string[] = [pick(leads)];
      for (let s = 1; s < length; s++) body.push(pick(sentences));
      // Two or three sentences a paragraph, as the paper prints them.
      const paragraphs: string[] = [];
      for (let s = 0; s < body.length; s += 3) paragraphs.push(body.slice(s, s + 3).join(''));
      const headline = random() < 0.8 ? pick(headlines) : null;
      const dated = kind === 'news' && random() < 0.9;
      articles.push({
        id: `syn-${n}`,
        edition: edition.id,
        kind,
        headline,
        title: headline ?? (body[0] ?? '').slice(0, 24),
        reporters: kind === 'photo' ? [] : [pick(reporters)].filter(Boolean),
        photographers: kind === 'photo' ? [pick(reporters)].filter(Boolean) : [],
        source: kind === 'commentary' || kind === 'feature' ? '本报' : random() < 0.9 ? '本报' : '新华社',
        date: dated ? isoDate(Date.parse(`${date}T00:00:00Z`) - DAY) : null,
        body: paragraphs.join('\n'),
        continued: null,
      });
    }
  }
  return { schemaVersion: source.schemaVersion, editions, articles, entities: [] };
}
