import { useEffect, useState } from 'preact/hooks';
import type { EntitySummary } from '@/lib/shared/archive-protocol';
import { entityTimeline } from '../archive/entities';
import { latestPost, type PostLike } from '../format';

/**
 * The last post of each person among `entities` (searches and page entities show who someone is by it).
 * Filled in as the timelines arrive; a person without a known post maps to null.
 */
export function useLatestPosts(
  entities: readonly Pick<EntitySummary, 'id' | 'kind'>[],
): Map<string, PostLike | null> {
  const [posts, setPosts] = useState<Map<string, PostLike | null>>(new Map());
  const ids = entities.filter((e) => e.kind === 'person').map((e) => e.id);
  const key = ids.join('\n');
  useEffect(() => {
    let current = true;
    for (const id of ids) {
      entityTimeline(id).then(
        (timeline) => {
          if (!current) return;
          setPosts((before) => new Map(before).set(id, latestPost(timeline.roles)));
        },
        () => undefined, // the row shows without a post
      );
    }
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` is the ids joined: a new array with the same ids must not ask again
  }, [key]);
  return posts;
}
