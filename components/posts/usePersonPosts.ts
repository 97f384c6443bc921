import type { Coverage } from '@/core/coverage';
import type { PersonPost } from '@/core/posts';
import { askArchive } from '@/lib/shared/archive-client';
import { useAsync } from '../ui/useAsync';

export interface PersonPostsAnswer {
  posts: PersonPost[];
  /** Null for an entity that is not a person (nothing was asked). */
  coverage: Coverage | null;
}

const NO_POSTS: PersonPostsAnswer = { posts: [], coverage: null };

/**
 * A person's posts from the post index, asked once per entity view: the list of spans, the timeline's bars
 * and the career exports all read this one answer. Entities that are not people ask nothing.
 */
export function usePersonPosts(entityId: string, isPerson: boolean) {
  return useAsync<PersonPostsAnswer>(
    () => (isPerson ? askArchive({ type: 'posts/person', entityId }) : Promise.resolve(NO_POSTS)),
    [entityId, isPerson],
  );
}

export type PersonPostsState = ReturnType<typeof usePersonPosts>;
