/**
 * Finds the article's entities in its body by plain string search, so the reader view can link each name to
 * its timeline. The extension page has the article's entity list (names and written aliases) and nothing to
 * guess: the longest name at a position wins, and names never overlap.
 */
import { Trie } from '@/core/entities/trie';
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
  // A name two entities share links to the first of them.
  const names = new Trie<LinkableEntity>();
  for (const entity of entities) {
    for (const needle of [entity.name, ...entity.aliases]) {
      // Romanised aliases (pinyin, initials) would link Latin words in the text; only Chinese forms count.
      if (needle.length >= MIN_LENGTH && hasHan(needle)) names.add(needle, entity);
    }
  }
  const pieces: TextPiece[] = [];
  let plainFrom = 0;
  for (const hit of names.scan(text)) {
    if (hit.start > plainFrom) pieces.push({ text: text.slice(plainFrom, hit.start) });
    pieces.push({ text: hit.key, entity: hit.value });
    plainFrom = hit.end;
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
