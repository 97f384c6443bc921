/**
 * Places: 吕梁市 itself, its 13 county-level divisions and 154 townships from the gazetteer (with the short
 * forms readers use: 孝义 ↔ 孝义市, never 兴/临/岚), plus towns, villages and communities the archive names
 * (四兴村, 成家镇, 南辛安村), read from the text with care to skip generic words (全村, 各乡, 城市社区).
 */
import { CITY, COUNTIES, TOWNSHIPS } from './gazetteer-data';
import type { PlaceType } from './types';
import { isHan } from '../han';
import { Trie, WordIndex } from './trie';

/** A place as the catalogue knows it, before any article is read. */
export interface PlaceInfo {
  /** Key unique among places: the name, or county + name when two counties share a township name. */
  key: string;
  name: string;
  type: PlaceType;
  county?: string;
  township?: string;
  code?: string;
  /** Short forms (孝义 for 孝义市, 吕梁 for 吕梁市). */
  shortForms: string[];
}

export interface PlaceHit {
  start: number;
  end: number;
  /** Key of a catalogue place, or of a place read from the text (see `placeKey`). */
  key: string;
  name: string;
  type: PlaceType;
  county?: string;
  township?: string;
}

const CATALOGUE = new Map<string, PlaceInfo>();
/** Surface → the catalogue keys it can mean (三交镇 is a township of both 临县 and 柳林县). */
const SURFACES = new Trie<string[]>();
const countyByCode = new Map(COUNTIES.map((c) => [c.code, c.name]));
const COUNTY_NAMES = new Set(COUNTIES.map((c) => c.name));

function addSurface(surface: string, key: string): void {
  const keys = SURFACES.get(surface);
  if (keys) {
    if (!keys.includes(key)) keys.push(key);
  } else SURFACES.add(surface, [key]);
}

function addPlace(info: PlaceInfo): void {
  CATALOGUE.set(info.key, info);
  addSurface(info.name, info.key);
  for (const short of info.shortForms) addSurface(short, info.key);
}

addPlace({ key: CITY.name, name: CITY.name, type: 'city', code: CITY.code, shortForms: [CITY.short] });
for (const county of COUNTIES) {
  addPlace({
    key: county.name,
    name: county.name,
    type: 'county',
    code: county.code,
    shortForms: county.short ? [county.short] : [],
  });
}
const townshipCounts = new Map<string, number>();
for (const t of TOWNSHIPS) townshipCounts.set(t.name, (townshipCounts.get(t.name) ?? 0) + 1);
for (const t of TOWNSHIPS) {
  const county = countyByCode.get(t.county)!;
  const shared = (townshipCounts.get(t.name) ?? 0) > 1;
  addPlace({
    key: shared ? county + t.name : t.name,
    name: t.name,
    type: /(街道|镇|乡)$/.test(t.name) ? 'township' : 'zone',
    county,
    code: t.code,
    shortForms: [],
  });
}

/** Every place of the gazetteer. */
export function gazetteerPlaces(): PlaceInfo[] {
  return [...CATALOGUE.values()];
}

/** Characters before a short form that make it part of a common word (地方山区 is not 方山, 距离石… not 离石). */
const GLUE_BEFORE: Readonly<Record<string, string>> = {
  方山: '地东西南北多各双对一四八官后前上下',
  离石: '距脱分隔远撤偏背疏剥游',
};
/** Characters after a short form that make it part of another name or an idiom (交口称赞, 交口商业街). */
const GLUE_AFTER: Readonly<Record<string, string>> = { 交口: '称商' };

function gluedShortForm(text: string, start: number, end: number, surface: string): boolean {
  const before = GLUE_BEFORE[surface];
  const after = GLUE_AFTER[surface];
  return (
    (before !== undefined && start > 0 && before.includes(text[start - 1]!)) ||
    (after !== undefined && end < text.length && after.includes(text[end]!))
  );
}

