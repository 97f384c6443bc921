/**
 * Entity names as search sees them: the Han spellings to find in queries and pages, Latin keys (pinyin,
 * initials) a reader may type instead, and the words jieba's dictionary needs (from the entity layer) so that
 * names stay whole at index time and at query time alike.
 */
import { jiebaUserWords } from '../entities/jieba';
import { isCommonWord } from '../entities/names';
import { Trie } from '../entities/trie';
import type { Entity, EntityKind } from '../types';
import { isHanWord } from './analyze';
import { latinKeys } from './pinyin';
import { fold } from './text';
import type { UserWord } from './tokenizer';

export interface LexiconEntry {
  id: string;
  kind: EntityKind;
  name: string;
  /** Han spellings (name and Han aliases), folded. */
  names: string[];
  /** Latin keys, lower case without spaces: the entity's Latin aliases, or pinyin computed for people and places. */
  latin: string[];
  /** Number of archive articles that mention the entity. */
  articles: number;
  /** A person whose name is also an everyday word (权威): found in page text only next to a post, so not at all. */
  common?: boolean;
  /** A person the archive gives a post or a designation: added articles are read for their bare name too. */
  official?: boolean;
}

export interface Lexicon {
  entries: LexiconEntry[];
  /** Words for jieba's dictionary. */
  words: UserWord[];
}

export function buildLexicon(entities: readonly Entity[]): Lexicon {
  return { entries: lexiconEntries(entities), words: jiebaUserWords(entities) };
}

export function lexiconEntries(entities: readonly Entity[]): LexiconEntry[] {
  return entities.map((entity) => {
    const names = new Set<string>();
    const latin = new Set<string>();
    for (const raw of [entity.name, ...entity.aliases]) {
      const folded = fold(raw).trim();
      const compact = folded.replace(/[\s·.\-']/g, '');
      if (isHanWord(folded)) names.add(folded);
      else if (/^[a-z]+$/.test(compact)) latin.add(compact);
    }
    if (latin.size === 0 && (entity.kind === 'person' || entity.kind === 'place')) {
      for (const key of latinKeys(entity.name, entity.kind === 'person')) latin.add(key);
    }
    const entry: LexiconEntry = {
      id: entity.id,
      kind: entity.kind,
      name: entity.name,
      names: [...names],
      latin: [...latin],
      articles: new Set(entity.articles).size,
    };
    if (entity.kind === 'person' && isCommonWord(entity.name)) entry.common = true;
    const record = entity as Entity & { designations?: unknown[] };
    if (entity.kind === 'person' && (entity.roles.length > 0 || (record.designations?.length ?? 0) > 0))
      entry.official = true;
    return entry;
  });
}

export interface NameMatch {
  /** Entity numbers (positions in the lexicon) spelled this way. */
  entities: number[];
  name: string;
  start: number;
}

/** Lookups over a lexicon, built once per archive in memory. */
export class EntityIndex {
  private readonly byName = new Map<string, number[]>();
  private readonly byLatin = new Map<string, number[]>();
  private readonly byId = new Map<string, number>();
  /** Names of two or more characters → their entities, for leftmost-longest scanning of text. */
  private readonly names = new Trie<number[]>();
  /** The same without people whose name is an everyday word; built on first use. */
  private strictNames: Trie<number[]> | null = null;

  constructor(readonly entries: LexiconEntry[]) {
    entries.forEach((entry, e) => {
      this.byId.set(entry.id, e);
      for (const name of entry.names) {
        if (name.length < 2) continue;
        push(this.byName, name, e);
      }
      for (const key of entry.latin) push(this.byLatin, key, e);
    });
    for (const [name, list] of this.byName) this.names.add(name, list);
  }

  number(id: string): number | undefined {
    return this.byId.get(id);
  }

  entry(e: number): LexiconEntry | undefined {
    return this.entries[e];
  }

  /** Entities spelled exactly so (folded, simplified Han). */
  byHan(name: string): number[] {
    return this.byName.get(name) ?? [];
  }

  /** Entities whose pinyin or initials are exactly this key. */
  byPinyin(key: string): number[] {
    return this.byLatin.get(key) ?? [];
  }

  /** Entities whose full pinyin starts with the key (for partly typed names); at least four letters. */
  byPinyinPrefix(key: string, limit = 20): number[] {
    if (key.length < 4) return [];
    const out: number[] = [];
    for (const [latin, list] of this.byLatin) {
      if (latin.length > key.length && latin.startsWith(key)) out.push(...list);
      if (out.length >= limit) break;
    }
    return [...new Set(out)];
  }

  /** Names (and their distinct entities) whose spelling contains the text, for suggestions. */
  containing(text: string, limit: number): number[] {
    const out: number[] = [];
    if (!text) return out;
    for (const [name, list] of this.byName) {
      if (name.includes(text)) for (const e of list) if (!out.includes(e)) out.push(e);
      if (out.length >= limit) break;
    }
    return out;
  }

  /**
   * Entity names occurring in folded Han text, longest match first, not overlapping. `strict` leaves out people
   * whose name is an everyday word (for page text; a reader who types 权威 may well mean the person).
   */
  scan(text: string, strict = false): NameMatch[] {
    const names = strict ? this.namesInPageText() : this.names;
    return names.scan(text).map((hit) => ({ entities: hit.value, name: hit.key, start: hit.start }));
  }

  private namesInPageText(): Trie<number[]> {
    if (!this.strictNames) {
      this.strictNames = new Trie<number[]>();
      for (const [name, list] of this.byName) {
        const kept = list.filter((e) => !this.entries[e]!.common);
        if (kept.length) this.strictNames.add(name, kept);
      }
    }
    return this.strictNames;
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}
