import type { NoteTarget } from '@/core/notes/types';
import type { OpenTarget } from '../panel/routes';

/** What a note found by search opens: the entity's timeline, the article, or the post's holders. */
export function noteOpenTarget(target: NoteTarget): OpenTarget {
  switch (target.kind) {
    case 'entity':
      return { kind: 'entity', entity: target.id };
    case 'article':
      return { kind: 'article', id: target.id };
    case 'post':
      return { kind: 'post', post: target.id };
  }
}
