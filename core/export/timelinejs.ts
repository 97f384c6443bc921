/**
 * An entity's timeline as TimelineJS JSON (https://timeline.knightlab.com/docs/json-format.html): a `title`
 * slide and `events`, each with `start_date` { year, month, day } and `text` { headline, text }. Posts are
 * events with an `end_date` (first to last printing) in the group 职务 / Posts; articles are one-day events in
 * the group 报道 / Articles.
 */
import { evidence, spansInOrder, type Career } from '../cite/career';
import { dateParts, type CiteLang } from '../cite/dates';
import { englishPost } from '../glossary/posts';
import { postHeading } from '../posts/reads';

interface TimelineDate {
  year: number;
  month: number;
  day: number;
}

export interface TimelineJsEvent {
  start_date: TimelineDate;
  end_date?: TimelineDate;
  text: { headline: string; text: string };
  group: string;
  unique_id: string;
}

export interface TimelineJs {
  title: { text: { headline: string; text: string } };
  events: TimelineJsEvent[];
}

const TEXT = {
  zh: {
    posts: '职务',
    articles: '报道',
    intro: '吕梁日报档案中的职务与报道。职务日期为首次与末次见报，不是任职起止。',
    span: (n: number) => `首次与末次见报；${n} 篇报道为证：`,
  },
  en: {
    posts: 'Posts',
    articles: 'Articles',
    intro:
      'Posts and articles in the Lüliang Daily archive. Post dates are the first and last printing, not the tenure.',
    span: (n: number) => `First and last printing; ${n} supporting article${n === 1 ? '' : 's'}:`,
  },
} as const;

/** Escapes text for TimelineJS, which renders `text` as HTML. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface TimelineArticleInput {
  id: string;
  date: string;
  title: string;
  kind: string;
}

/** The entity's post spans and every article of it (the supporting ones among them). */
export interface TimelineJsInput extends Career {
  articles: readonly TimelineArticleInput[];
}

export function timelineJs(entity: TimelineJsInput, lang: CiteLang): TimelineJs {
  const t = TEXT[lang];
  const events: TimelineJsEvent[] = [];
  spansInOrder(entity.spans).forEach((span, i) => {
    const start = dateParts(span.first);
    const end = dateParts(span.last);
    if (!start || !end) return;
    const english = lang === 'en' ? englishPost(span.title) : null;
    const support = evidence(span, entity.articles);
    events.push({
      start_date: start,
      end_date: end,
      text: {
        headline: escapeHtml(postHeading(span.title, english)),
        text: `<p>${escapeHtml(t.span(span.articleCount ?? support.length))}</p><ul>${support
          .map((a) => `<li>${escapeHtml(`${a.date} ${a.title || a.id}`)}</li>`)
          .join('')}</ul>`,
      },
      group: t.posts,
      unique_id: `post-${i + 1}`,
    });
  });
  for (const article of entity.articles) {
    const start = dateParts(article.date);
    if (!start) continue;
    events.push({
      start_date: start,
      text: { headline: escapeHtml(article.title), text: `<p>${escapeHtml(article.id)}</p>` },
      group: t.articles,
      unique_id: article.id,
    });
  }
  const name = entity.pinyin && lang === 'en' ? `${entity.name} (${entity.pinyin})` : entity.name;
  return { title: { text: { headline: escapeHtml(name), text: `<p>${escapeHtml(t.intro)}</p>` } }, events };
}
