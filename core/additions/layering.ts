/**
 * The additions' entities laid over the base's, one addition after another: each addition's own mentions (the
 * entities extracted from its articles alone) merged into the profiles as they stand, the lexicon and jieba's
 * words grown with them. Because every addition's mentions are its own, the same additions in the same order
 * give the same profiles whether they were imported at once or one by one, and removing one is laying the others
 * again from their stored mentions, without parsing or extracting anything (see backout.ts).
 */
import { jiebaUserWords } from '../entities/jieba';
import type { EntityRecord } from '../entities/types';
import { lexiconEntries, type Lexicon, type LexiconEntry } from '../search/lexicon';
import type { UserWord } from '../search/tokenizer';
import { mergeProfile } from './merge';
import { splitEntity, type EntityProfile } from './profile';

export interface LaidEntities {
  /** Profiles of the entities the additions mention, merged with the base's. */
  profiles: EntityProfile[];
  /** Per mentioned entity, the added documents that mention it (sorted). */
  docs: Map<string, Uint32Array>;
  lexicon: Lexicon;
  /** Entity id → its number in `lexicon`. */
  number: Map<string, number>;
}

export class EntityLayering {
  private readonly profiles = new Map<string, EntityProfile>();
  private readonly docs = new Map<string, number[]>();
  private readonly entries: LexiconEntry[];
  private readonly number = new Map<string, number>();
  private readonly words: Map<string, UserWord>;
  private readonly officials = new Set<string>();

  constructor(
    private readonly base: {
      lexicon: Lexicon;
      entity(id: string): Promise<EntityProfile | undefined>;
    },
    /** Document numbers of the added articles. */
    private readonly docOf: (id: string) => number | undefined,
  ) {
    this.entries = [...base.lexicon.entries];
    this.entries.forEach((e, i) => {
      this.number.set(e.id, i);
      if (e.official) this.officials.add(e.name);
    });
    this.words = new Map(base.lexicon.words.map((w) => [w.word, w]));
  }

  /** Names of the people with a post so far: an addition's articles are read for them bare. */
  knownPeople(): string[] {
    return [...this.officials];
  }

  /** Lays one addition's mentions over the profiles as they stand. */
  async add(mentions: readonly EntityRecord[]): Promise<void> {
    const changed: EntityProfile[] = [];
    for (const entity of mentions) {
      const own = splitEntity(entity, this.docOf);
      const current = this.profiles.get(entity.id) ?? (await this.base.entity(entity.id));
      const merged = current ? mergeProfile(current, entity, this.docOf) : own.profile;
      this.profiles.set(entity.id, merged);
      const list = this.docs.get(entity.id) ?? [];
      list.push(...own.docs);
      this.docs.set(entity.id, list);
      changed.push(merged);
      if (merged.kind === 'person' && (merged.roles.length || merged.designations?.length))
        this.officials.add(merged.name);
    }
    const records: EntityRecord[] = changed.map((p) => ({ ...p, articles: [] }));
    const fresh = lexiconEntries(records);
    changed.forEach((profile, i) => {
      const entry = { ...fresh[i]!, articles: profile.articleCount };
      const at = this.number.get(profile.id);
      if (at !== undefined) this.entries[at] = entry;
      else {
        this.number.set(profile.id, this.entries.length);
        this.entries.push(entry);
      }
    });
    for (const w of jiebaUserWords(records)) if (!this.words.has(w.word)) this.words.set(w.word, w);
  }

  finish(): LaidEntities {
    return {
      profiles: [...this.profiles.values()],
      docs: new Map([...this.docs].map(([id, list]) => [id, Uint32Array.from(list).sort()])),
      lexicon: { entries: [...this.entries], words: [...this.words.values()] },
      number: new Map(this.number),
    };
  }
}
