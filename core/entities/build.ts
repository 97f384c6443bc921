/**
 * Builds the entity layer from parsed articles in two linear passes:
 *
 * 1. every article is read for people introduced by the grammar (posts, designations, acts…), places,
 *    organisations and topics;
 * 2. every article is read again for bare occurrences of the names pass 1 established anywhere in the
 *    archive (孙大军充分肯定…) and of the villages and towns it found.
 *
 * Then roles are merged into timelines, aliases added and co-appearances counted.
 */
import { hasHan } from '../han';
import type { Article, Edition } from '../types';
import { pinyinForms, traditionalForms } from './aliases';
import { coAppearances, type CoArticle } from './coappear';
import { isCommonWord } from './names';
import { findOrganizations, isGenericOrg, organizationAliases } from './organizations';
import { findKnownPeople, findPeople, type PersonHit } from './people';
import { countiesIn, findPlaces, gazetteerPlaces, placeKey, type PlaceHit } from './places';
import { buildDesignations, buildRoles, type DesignationObservation, type RoleObservation } from './roles';
import { surnameOf } from './surnames';
import { articleText } from './text';
import { addTopArticles } from './profile';
import { addTimeline } from './timeline';
import { findTopics, TOPICS } from './topics';
import { Trie } from './trie';
import type { EntityRecord, PlaceType } from './types';

interface PersonAcc {
  name: string;
  /** Articles whose text mentions the name, in archive order. */
  mentioned: Set<string>;
  /** Found by the grammar somewhere (not only as a bare known name). */
  anchored: boolean;
  roles: RoleObservation[];
  designations: DesignationObservation[];
  reporter: Set<string>;
  photographer: Set<string>;
}

interface PlaceAcc {
  name: string;
  type: PlaceType;
  county?: string;
  township?: string;
  articles: Set<string>;
}

interface Doc {
  article: Article;
  order: number;
  /** Dateline date, else the edition's date. */
  date: string | null;
}

const KIND_ORDER = { person: 0, place: 1, organization: 2, topic: 3 } as const;

function cleanName(name: string): string {
  return name.replace(/\s+/g, '');
}

class Builder {
  readonly people = new Map<string, PersonAcc>();
  readonly places = new Map<string, PlaceAcc>();
  readonly organizations = new Map<string, Set<string>>();
  readonly topics = new Map<string, Set<string>>();
  /** Per article, the names its text mentions (for co-appearance). */
  readonly articlePeople = new Map<string, Set<string>>();

  person(name: string): PersonAcc {
    let acc = this.people.get(name);
    if (!acc) {
      acc = {
        name,
        mentioned: new Set(),
        anchored: false,
        roles: [],
        designations: [],
        reporter: new Set(),
        photographer: new Set(),
      };
      this.people.set(name, acc);
    }
    return acc;
  }

  mention(hit: PersonHit, doc: Doc): void {
    const id = doc.article.id;
    const acc = this.person(hit.name);
    acc.mentioned.add(id);
    if (hit.evidence !== 'known') acc.anchored = true;
    let names = this.articlePeople.get(id);
    if (!names) this.articlePeople.set(id, (names = new Set()));
    names.add(hit.name);
    if (!doc.date) return;
    for (const title of hit.titles) acc.roles.push({ ...title, article: id, date: doc.date });
    if (hit.designation) acc.designations.push({ label: hit.designation, article: id, date: doc.date });
  }

  place(hit: PlaceHit, article: string): void {
    let acc = this.places.get(hit.key);
    if (!acc) {
      acc = {
        name: hit.name,
        type: hit.type,
        ...(hit.county ? { county: hit.county } : {}),
        ...(hit.township ? { township: hit.township } : {}),
        articles: new Set(),
      };
      this.places.set(hit.key, acc);
    }
    acc.articles.add(article);
  }

  static add(map: Map<string, Set<string>>, key: string, article: string): void {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(article);
  }
}

function singleCounty(text: string): string | undefined {
  const counties = countiesIn(text);
  return counties.length === 1 ? counties[0] : undefined;
}

function firstPass(builder: Builder, docs: readonly Doc[]): void {
  for (const doc of docs) {
    const { article } = doc;
    const text = articleText(article);
    const county = singleCounty(text);
    const orgs = findOrganizations(text, county);
    for (const org of orgs) Builder.add(builder.organizations, org.name, article.id);
    for (const place of findPlaces(text, county)) builder.place(place, article.id);
    for (const hit of findPeople(text, orgs, county)) builder.mention(hit, doc);
    for (const topic of findTopics(text)) Builder.add(builder.topics, topic, article.id);
    for (const name of article.reporters.map(cleanName))
      if (name) builder.person(name).reporter.add(article.id);
    for (const name of article.photographers.map(cleanName)) {
      if (name) builder.person(name).photographer.add(article.id);
    }
  }
}

