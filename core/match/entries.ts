/** Decodes the payload's parallel per-entry fields into `EntryInfo` objects for the relevance rules. */
import type { EntityKind } from '../types';
import { KIND_CODES, type EntryInfo, type MatcherData } from './types';

const KINDS = new Map<string, EntityKind>(
  (Object.entries(KIND_CODES) as [EntityKind, string][]).map(([kind, code]) => [code, kind]),
);

export function decodeEntries(data: MatcherData): EntryInfo[] {
  const posts: string[][] = data.ids.map(() => []);
  for (let i = 0; i < data.entryPosts.length;) {
    const entry = data.entryPosts[i]!;
    const count = data.entryPosts[i + 1]!;
    const list = posts[entry];
    for (let k = 0; k < count; k++) list?.push(data.posts[data.entryPosts[i + 2 + k]!] ?? '');
    i += 2 + count;
  }
  return data.ids.map((id, i) => ({
    id,
    kind: KINDS.get(data.kinds.charAt(i)) ?? 'topic',
    flags: parseInt(data.flags.charAt(i) || '0', 32),
    posts: posts[i] ?? [],
  }));
}
