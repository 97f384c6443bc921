/**
 * A person's career as plain text with its evidence, for pasting into notes or a story: each post with the
 * first and last time the paper printed it (not the tenure) and the articles that show it, date and headline.
 * Reads post spans in the shape `CareerSpan`: one per printed span of the post index (`careerOfPosts`), so a
 * post the paper stops printing for years reads as two spans, as on the card and in the timeline.
 */
import { englishPost } from '../glossary/posts';
import { postHeading } from '../posts/reads';
import type { CiteLang } from './dates';

export interface CareerSpan {
  title: string;
  org?: string;
  office?: string;
  /** First and last printing, YYYY-MM-DD. */
  first: string;
  last: string;
  /** Ids of the articles that show the post. */
  articles: readonly string[];
  /** Supporting articles in all, when `articles` holds only the newest of them. */
  articleCount?: number;
  /** The archive cannot see before the first (after the last) printing: the tenure may reach further. */
  openStart?: boolean;
  openEnd?: boolean;
}

export interface CareerArticle {
  id: string;
  /** Publication date, YYYY-MM-DD. */
  date: string;
  title: string;
}

export interface Career {
  name: string;
  /** The name in pinyin for English readers (`Sūn Dàjūn`), when known. */
  pinyin?: string;
  spans: readonly CareerSpan[];
  /** What the archive holds of the supporting articles (an id it lacks is cited by id alone). */
  articles: readonly CareerArticle[];
}

/** What the post index gives for a person's post (core/posts `PersonPost`), as far as a career reads it. */
export interface PrintedPost {
  title: string;
  org: string | null;
  office: string;
  spans: readonly {
    first: string;
    last: string;
    openStart: boolean;
    openEnd: boolean;
    articles: readonly CareerArticle[];
    articleCount: number;
  }[];
}

/** The career's spans and evidence from the post index: one span per printed span, never joined across gaps. */
export function careerOfPosts(posts: readonly PrintedPost[]): Pick<Career, 'spans' | 'articles'> {
  const articles = new Map<string, CareerArticle>();
  const spans = posts.flatMap((post) =>
    post.spans.map((span): CareerSpan => {
      for (const a of span.articles) articles.set(a.id, a);
      return {
        title: post.title,
        ...(post.org ? { org: post.org } : {}),
        office: post.office,
        first: span.first,
        last: span.last,
        articles: span.articles.map((a) => a.id),
        articleCount: span.articleCount,
        openStart: span.openStart,
        openEnd: span.openEnd,
      };
    }),
  );
  return { spans, articles: [...articles.values()] };
}

/** Supporting articles the span names but does not list (it lists the newest only). */
export function unlisted(span: CareerSpan): number {
  return Math.max(0, (span.articleCount ?? 0) - new Set(span.articles).size);
}

/** Spans in the order a career reads: earliest first, then the shorter. */
export function spansInOrder<S extends CareerSpan>(spans: readonly S[]): S[] {
  return [...spans].sort((a, b) => a.first.localeCompare(b.first) || a.last.localeCompare(b.last));
}

/** A span's supporting articles, oldest first, with what the archive knows of each. */
export function evidence(span: CareerSpan, articles: readonly CareerArticle[]): CareerArticle[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return [...new Set(span.articles)]
    .map((id) => byId.get(id) ?? { id, date: '', title: '' })
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** The ends of a span the archive cannot see past, said in words (the career text, CPED's 备注). */
export const OPEN_ENDS = {
  zh: { start: '此前不在档案范围内', end: '此后不在档案范围内', both: '前后均在档案范围之外' },
  en: {
    start: 'the archive does not reach before',
    end: 'the archive does not reach after',
    both: 'the archive does not reach before or after',
  },
} as const;

/** Which ends of a span are open, or null: the text says so rather than let a date read as a start or end. */
export function openEnds(span: CareerSpan): keyof (typeof OPEN_ENDS)['zh'] | null {
  if (span.openStart) return span.openEnd ? 'both' : 'start';
  return span.openEnd ? 'end' : null;
}

const open = {
  zh: (s: CareerSpan) => {
    const ends = openEnds(s);
    return ends ? `（${OPEN_ENDS.zh[ends]}）` : '';
  },
  en: (s: CareerSpan) => {
    const ends = openEnds(s);
    return ends ? ` (${OPEN_ENDS.en[ends]})` : '';
  },
};

const TEXT = {
  zh: {
    heading: (c: Career) => `${c.name} 职务经历（据《吕梁日报》档案；日期为首次与末次见报，不是任职起止）`,
    span: (s: CareerSpan) =>
      `${s.title}：${s.first === s.last ? `${s.first} 见报` : `${s.first} 至 ${s.last} 见报`}${open.zh(s)}`,
    article: (a: CareerArticle) => (a.title ? `${a.date}《${a.title}》（${a.id}）` : `（${a.id}）`),
    more: (n: number) => `另有 ${n} 篇较早的报道`,
    none: '档案中没有此人的职务。',
  },
  en: {
    heading: (c: Career) =>
      `${c.pinyin ? `${c.pinyin} (${c.name})` : c.name}: posts in the Lüliang Daily archive (dates are the first and last printing, not the tenure)`,
    span: (s: CareerSpan) => {
      const printed = s.first === s.last ? `printed ${s.first}` : `printed ${s.first} to ${s.last}`;
      return `${postHeading(s.title, englishPost(s.title))}: ${printed}${open.en(s)}`;
    },
    article: (a: CareerArticle) => (a.title ? `${a.date} "${a.title}" (${a.id})` : `(${a.id})`),
    more: (n: number) => `and ${n} earlier article${n === 1 ? '' : 's'}`,
    none: 'The archive shows no post for this person.',
  },
} as const;

/** The career as text, one numbered post per paragraph, its articles indented below it. */
export function careerText(career: Career, lang: CiteLang): string {
  const t = TEXT[lang];
  const lines = [t.heading(career)];
  const spans = spansInOrder(career.spans);
  if (spans.length === 0) lines.push(t.none);
  spans.forEach((span, i) => {
    lines.push(`${i + 1}. ${t.span(span)}`);
    for (const article of evidence(span, career.articles)) lines.push(`   - ${t.article(article)}`);
    const more = unlisted(span);
    if (more > 0) lines.push(`   - ${t.more(more)}`);
  });
  return lines.join('\n');
}
