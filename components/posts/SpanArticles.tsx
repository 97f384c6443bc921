import type { ComponentChildren } from 'preact';
import type { PersonPost, SpanView, SupportArticle } from '@/core/posts';
import { cardMessages } from '../card/strings';
import { spanDates, spanLabel } from './format';

/**
 * One printed span: its dates (open ends marked) and, one click away, the articles that print the person in
 * the post, each opening the reader view (`link` renders the link: a panel link or a card button).
 */
export function SpanArticles({
  name,
  span,
  link,
  lead,
}: {
  name: string;
  span: SpanView;
  link(article: SupportArticle): ComponentChildren;
  /** Text before the dates (the post's title in a person's list). */
  lead?: string;
}) {
  const t = cardMessages();
  const more = span.articleCount - span.articles.length;
  return (
    <details class="ll-span">
      <summary
        aria-label={`${lead ? `${lead} · ` : ''}${spanLabel(span, t)} · ${t.spanPrintings(span.articleCount)}`}
      >
        {lead && <span class="ll-span-lead">{lead} · </span>}
        <span class="ll-span-dates">{spanDates(span)}</span>{' '}
        <span class="ll-muted ll-small">{t.spanPrintings(span.articleCount)}</span>
      </summary>
      <ul class="ll-span-articles" aria-label={t.spanArticlesOf(name, spanDates(span))}>
        {[...span.articles].reverse().map((article) => (
          <li key={article.id}>
            <span class="ll-muted ll-small">{article.date}</span> {link(article)}
          </li>
        ))}
        {more > 0 && <li class="ll-muted ll-small">{t.spanMore(more)}</li>}
      </ul>
    </details>
  );
}

/** Every printed span of one of a person's posts, each led by the post's title. */
export function PostSpans({
  post,
  name,
  link,
}: {
  post: Pick<PersonPost, 'title' | 'spans'>;
  name: string;
  link(article: SupportArticle): ComponentChildren;
}) {
  return (
    <>
      {post.spans.map((span) => (
        <SpanArticles key={span.first} lead={post.title} name={name} span={span} link={link} />
      ))}
    </>
  );
}
