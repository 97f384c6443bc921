import type { ArticleKind, EntityKind } from '@/core/types';
import { articleKindName, entityKindName } from '../format';

/** The kind of an entity (person, place, …) as a small coloured label; the colour only repeats the word. */
export function EntityKindBadge({ kind }: { kind: EntityKind }) {
  return <span class={`ll-badge ll-kind-${kind}`}>{entityKindName(kind)}</span>;
}

export function ArticleKindLabel({ kind }: { kind: ArticleKind }) {
  return <span class="ll-article-kind">{articleKindName(kind)}</span>;
}
