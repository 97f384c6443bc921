/**
 * A rule-based grammar of Chinese official titles as this paper prints them:
 *
 *   title  := org? office                 市委 + 书记, 省自然资源厅 + 厅长, (bare) 副主任
 *   chain  := title (、 title)*            市委常委、市委秘书长、市委统战部部长、市政协党组副书记
 *   org    := start body                  start: 市/省/县/中共中央/国务院/a place name…; body: free text
 *
 * An organisation is accepted before an office only if it ends in a unit the office belongs to (a 厅长 heads
 * a 厅, a 书记 a 委/党组/党委…): that is what keeps 会议传达学习了省委书记… to 省委书记.
 */
import { COUNTIES, TOWNSHIPS } from './gazetteer-data';
import { HAN_CLASS, isHan } from '../han';
import { Trie, WordIndex } from './trie';

/** Office families: offices whose holders head the same kind of unit. */
export type OfficeFamily =
  | 'secretary'
  | 'standing'
  | 'member'
  | 'mayor'
  | 'county-head'
  | 'district-head'
  | 'governor'
  | 'town-head'
  | 'chair'
  | 'director'
  | 'secretary-general'
  | 'minister'
  | 'department'
  | 'bureau'
  | 'court'
  | 'procurator'
  | 'group'
  | 'section'
  | 'division'
  | 'premier'
  | 'councillor'
  | 'inspector'
  | 'principal'
  | 'company'
  | 'commander'
  | 'society'
  | 'unit-head';

/** What a word found in text introduces: a post, a 市领导-style designation, an occupation, an honorific. */
export type TitleWordKind = 'office' | 'designation' | 'occupation' | 'honorific';

export interface TitleWord {
  word: string;
  kind: TitleWordKind;
  family?: OfficeFamily;
}

const OFFICES: Readonly<Record<OfficeFamily, string>> = {
  secretary: '总书记 书记 副书记 第一书记',
  standing: '常委',
  member: '委员',
  mayor: '市长 副市长 常务副市长 代市长',
  'county-head': '县长 副县长 常务副县长 代县长',
  'district-head': '区长 副区长 常务副区长 代区长',
  governor: '省长 副省长 常务副省长 代省长',
  'town-head': '镇长 副镇长 乡长 副乡长',
  chair: '主席 副主席 常务副主席',
  director: '主任 副主任 常务副主任',
  'secretary-general': '秘书长 副秘书长',
  minister: '部长 副部长 常务副部长',
  department: '厅长 副厅长',
  bureau: '局长 副局长',
  court: '院长 副院长',
  procurator: '检察长 副检察长',
  group: '组长 副组长',
  section: '科长 副科长',
  division: '处长 副处长',
  premier: '总理 副总理',
  councillor: '国务委员',
  inspector: '一级巡视员 二级巡视员 巡视员 一级调研员 二级调研员 调研员 党组成员',
  principal: '校长 副校长',
  company: '董事长 总经理 副总经理',
  commander: '指挥长 副指挥长 总指挥 副总指挥',
  society: '会长 副会长 理事长',
  'unit-head': '所长 站长 队长 大队长 支队长 馆长 社长 总编辑 台长 行长',
};

/** Unit words an organisation must end with to carry each office; 'any' for ranks held in any unit. */
const UNITS: Readonly<Record<OfficeFamily, readonly string[] | 'any'>> = {
  secretary: ['委', '党组', '党委', '工委', '支部', '总支', '中央', '纪委'],
  standing: ['委', '政治局'],
  member: ['委', '政治局', '委员会', '常委会', '会', '组', '党组'],
  mayor: ['市', '市政府', '市人民政府'],
  'county-head': ['县', '县政府', '县人民政府'],
  'district-head': ['区', '区政府', '区人民政府'],
  governor: ['省', '省政府', '省人民政府'],
  'town-head': ['镇', '乡', '镇政府', '乡政府'],
  chair: ['国家', '军委', '政协', '会', '联', '盟', '委员会'],
  director: ['委员会', '常委会', '委', '会', '办', '办公室', '室', '中心', '站', '所', '部', '村', '社区'],
  'secretary-general': ['政府', '常委会', '政协', '委', '会', '院', '联'],
  minister: ['部'],
  department: ['厅'],
  bureau: ['局'],
  court: ['院'],
  procurator: ['检察院'],
  group: ['组'],
  section: ['科'],
  division: ['处'],
  premier: ['国务院'],
  councillor: [],
  inspector: 'any',
  principal: ['校', '学', '学校', '大学', '中学', '小学', '学院'],
  company: ['公司', '集团', '银行', '厂'],
  commander: ['部', '指挥部'],
  society: ['会'],
  'unit-head': ['所', '站', '队', '馆', '社', '台', '行'],
};