function secondPass(builder: Builder, docs: readonly Doc[], known: Iterable<string>): void {
  const knownPeople = new Trie<true>();
  for (const acc of builder.people.values()) {
    if (acc.anchored && !isCommonWord(acc.name)) knownPeople.add(acc.name, true);
  }
  for (const name of known) if (!isCommonWord(name)) knownPeople.add(name, true);
  const settlements = new Trie<PlaceAcc>();
  for (const acc of builder.places.values()) {
    if (acc.type === 'village' || acc.type === 'town' || acc.type === 'community')
      settlements.add(acc.name, acc);
  }
  for (const doc of docs) {
    const text = articleText(doc.article);
    const county = singleCounty(text);
    const places = findPlaces(text, county);
    const seen = new Set(places.map((p) => p.name));
    for (const hit of settlements.scan(text)) {
      if (seen.has(hit.key)) continue;
      seen.add(hit.key);
      const settled = hit.value.county ?? county;
      const place: PlaceHit = {
        start: hit.start,
        end: hit.end,
        key: placeKey(hit.key, settled),
        name: hit.key,
        type: hit.value.type,
        ...(settled ? { county: settled } : {}),
      };
      builder.place(place, doc.article.id);
    }
    for (const hit of findKnownPeople(text, knownPeople)) {
      const end = hit.start + hit.name.length;
      if (places.some((p) => p.start < end && hit.start < p.end)) continue;
      builder.mention(hit, doc);
    }
  }
}

