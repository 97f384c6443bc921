/**
 * Finds the article's entities in its body by plain string search, so the reader view can link each name to
 * its timeline. The extension page has the article's entity list (names and written aliases) and nothing to
 * guess: the longest name at a position wins, and names never overlap.
 */
import { hasHan } from '@/core/han';

export interface LinkableEntity {
  id: string;
  name: string;
  aliases: readonly string[];
}

export type TextPiece = { text: string; entity?: undefined } | { text: string; entity: LinkableEntity };

/** Needles shorter than this are left unlinked: one character matches everywhere. */
const MIN_LENGTH = 2;

export function linkEntities(text: string, entities: readonly LinkableEntity[]): TextPiece[] {
  // First character → names starting with it, longest first.
  const byFirst = new Map<string, { needle: string; entity: LinkableEntity }[]>();
  for (const entity of entities) {
    for (const needle of new Set([entity.name, ...entity.aliases])) {
      // Romanised aliases (pinyin, initials) would link Latin words in the text; only Chinese forms count.
      if (needle.length < MIN_LENGTH || !hasHan(needle)) continue;
      const first = needle[0]!;
      const list = byFirst.get(first) ?? [];
      list.push({ needle, entity });
      byFirst.set(first, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.needle.length - a.needle.length);

  const pieces: TextPiece[] = [];
  let plainFrom = 0;
  let i = 0;
  while (i < text.length) {
    const found = byFirst.get(text[i]!)?.find((c) => text.startsWith(c.needle, i));
    if (!found) {
      i++;
      continue;
    }
    if (i > plainFrom) pieces.push({ text: text.slice(plainFrom, i) });
    pieces.push({ text: found.needle, entity: found.entity });
    i += found.needle.length;
    plainFrom = i;
  }
  if (plainFrom < text.length) pieces.push({ text: text.slice(plainFrom) });
  return pieces;
}

/** The body's paragraphs (the archive joins them with "\n"), without empty ones. */
export function paragraphs(body: string): string[] {
  return body
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean);
}
