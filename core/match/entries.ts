/** Decodes the payload's parallel per-entry fields into `EntryInfo` objects for the relevance rules. */
import type { EntityKind } from '../types';
import { KIND_CODES, type EntryInfo, type MatcherData } from './types';

const KINDS = new Map<string, EntityKind>(
  (Object.entries(KIND_CODES) as [EntityKind, string][]).map(([kind, code]) => [code, kind]),
);

export function decodeEntries(data: MatcherData): EntryInfo[] {
  const posts: string[][] = data.ids.map(() => []);
  const far = new Map<number, string[]>();
  for (let i = 0; i < data.entryPosts.length;) {
    const entry = data.entryPosts[i]!;
    const count = data.entryPosts[i + 1]!;
    const list = posts[entry];
    for (let k = 0; k < count; k++) {
      const at = data.entryPosts[i + 2 + k]!;
      const post = data.posts[at < 0 ? -at - 1 : at] ?? '';
      list?.push(post);
      if (at < 0) far.set(entry, [...(far.get(entry) ?? []), post]);
    }
    i += 2 + count;
  }
  return data.ids.map((id, i) => {
    const info: EntryInfo = {
      id,
      kind: KINDS.get(data.kinds.charAt(i)) ?? 'topic',
      flags: parseInt(data.flags.charAt(i) || '0', 32),
      posts: posts[i] ?? [],
    };
    const farPosts = far.get(i);
    if (farPosts) info.farPosts = farPosts;
    return info;
  });
}
