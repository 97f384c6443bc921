/**
 * A person's career as plain text with its evidence, for pasting into notes or a story: each post with the
 * first and last time the paper printed it (not the tenure) and the articles that show it, date and headline.
 * Reads post spans in the shape `CareerSpan` (a role of the archive, or a span the post index breaks out).
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

const TEXT = {
  zh: {
    heading: (c: Career) => `${c.name} 职务经历（据《吕梁日报》档案；日期为首次与末次见报，不是任职起止）`,
    span: (s: CareerSpan) =>
      `${s.title}：${s.first === s.last ? `${s.first} 见报` : `${s.first} 至 ${s.last} 见报`}`,
    article: (a: CareerArticle) => (a.title ? `${a.date}《${a.title}》（${a.id}）` : `（${a.id}）`),
    none: '档案中没有此人的职务。',
  },
  en: {
    heading: (c: Career) =>
      `${c.pinyin ? `${c.pinyin} (${c.name})` : c.name}: posts in the Lüliang Daily archive (dates are the first and last printing, not the tenure)`,
    span: (s: CareerSpan) => {
      const printed = s.first === s.last ? `printed ${s.first}` : `printed ${s.first} to ${s.last}`;
      return `${postHeading(s.title, englishPost(s.title))}: ${printed}`;
    },
    article: (a: CareerArticle) => (a.title ? `${a.date} "${a.title}" (${a.id})` : `(${a.id})`),
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
  });
  return lines.join('\n');
}
