/**
 * What a page prints right before each highlighted mention of an entity (the matcher's `before`), for the
 * disagreement rule the background applies (core/posts/disagree.ts). Content-script side: no archive here.
 */

/** Mentions whose context is sent, and characters of each: enough for the longest post before a name. */
const MAX_MENTIONS = 8;
const TAIL = 24;

export function printedBefore(
  mentions: readonly { entry: number; before: string }[],
  entries: readonly { id: string }[],
  id: string,
): string[] {
  const out = new Set<string>();
  for (const m of mentions) {
    if (entries[m.entry]?.id !== id || !m.before) continue;
    out.add(m.before.slice(-TAIL));
    if (out.size >= MAX_MENTIONS) break;
  }
  return [...out];
}
