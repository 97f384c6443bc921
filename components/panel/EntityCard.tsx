import type { EntitySummary } from '@/lib/shared/archive-protocol';
import { postSummary, type PostLike } from '../format';
import { messages } from '../i18n';
import { EntityKindBadge } from '../ui/KindBadge';
import { ViewLink } from './Router';

/** A small card for an entity on the page: name (a link to its timeline), kind, last post, articles. */
export function EntityCard({ entity, post }: { entity: EntitySummary; post: PostLike | null | undefined }) {
  const t = messages();
  return (
    <div class="ll-entity-card">
      <div class="ll-row-title">
        <ViewLink to={{ kind: 'entity', entity: entity.id }} label={t.openEntity(entity.name)}>
          {entity.name}
        </ViewLink>
        <EntityKindBadge kind={entity.kind} />
      </div>
      <div class="ll-row-meta">
        {post && <span class="ll-post">{postSummary(post)} · </span>}
        <span>{t.articleCount(entity.articles)}</span>
      </div>
    </div>
  );
}