/** Families whose office names the unit by itself (市长 is the city's mayor); printed alone they are complete. */
const SELF_SUFFICIENT = new Set<OfficeFamily>(['mayor', 'governor', 'councillor']);

/** The organisation a self-sufficient office implies when none is printed. */
const IMPLIED_ORG: Partial<Record<OfficeFamily, string>> = { mayor: '市政府', governor: '省政府' };

const DESIGNATIONS = ['市领导', '省领导', '县领导', '区领导', '市级领导', '县级领导'];

/** Occupations printed before names (航天员翟志刚): the person is mentioned, but this is no post. */
const OCCUPATIONS = (
  '航天员 职工 村民 居民 民警 讲解员 志愿者 专家 记者 实习记者 通讯员 摄影记者 科学家 ' +
  '劳动模范 全国劳模 老党员 老红军 英雄 医生 护士 教师 老师 学生 选手 运动员 演员 作家 画家'
).split(' ');

/** Honorifics printed after names (乔晓峰同志, 刘志丹将军): mark a mention, never a post. */
const HONORIFICS = ['同志', '烈士', '将军', '先生', '女士', '院士', '教授'];

const TITLE_WORDS = new Trie<TitleWord>();
const OFFICE_FAMILY = new Map<string, OfficeFamily>();
for (const [family, words] of Object.entries(OFFICES) as [OfficeFamily, string][]) {
  for (const word of words.split(' ')) {
    OFFICE_FAMILY.set(word, family);
    TITLE_WORDS.add(word, { word, kind: 'office', family });
  }
}
for (const word of DESIGNATIONS) TITLE_WORDS.add(word, { word, kind: 'designation' });
for (const word of OCCUPATIONS) TITLE_WORDS.add(word, { word, kind: 'occupation' });
for (const word of HONORIFICS) TITLE_WORDS.add(word, { word, kind: 'honorific' });

/** All office words (for matching an office that ends at a given position). */
const OFFICE_WORDS = new WordIndex(OFFICE_FAMILY.keys());

export function titleWords(): Trie<TitleWord> {
  return TITLE_WORDS;
}

export function isSelfSufficient(office: string): boolean {
  const family = OFFICE_FAMILY.get(office);
  return family !== undefined && SELF_SUFFICIENT.has(family);
}

/** Characters that end the organisation part of a title when reading backwards from the office. */
const ORG_STOP = new Set([...'的了在和与及是对把被从向将就都也还并而或其之以由为给让同跟等经请任兼暨于']);

/** Words an organisation can open with. */
const ORG_STARTS = new WordIndex([
  '中共中央',
  '中共',
  '中央',
  '党中央',
  '国务院',
  '国家',
  '全国',
  '中国',
  '省',
  '市',
  '县',
  '区',
  '乡',
  '镇',
  '村',
  '吕梁',
  '山西',
  '共青团',
  '团',
  '政协',
  '人大',
  '党委',
  '党组',
  '党总支',
  '党支部',
  '民革',
  '民盟',
  '民建',
  '民进',
  '农工党',
  '致公党',
  '九三学社',
  '工商联',
  ...COUNTIES.flatMap((c) => (c.short ? [c.name, c.short] : [c.name])),
  ...TOWNSHIPS.map((t) => t.name),
]);

/** Province-level names, for titles of officials from elsewhere (河北省委书记). */
const PROVINCES = new WordIndex(
  (
    '北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西 ' +
    '海南 重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 香港 澳门 台湾'
  ).split(' '),
);

