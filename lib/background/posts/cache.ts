/**
 * The post index of the archive that answers, built on the first question after the archive changed and kept
 * in memory for every later one (a card, a timeline, a search), so no request recomputes it. Concurrent first
 * questions share one build; a failed build is forgotten, so the next question tries again.
 */
import type { PostSource, PostTables } from './source';

export interface PostCache {
  tables(): Promise<PostTables>;
}

export function createPostCache(source: PostSource): PostCache {
  let current: Promise<PostTables> | null = null;
  let builtFor = '';
  return {
    async tables() {
      const version = await source.version();
      if (!current || builtFor !== version) {
        builtFor = version;
        const pending = source.build(version);
        current = pending;
        pending.catch(() => {
          if (current === pending) current = null;
        });
      }
      return current;
    },
  };
}
