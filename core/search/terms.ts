/**
 * Term namespaces inside one index: jieba words are stored as they are, character bigrams with a '~' prefix and
 * entity mentions with an '@' prefix. Neither prefix can occur in a word (words are Han or Latin/digits only).
 */

export const BIGRAM_PREFIX = '~';
export const ENTITY_PREFIX = '@';

export function bigramTerm(pair: string): string {
  return BIGRAM_PREFIX + pair;
}

export function entityTerm(entityId: string): string {
  return ENTITY_PREFIX + entityId;
}

/** A character-bigram term (the benchmark counts them apart from words). */
export function isBigramTerm(term: string): boolean {
  return term.startsWith(BIGRAM_PREFIX);
}

/** An entity term (`e:` + id), not a word of the text. */
export function isEntityTerm(term: string): boolean {
  return term.startsWith(ENTITY_PREFIX);
}
