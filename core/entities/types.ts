/**
 * The entity layer's records: the archive's `Entity` / `Role` plus optional fields that serve hover cards,
 * timelines and the page matcher. Every extra field is optional so an `EntityRecord` is a valid `Entity`.
 * Field meanings are documented in docs/archive-format.md (section "Entities").
 */
import type { ArticleKind, Entity, Role } from '../types';

/** A post as the archive shows it, with the bare office word kept apart for matching (秘书长 of 市政府秘书长). */
export interface RoleRecord extends Role {
  /** The office word alone: 书记, 副市长, 秘书长, 检察长, … */
  office?: string;
}

/**
 * A grouping the paper prints before names that is not a post (市领导 X、Y): kept apart from roles so a card
 * can say "city leader" without inventing an office.
 */
export interface Designation {
  label: string;
  first: string;
  last: string;
  articles: string[];
}

/** Another person printed in the same articles, most frequent first. */
export interface CoAppearance {
  id: string;
  name: string;
  /** Number of articles that mention both. */
  count: number;
  /** The most recent shared articles (at most `CO_APPEARANCE_ARTICLES`), newest first. */
  articles: string[];
}

/** An article as an entity's profile lists it (see `topArticles`). */
export interface ProfileArticle {
  id: string;
  title: string;
  /** Publication date, YYYY-MM-DD. */
  date: string;
  kind: ArticleKind;
  /** The title names the entity. */
  titled: boolean;
}

export type Occupation = 'official' | 'reporter' | 'photographer';

export type PlaceType =
  'city' | 'county' | 'township' | 'zone' | 'town' | 'village' | 'community' | 'province' | 'other';

export interface EntityRecord extends Entity {
  roles: RoleRecord[];
  /** Toned pinyin, syllables separated by spaces (people and places): "sūn dà jūn". */
  pinyin?: string;
  /** First and last date the archive mentions the entity (YYYY-MM-DD). */
  firstSeen?: string;
  lastSeen?: string;
  /** Articles mentioning the entity per month, keyed YYYY-MM. */
  mentionsByMonth?: Record<string, number>;
  /** The most telling articles (title names the entity, then newest), at most 20, for cards and lists. */
  topArticles?: ProfileArticle[];

  /** People: 'official' when the archive gives them a post or a designation; bylines give reporter/photographer. */
  occupation?: Occupation;
  /** People: groupings such as 市领导 (not posts). */
  designations?: Designation[];
  /** People: who appears with them most. */
  coAppearances?: CoAppearance[];
  /** People: articles they are bylined on (as reporter or photographer); also listed in `articles`. */
  bylines?: string[];

  /** Places: the county-level division (离石区, 兴县, …) a township, town or village belongs to. */
  county?: string;
  /** Places: the township a village belongs to, when the text names it (临县三交镇双塔村). */
  township?: string;
  placeType?: PlaceType;
  /** Places from the gazetteer: the statistical division code. */
  code?: string;

  /** A word every city has (市委, 市政府, 市水利局): an entity, but never highlighted on its own. */
  generic?: boolean;
  /** The name is also an ordinary word (权威): counted only where a post stands next to it. */
  ambiguous?: boolean;
  /** A name shared by many people (one-character given name): highlight only where a post is printed. */
  needsPost?: boolean;
}
