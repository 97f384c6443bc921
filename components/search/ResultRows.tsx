import type { EntitySummary, SearchHit } from '@/lib/shared/archive-protocol';
import { postSummary, type PostLike } from '../format';
import { messages } from '../i18n';
import { ArticleKindLabel, EntityKindBadge } from '../ui/KindBadge';
import { Marked } from '../ui/Marked';

/** A person, place, organisation or topic: name, last post (people), how often the archive names it. */
export function EntityRow({ entity, post }: { entity: EntitySummary; post: PostLike | null | undefined }) {
  const t = messages();
  return (
    <div class="ll-row-entity">
      <div class="ll-row-title">
        <strong>{entity.name}</strong>
        <EntityKindBadge kind={entity.kind} />
      </div>
      <div class="ll-row-meta">
        {post && <span class="ll-post">{postSummary(post)}</span>}
        {post && ' · '}
        <span>{t.articleCount(entity.articles)}</span>
      </div>
    </div>
  );
}

/** An article: title and snippet with the matched terms marked, date and kind. */
export function ArticleRow({ hit }: { hit: SearchHit }) {
  return (
    <div class="ll-row-article">
      <Marked
        class="ll-article-title"
        segments={hit.titleSegments.length ? hit.titleSegments : [{ text: hit.title, mark: false }]}
      />
      <div class="ll-row-meta">
        <time dateTime={hit.date}>{hit.date}</time> · <ArticleKindLabel kind={hit.kind} />
      </div>
      {hit.snippet.length > 0 && <Marked class="ll-snippet" segments={hit.snippet} />}
    </div>
  );
}