/** The key a text-read place is grouped under until counties are settled. */
export function placeKey(name: string, county: string | undefined): string {
  return county ? `${county}|${name}` : name;
}

const SENTENCE_END = /[。！？；\n]/;

/** Unit words that end the name of a settlement read from the text. */
const SETTLEMENT_UNITS = ['街道', '社区', '村', '镇', '乡'];
const UNIT_OPENERS = new Set(SETTLEMENT_UNITS.map((u) => u.charCodeAt(0)));

/** Characters never inside a settlement's name. */
const NOT_IN_SETTLEMENT = new Set([
  ...'的了在和与及是对把被从向将就都也还并而或其之以由为给让同跟等经请兼暨于、个们这那要说不没有很更最已到赴进入',
  ...'市县区省委局部厅院',
]);

/** Words that, inside the window before a unit, mean it is used as a common noun (结对村, 示范社区, 全村). */
const GENERIC_WORDS = new WordIndex(
  (
    '结对 示范 贫困 搬迁 走进 深入 城市 移民 重点 养老 幸福 所有 城乡 农村 老旧 新建 样板 城区 街道 全 各 ' +
    '本 该 每 整 逐 旧 驻 邻 外 乡 农 城 美丽 振兴 建设 国家 大家 人家 专家 作家 回家 全家 万家 基层 ' +
    '一个 一批 这个 多个 几个 中心 易地 集中 安置 社会 试点 行政 自然 传统 特色 文明 卫生 加强 强化 推进 ' +
    '打造 完善 服务 管理 治理 提升 创建 规范 健全 布局 优化 调整 发展 壮大 成立'
  ).split(' '),
);

/** Characters after a unit that make it part of a word (村民, 村级, 乡村, 乡镇). */
const UNIT_GLUE_AFTER: Readonly<Record<string, string>> = {
  村: '民庄委级集干容党里落组务貌规两头口',
  乡: '村镇亲土愁下里情风贤',
  镇: '街',
};

/** Settlement names readers recognise as toponyms even without a county before them. */
const TOPONYM_ENDINGS = new Set([...'家沟庄坪峪河湾塔岭山坡堡营寨垣崖口头里屯窑洼梁峁垛渠滩川岔圪店铺桥关']);
const DIRECTIONS = new Set([...'东西南北上下前后']);

function settlementName(
  text: string,
  unitStart: number,
  unit: string,
  floor: number,
): { name: string; start: number } | null {
  const maxLength = unit.length === 2 ? 4 : 3;
  let start = unitStart;
  while (start > floor && unitStart - start < maxLength + 2) {
    const ch = text[start - 1]!;
    if (!isHan(ch) || NOT_IN_SETTLEMENT.has(ch)) break;
    start--;
  }
  // Cut after the last generic word inside the window (走进结对村南辛安村 → 南辛安).
  for (let i = start; i < unitStart; i++) {
    const word = GENERIC_WORDS.startingAt(text, i);
    if (word && i + word.length <= unitStart) start = i + word.length;
  }
  for (const u of SETTLEMENT_UNITS) {
    const inner = text.lastIndexOf(u, unitStart - 1);
    if (inner >= start && inner + u.length <= unitStart) start = inner + u.length;
  }
  if (unitStart - start > maxLength) start = unitStart - maxLength;
  const name = text.slice(start, unitStart);
  if (name.length < 2) return null;
  return { name, start };
}

function settlementType(unit: string): PlaceType {
  if (unit === '村') return 'village';
  if (unit === '社区') return 'community';
  return 'town';
}

/** Resolves a catalogue surface to one key, using the county named just before it or the article's county. */
function resolveKeys(
  keys: readonly string[],
  previousCounty: string | undefined,
  articleCounty: string | undefined,
) {
  if (keys.length === 1) return keys[0];
  for (const county of [previousCounty, articleCounty]) {
    if (!county) continue;
    const match = keys.find((key) => CATALOGUE.get(key)?.county === county);
    if (match) return match;
  }
  return undefined;
}

