import type { ArticleKind, EntityKind } from '@/core/types';
import { articleKindName, entityKindName } from '../format';

/** The kind of an entity (person, place, …) as a small coloured label; the colour only repeats the word. */
export function EntityKindBadge({ kind }: { kind: EntityKind }) {
  return <span class={`ll-badge ll-kind-${kind}`}>{entityKindName(kind)}</span>;
}

/**
 * The kind of an article. An article the reader saved from the web is marked apart (search rows, related
 * lists, timelines), so it is never read as the paper's own.
 */
export function ArticleKindLabel({ kind }: { kind: ArticleKind }) {
  return kind === 'saved' ? (
    <span class="ll-article-kind ll-saved-mark" data-kind="saved">
      <span aria-hidden="true">☆ </span>
      {articleKindName(kind)}
    </span>
  ) : (
    <span class="ll-article-kind">{articleKindName(kind)}</span>
  );
}