function orderArticles(ids: Iterable<string>, order: ReadonlyMap<string, number>): string[] {
  return [...new Set(ids)].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

function withAliases(base: Iterable<string>, name: string): string[] {
  const aliases = new Set<string>();
  for (const form of base) if (form !== name) aliases.add(form);
  for (const form of [name, ...aliases]) {
    if (hasHan(form)) for (const t of traditionalForms(form)) aliases.add(t);
  }
  aliases.delete(name);
  return [...aliases];
}

function personEntities(builder: Builder, order: ReadonlyMap<string, number>): EntityRecord[] {
  const out: EntityRecord[] = [];
  for (const acc of builder.people.values()) {
    const roles = buildRoles(acc.roles);
    const designations = buildDesignations(acc.designations);
    const bylines = orderArticles([...acc.reporter, ...acc.photographer], order);
    const official = roles.length > 0 || designations.length > 0;
    const surname = surnameOf(acc.name);
    const py = pinyinForms(acc.name, surname?.length ?? 1);
    const aliases = withAliases(py?.aliases ?? [], acc.name);
    const common = {
      kind: 'person' as const,
      name: acc.name,
      aliases,
      ...(py ? { pinyin: py.display } : {}),
      ...(isCommonWord(acc.name) ? { ambiguous: true } : {}),
      ...(acc.name.length === 2 ? { needsPost: true } : {}),
    };
    const bylineOccupation = acc.reporter.size > 0 ? ('reporter' as const) : ('photographer' as const);
    // A reporter who shares an official's name is another person: bylines never give posts.
    const split = official && bylines.length > 0;
    out.push({
      id: `person:${acc.name}`,
      ...common,
      roles,
      articles: orderArticles(split ? acc.mentioned : [...acc.mentioned, ...bylines], order),
      ...(official
        ? { occupation: 'official' as const, ...(designations.length ? { designations } : {}) }
        : bylines.length
          ? { occupation: bylineOccupation }
          : {}),
      ...(!split && bylines.length ? { bylines } : {}),
    });
    if (split) {
      out.push({
        id: `person:${acc.name}#${bylineOccupation}`,
        ...common,
        roles: [],
        articles: bylines,
        occupation: bylineOccupation,
        bylines,
      });
    }
  }
  return out;
}

function placeEntities(
  builder: Builder,
  order: ReadonlyMap<string, number>,
  mentionedOnly: boolean,
): EntityRecord[] {
  const out: EntityRecord[] = [];
  const catalogueKeys = new Set<string>();
  for (const info of gazetteerPlaces()) {
    catalogueKeys.add(info.key);
    const acc = builder.places.get(info.key);
    if (mentionedOnly && !acc) continue;
    const py = pinyinForms(info.name);
    const shortPinyin = info.shortForms.flatMap((s) => pinyinForms(s)?.aliases ?? []);
    out.push({
      id: `place:${info.key}`,
      kind: 'place',
      name: info.name,
      aliases: withAliases([...info.shortForms, ...(py?.aliases ?? []), ...shortPinyin], info.name),
      roles: [],
      articles: orderArticles(acc?.articles ?? [], order),
      placeType: info.type,
      ...(py ? { pinyin: py.display } : {}),
      ...(info.county ? { county: info.county } : {}),
      ...(info.code ? { code: info.code } : {}),
    });
  }
  // Places read from the text: one entity per name, or per county when two counties have a place so named.
  const byName = new Map<string, PlaceAcc[]>();
  for (const [key, acc] of builder.places) {
    if (catalogueKeys.has(key)) continue;
    const list = byName.get(acc.name) ?? [];
    list.push(acc);
    byName.set(acc.name, list);
  }
  for (const [name, accs] of byName) {
    const counties = new Set(accs.flatMap((a) => (a.county ? [a.county] : [])));
    const groups = new Map<string, PlaceAcc[]>();
    const main = [...accs].sort((a, b) => b.articles.size - a.articles.size)[0]!;
    for (const acc of accs) {
      const county = acc.county ?? main.county ?? '';
      const list = groups.get(county) ?? [];
      list.push(acc);
      groups.set(county, list);
    }
    for (const [county, group] of groups) {
      const py = pinyinForms(name);
      const township = group.find((g) => g.township)?.township;
      out.push({
        id: counties.size > 1 ? `place:${county}${name}` : `place:${name}`,
        kind: 'place',
        name,
        aliases: withAliases(py?.aliases ?? [], name),
        roles: [],
        articles: orderArticles(
          group.flatMap((g) => [...g.articles]),
          order,
        ),
        placeType: group[0]!.type,
        ...(py ? { pinyin: py.display } : {}),
        ...(county ? { county } : {}),
        ...(township ? { township } : {}),
      });
    }
  }
  return out;
}

function organizationEntities(builder: Builder, order: ReadonlyMap<string, number>): EntityRecord[] {
  return [...builder.organizations].map(([name, articles]) => ({
    id: `organization:${name}`,
    kind: 'organization' as const,
    name,
    aliases: withAliases(organizationAliases(name), name),
    roles: [],
    articles: orderArticles(articles, order),
    ...(isGenericOrg(name) ? { generic: true } : {}),
  }));
}

function topicEntities(
  builder: Builder,
  order: ReadonlyMap<string, number>,
  mentionedOnly: boolean,
): EntityRecord[] {
  const topics = mentionedOnly ? TOPICS.filter((t) => builder.topics.has(t.name)) : TOPICS;
  return topics.map((topic) => ({
    id: `topic:${topic.name}`,
    kind: 'topic' as const,
    name: topic.name,
    aliases: withAliases(topic.aliases, topic.name),
    roles: [],
    articles: orderArticles(builder.topics.get(topic.name) ?? [], order),
  }));
}

function addCoAppearances(entities: EntityRecord[], builder: Builder, docs: readonly Doc[]): void {
  const idOf = new Map<string, string>();
  const names = new Map<string, string>();
  const byId = new Map<string, EntityRecord>();
  for (const e of entities) {
    if (e.kind !== 'person' || e.id.includes('#')) continue;
    idOf.set(e.name, e.id);
    names.set(e.id, e.name);
    byId.set(e.id, e);
  }
  const articles: CoArticle[] = [];
  for (const doc of docs) {
    const people = builder.articlePeople.get(doc.article.id);
    if (!people || people.size < 2) continue;
    const day = doc.date ? Date.parse(doc.date) / 86_400_000 : 0;
    articles.push({
      id: doc.article.id,
      rank: day * 1_000_000 + doc.order,
      people: [...people].flatMap((n) => (idOf.has(n) ? [idOf.get(n)!] : [])),
    });
  }
  for (const [id, list] of coAppearances(articles, names)) {
    const entity = byId.get(id);
    if (entity && list.length > 0) entity.coAppearances = list;
  }
}

export interface EntityBuildOptions {
  /**
   * People established elsewhere (an archive the articles are added to): their bare names are found in these
   * articles too, as pass 2 finds the names pass 1 established.
   */
  knownPeople?: Iterable<string>;
  /**
   * Leaves out entities the articles do not mention (gazetteer places and topics are otherwise all listed):
   * what added articles need, at a fraction of the cost.
   */
  mentionedOnly?: boolean;
}

/** Builds every entity of the archive; see docs/archive-format.md for the record format. */
export function buildEntityRecords(
  articles: readonly Article[],
  editions: readonly Edition[],
  options: EntityBuildOptions = {},
): EntityRecord[] {
  const editionDate = new Map(editions.map((e) => [e.id, e.date]));
  const docs: Doc[] = articles.map((article, order) => ({
    article,
    order,
    date: article.date ?? editionDate.get(article.edition) ?? null,
  }));
  const order = new Map(docs.map((d) => [d.article.id, d.order]));
  const builder = new Builder();
  firstPass(builder, docs);
  secondPass(builder, docs, options.knownPeople ?? []);
  const entities = [
    ...personEntities(builder, order),
    ...placeEntities(builder, order, options.mentionedOnly ?? false),
    ...organizationEntities(builder, order),
    ...topicEntities(builder, order, options.mentionedOnly ?? false),
  ];
  addCoAppearances(entities, builder, docs);
  const dateOf = new Map(docs.map((d) => [d.article.id, d.date]));
  for (const entity of entities) addTimeline(entity, dateOf);
  addTopArticles(entities, articles, editions);
  return entities.sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      b.articles.length - a.articles.length ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