/** An opening place name such as 太原市, 四兴村, 三交镇: two or three characters before the unit. */
const PLACE_OPENING = new RegExp(`^([${HAN_CLASS}]{2,3})[市县区镇乡村]`, 'u');
/** Characters that never open a place name here: verbs and particles a title run can start with (按照省委…). */
const NOT_IN_PLACE_OPENING = new Set([
  ...'按照据根落实贯彻学习传达听取会议要求通过对向把由经请全我本各该每两几外城超都和与及的了在是为给让',
]);

function opensOrganization(candidate: string): boolean {
  if (ORG_STARTS.startingAt(candidate, 0) !== null || PROVINCES.startingAt(candidate, 0) !== null)
    return true;
  const m = PLACE_OPENING.exec(candidate);
  return m !== null && ![...m[1]!].some((ch) => NOT_IN_PLACE_OPENING.has(ch));
}

/** Whether `org` may carry an office of `family`. */
export function unitFits(org: string, family: OfficeFamily): boolean {
  const units = UNITS[family];
  if (units === 'any') return org.length > 0;
  return units.some((unit) => org.endsWith(unit));
}

/** The parent of a party group or office inside a body: 市政协党组 → 市政协 (its 主席 chairs 市政协). */
export function parentOrg(org: string): string {
  return org.replace(/(机关党委|机关党组|党组|党委|机关)$/, '');
}

/**
 * Canonical spelling of an organisation: the paper's own city is written 市 (吕梁市委 → 市委), term numbers are
 * dropped (市第三届人大常委会 → 市人大常委会), 人民政府 is 政府.
 */
export function normalizeOrg(org: string): string {
  let out = org
    .replace(/第[一二三四五六七八九十]+届/g, '')
    .replace(/^中共吕梁市委/, '市委')
    .replace(/^政协吕梁市委员会/, '市政协')
    .replace(/^吕梁市/, '市');
  out = out.replace(/人民政府$/, '政府').replace(/人民政府(?=.)/, '政府');
  return out;
}

export interface ParsedTitle {
  /** Full title as printed, canonicalised: 市委副书记, 市人大常委会副主任, 常务副市长. */
  title: string;
  office: string;
  family: OfficeFamily;
  /** Organisation printed before the office (canonical), or implied by it (市长 → 市政府). */
  org?: string;
  /** True when no organisation was printed and the office does not imply one (副主任 alone). */
  bare: boolean;
  /** Offset where the title starts in the text (organisation included). */
  start: number;
  /**
   * The organisation was printed as a department without its parent (市委常委、组织部部长): the chain's
   * earlier organisation completes it (市委组织部).
   */
  relative?: boolean;
}

/** Composes the canonical title for an office held in `org`. */
export function composeTitle(office: string, family: OfficeFamily, org: string | undefined): string {
  if (!org) return office;
  if (family === 'mayor' && (org === '市' || org === '市政府')) return office;
  if (family === 'governor' && (org === '省' || org === '省政府')) return office;
  return org + office;
}

/** Reads backwards from `end` over characters an organisation can contain (parenthesised 北京 included). */
function runBefore(text: string, end: number, max = 32): number {
  let i = end;
  while (i > 0 && end - i < max) {
    const ch = text[i - 1]!;
    if (ch === '）') {
      const open = text.lastIndexOf('（', i - 1);
      if (open < 0 || i - 1 - open > 8) break;
      i = open;
      continue;
    }
    if (!isHan(ch) || ORG_STOP.has(ch)) break;
    i--;
  }
  return i;
}

/**
 * The organisation printed right before an office starting at `officeStart`, or null. The longest run that
 * opens like an organisation and ends in a unit the office belongs to wins.
 */
export function orgBefore(
  text: string,
  officeStart: number,
  family: OfficeFamily,
): { org: string; start: number; relative?: boolean } | null {
  const runStart = runBefore(text, officeStart);
  for (let i = runStart; i < officeStart; i++) {
    const candidate = text.slice(i, officeStart);
    if (!opensOrganization(candidate)) continue;
    const org = normalizeOrg(candidate);
    if (org && unitFits(org, family)) return { org, start: i };
  }
  const run = text.slice(runStart, officeStart);
  // 孝义市长, 柳林县长: a county's short form before the head of its own level.
  const level = HEAD_LEVEL[family];
  if (level) {
    const county = COUNTIES.find((c) => c.short && run.endsWith(c.short) && c.name === c.short + level);
    if (county?.short) return { org: county.name, start: officeStart - county.short.length };
  }
  // 市委常委、组织部部长: a department printed alone, right after a separator.
  const separated = runStart === 0 || text[runStart - 1] === '、' || !isHan(text[runStart - 1]);
  if (separated && run.length >= 2 && run.length <= 6 && UNITS[family] !== 'any' && unitFits(run, family)) {
    return { org: normalizeOrg(run), start: runStart, relative: true };
  }
  return null;
}

