import type { NoteTarget } from '@/core/notes/types';
import type { OpenTarget } from '../panel/routes';

/**
 * What a note found by search opens: the entity's timeline or the article. A post has no view of its own yet,
 * so its note opens a search for the post as the reader named it.
 */
export function noteOpenTarget(target: NoteTarget, label: string): OpenTarget {
  switch (target.kind) {
    case 'entity':
      return { kind: 'entity', entity: target.id };
    case 'article':
      return { kind: 'article', id: target.id };
    case 'post':
      return { kind: 'search', query: label };
  }
}
