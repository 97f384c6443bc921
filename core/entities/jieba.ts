/**
 * Entity names as user words for jieba (`add_word(word, freq, tag)`), so search and parsing keep 孙大军,
 * 市乡村振兴局 or 吕梁山护工 whole. Tags follow jieba's part-of-speech set: nr people, ns places, nt
 * organisations, nz other proper nouns (topics).
 */
import { isAllHan } from '../han';
import type { Entity, EntityKind } from '../types';
import { isCommonWord } from './names';

export interface JiebaUserWord {
  word: string;
  /** Left out: jieba then suggests a frequency just high enough to keep the word whole. */
  freq?: number;
  tag?: string;
}

const TAGS: Readonly<Record<EntityKind, string>> = {
  person: 'nr',
  place: 'ns',
  organization: 'nt',
  topic: 'nz',
};

/** Han words of two or more characters: pinyin aliases and single characters are no dictionary words. */
const isHanWord = (form: string): boolean => form.length >= 2 && isAllHan(form);

/**
 * User words for every entity: its name and Han aliases (short forms such as 孝义 and 创城, traditional
 * spellings). Person names that are also ordinary words (权威) are left out: tagging them nr would make every
 * 权威 a person. The first entity to claim a word gives its tag.
 */
export function jiebaUserWords(entities: readonly Entity[]): JiebaUserWord[] {
  const words = new Map<string, JiebaUserWord>();
  for (const entity of entities) {
    if (entity.kind === 'person' && isCommonWord(entity.name)) continue;
    for (const form of [entity.name, ...entity.aliases]) {
      if (isHanWord(form) && !words.has(form)) words.set(form, { word: form, tag: TAGS[entity.kind] });
    }
  }
  return [...words.values()];
}