/** The level whose head each family is (a 市长 heads a 市). */
const HEAD_LEVEL: Partial<Record<OfficeFamily, string>> = {
  mayor: '市',
  'county-head': '县',
  'district-head': '区',
};

/** Organs named after the region, not after the party committee (市纪委, not 市委纪委). */
const REGION_ORGANS = /^(纪委|监委|政府|人大|政协|人民政府)/;

/**
 * Completes a department printed without its parent from the chain before it: 市委常委、组织部部长 →
 * 市委组织部部长; 市委常委、纪委书记 → 市纪委书记.
 */
export function attachRelative(title: ParsedTitle, chain: readonly ParsedTitle[]): ParsedTitle {
  if (!title.relative || !title.org) return title;
  for (let i = chain.length - 1; i >= 0; i--) {
    const parent = chain[i]!.org ? parentOrg(chain[i]!.org!) : '';
    if (!/[委府]$/.test(parent)) continue;
    const region = parent.replace(/(委|政府|人民政府)$/, '');
    const org = REGION_ORGANS.test(title.org) ? region + title.org : parent + title.org;
    return { ...withOrg(title, org), relative: false };
  }
  return title;
}

/** Parses the title whose office occupies [officeStart, officeEnd). */
export function parseTitle(text: string, officeStart: number, officeEnd: number): ParsedTitle | null {
  const office = text.slice(officeStart, officeEnd);
  const family = OFFICE_FAMILY.get(office);
  if (!family) return null;
  const found = orgBefore(text, officeStart, family);
  if (found) {
    const org =
      family === 'mayor' && found.org === '市'
        ? '市政府'
        : family === 'governor' && found.org === '省'
          ? '省政府'
          : found.org;
    return {
      title: composeTitle(office, family, found.org),
      office,
      family,
      org,
      bare: false,
      start: found.start,
      ...(found.relative ? { relative: true } : {}),
    };
  }
  const implied = IMPLIED_ORG[family];
  return {
    title: office,
    office,
    family,
    ...(implied ? { org: implied } : {}),
    bare: !SELF_SUFFICIENT.has(family),
    start: officeStart,
  };
}

/** The office word ending exactly at `end`, longest first. */
export function officeEndingAt(text: string, end: number): string | null {
  return OFFICE_WORDS.endingAt(text, end);
}

/**
 * The chain of titles ending with the one starting at `titleStart`, read backwards over 、 (市委常委、
 * 常务副市长…). Returned in printed order, the given title excluded.
 */
export function chainBefore(text: string, titleStart: number): ParsedTitle[] {
  const chain: ParsedTitle[] = [];
  let cursor = titleStart;
  while (cursor > 0 && (text[cursor - 1] === '、' || text[cursor - 1] === '兼')) {
    const end = cursor - 1;
    const office = officeEndingAt(text, end);
    if (!office) break;
    const parsed = parseTitle(text, end - office.length, end);
    if (!parsed) break;
    chain.unshift(parsed);
    cursor = parsed.start;
  }
  return chain;
}

/**
 * Gives a bare title the organisation of an earlier title in the same chain when the office fits it
 * (市政协党组书记、主席 → 市政协主席).
 */
export function inheritOrg(title: ParsedTitle, from: readonly ParsedTitle[]): ParsedTitle {
  if (!title.bare) return title;
  for (let i = from.length - 1; i >= 0; i--) {
    const org = from[i]!.org;
    if (!org) continue;
    for (const candidate of [org, parentOrg(org)]) {
      if (unitFits(candidate, title.family)) return withOrg(title, candidate);
    }
  }
  return title;
}

/** The bare title re-written as held in `org`. */
export function withOrg(title: ParsedTitle, org: string): ParsedTitle {
  return { ...title, org, bare: false, title: composeTitle(title.office, title.family, org) };
}