/** The counties an article names (full or short form), for settling places and bare county units. */
export function countiesIn(text: string): string[] {
  const counties = new Set<string>();
  for (const hit of SURFACES.scan(text)) {
    for (const key of hit.value) {
      const info = CATALOGUE.get(key);
      if (info?.type === 'county' && !gluedShortForm(text, hit.start, hit.end, hit.key))
        counties.add(info.name);
    }
  }
  return [...counties];
}

/**
 * Places named in `text`: catalogue places (leftmost-longest), then settlements read from their unit words.
 * `articleCounty` is the county the article is about, when it names only one.
 */
export function findPlaces(text: string, articleCounty?: string): PlaceHit[] {
  const hits: PlaceHit[] = [];
  const covered: [number, number][] = [];
  let lastCounty: { county: string; end: number; township?: string } | undefined;
  for (const hit of SURFACES.scan(text)) {
    if (gluedShortForm(text, hit.start, hit.end, hit.key)) continue;
    if (lastCounty && SENTENCE_END.test(text.slice(lastCounty.end, hit.start))) lastCounty = undefined;
    const previous = lastCounty && lastCounty.end === hit.start ? lastCounty.county : undefined;
    const key = resolveKeys(hit.value, previous ?? lastCounty?.county, articleCounty);
    covered.push([hit.start, hit.end]);
    if (!key) continue;
    const info = CATALOGUE.get(key)!;
    hits.push({ start: hit.start, end: hit.end, key, name: info.name, type: info.type, county: info.county });
    if (info.type === 'county') lastCounty = { county: info.name, end: hit.end };
    else if (info.county) lastCounty = { county: info.county, end: hit.end, township: info.name };
  }
  hits.push(...findSettlements(text, hits, covered, articleCounty));
  return hits.sort((a, b) => a.start - b.start);
}

function findSettlements(
  text: string,
  catalogueHits: readonly PlaceHit[],
  covered: readonly [number, number][],
  articleCounty: string | undefined,
): PlaceHit[] {
  const hits: PlaceHit[] = [];
  const endsAt = new Map(catalogueHits.map((hit) => [hit.end, hit]));
  // `covered` is in text order and non-overlapping: one pointer tracks the spans behind the scan position.
  let next = 0;
  let floor = 0;
  for (let i = 0; i < text.length; i++) {
    if (!UNIT_OPENERS.has(text.charCodeAt(i))) continue;
    while (next < covered.length && covered[next]![1] <= i) floor = covered[next++]![1];
    if (next < covered.length && covered[next]![0] <= i) continue;
    const unit = SETTLEMENT_UNITS.find((u) => text.startsWith(u, i));
    if (!unit) continue;
    const glue = UNIT_GLUE_AFTER[unit];
    if (glue && glue.includes(text[i + unit.length] ?? '')) continue;
    const found = settlementName(text, i, unit, floor);
    if (!found) continue;
    const parent = endsAt.get(found.start);
    const name = found.name + unit;
    const vouched =
      parent !== undefined ||
      unit === '社区' ||
      TOPONYM_ENDINGS.has(found.name[found.name.length - 1]!) ||
      (DIRECTIONS.has(found.name[0]!) && found.name.length >= 2);
    if (!vouched || COUNTY_NAMES.has(name)) continue;
    const county = parent ? (parent.type === 'county' ? parent.name : parent.county) : articleCounty;
    const township = parent && parent.type !== 'county' && parent.type !== 'city' ? parent.name : undefined;
    hits.push({
      start: found.start,
      end: i + unit.length,
      key: placeKey(name, county),
      name,
      type: settlementType(unit),
      ...(county ? { county } : {}),
      ...(township ? { township } : {}),
    });
    i += unit.length - 1;
  }
  return hits;
}
