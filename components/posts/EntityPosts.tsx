import type { EntitySummary } from '@/lib/archive/protocol';
import { CoverageLine } from './CoverageLine';
import { PersonPosts } from './PersonPosts';

/** In an entity's timeline: a person's posts as printed spans, and for every entity what the archive holds. */
export function EntityPosts({ entity }: { entity: EntitySummary }) {
  return entity.kind === 'person' ? (
    <PersonPosts entityId={entity.id} name={entity.name} />
  ) : (
    <CoverageLine />
  );
}
