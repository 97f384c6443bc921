import { useState } from 'preact/hooks';
import type { ArticleKind } from '@/core/types';
import { messages } from '../i18n';
import { ArticleKindLabel } from '../ui/KindBadge';
import { ViewLink } from './Router';

export interface ListedArticle {
  id: string;
  title: string;
  date: string;
  kind: ArticleKind;
}

export type DateOrder = 'newest' | 'oldest';

/** Articles sorted by date (the input's order among equal dates is kept). */
export function byDate<A extends { date: string }>(articles: readonly A[], order: DateOrder): A[] {
  const sign = order === 'newest' ? -1 : 1;
  return articles
    .map((a, i) => ({ a, i }))
    .sort((x, y) => sign * x.a.date.localeCompare(y.a.date) || x.i - y.i)
    .map((x) => x.a);
}

/** Articles by date with a newest/oldest switch; each opens in the reader view. */
export function ArticleList({
  articles,
  labelledBy,
}: {
  articles: readonly ListedArticle[];
  labelledBy: string;
}) {
  const t = messages();
  const [order, setOrder] = useState<DateOrder>('newest');
  return (
    <>
      <div class="ll-segmented" role="group" aria-label={t.sortLabel}>
        {(['newest', 'oldest'] as const).map((o) => (
          <button key={o} type="button" aria-pressed={order === o} onClick={() => setOrder(o)}>
            {o === 'newest' ? t.sortNewest : t.sortOldest}
          </button>
        ))}
      </div>
      <ol class="ll-article-list" aria-labelledby={labelledBy}>
        {byDate(articles, order).map((a) => (
          <li key={a.id}>
            <ViewLink to={{ kind: 'article', id: a.id }}>{a.title}</ViewLink>
            <span class="ll-row-meta">
              <time dateTime={a.date}>{a.date}</time> · <ArticleKindLabel kind={a.kind} />
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
