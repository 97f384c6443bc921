import type { EntitySummary } from '@/lib/shared/archive-protocol';
import { CoverageLine } from './CoverageLine';
import { PersonPosts } from './PersonPosts';
import type { PersonPostsState } from './usePersonPosts';

/** In an entity's timeline: a person's posts as printed spans, and for every entity what the archive holds. */
export function EntityPosts({ entity, posts }: { entity: EntitySummary; posts: PersonPostsState }) {
  return entity.kind === 'person' ? <PersonPosts state={posts} name={entity.name} /> : <CoverageLine />;
}
