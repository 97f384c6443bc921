import type { RelatedItem } from '@/lib/shared/archive-protocol';
import { messages } from '../i18n';
import { ArticleKindLabel } from '../ui/KindBadge';
import { ViewLink } from './Router';

/** Related articles, each with the reason it is related (shared people, places, topics and words). */
export function RelatedList({ items, labelledBy }: { items: readonly RelatedItem[]; labelledBy: string }) {
  const t = messages();
  if (items.length === 0) return <p class="ll-muted">{t.relatedNone}</p>;
  return (
    <ol class="ll-article-list" aria-labelledby={labelledBy}>
      {items.map((item) => (
        <li key={item.id}>
          <ViewLink to={{ kind: 'article', id: item.id }}>{item.title}</ViewLink>
          <span class="ll-row-meta">
            <time dateTime={item.date}>{item.date}</time> · <ArticleKindLabel kind={item.kind} />
          </span>
          {item.reason && <span class="ll-reason">{t.relatedReason(item.reason)}</span>}
        </li>
      ))}
    </ol>
  );
}
