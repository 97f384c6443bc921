/**
 * Organisations as the paper names them: a region (市, 省, 县, 中共中央, 国务院, a county…) followed by a body
 * that ends in a unit word (局, 厅, 部, 办公室, 人大常委会, 领导小组…). 市委宣传部, 市乡村振兴局,
 * 省自然资源厅, 国务院安委会, 柳林县公安局. Bare county units (县能源局) take the article's county when
 * the article is about one county only.
 */
import { CITY, COUNTIES } from './gazetteer-data';
import { normalizeOrg, titleWords } from './titles';
import { isHan } from '../han';
import { Trie, WordIndex } from './trie';

export interface OrgHit {
  start: number;
  end: number;
  /** Canonical name: 市委, 市人大常委会, 柳林县能源局. */
  name: string;
}

interface Region {
  /** Canonical spelling of the region part. */
  canonical: string;
  /** The region is an organisation by itself (国务院, 中共中央). */
  complete: boolean;
  /** A bare administrative level (市, 省, 县, 区) rather than a proper name. */
  level: boolean;
  /** A county's short form (柳林): names only enterprises and schools (柳林农商银行), never organs. */
  short?: boolean;
  /** A county-level division (full or short form). */
  county?: boolean;
}

/** Units a county's short form can open (柳林农商银行, not 柳林政府). */
const SHORT_FORM_UNITS = ['银行', '公司', '集团', '医院', '学校', '中学', '小学', '大学'];

const REGIONS = new Trie<Region>();
for (const level of ['市', '省', '县', '区'])
  REGIONS.add(level, { canonical: level, complete: false, level: true });
for (const [token, canonical] of [
  ['中共中央', '中共中央'],
  ['党中央', '党中央'],
  ['国务院', '国务院'],
  ['中央军委', '中央军委'],
  ['全国人大', '全国人大'],
  ['全国政协', '全国政协'],
  ['中共吕梁市委', '市委'],
  ['中共山西省委', '省委'],
  ['政协吕梁市委员会', '市政协'],
  ['政协吕梁市委常务委员会', '市政协常委会'],
] as const) {
  REGIONS.add(token, { canonical, complete: true, level: false });
}
for (const token of ['中央', '中国', '山西', '山西省', CITY.name]) {
  REGIONS.add(token, { canonical: token, complete: false, level: false });
}
for (const county of COUNTIES) {
  REGIONS.add(county.name, { canonical: county.name, complete: false, level: false, county: true });
  if (county.short) {
    REGIONS.add(county.short, {
      canonical: county.short,
      complete: false,
      level: false,
      short: true,
      county: true,
    });
  }
}

/** Unit words an organisation's name ends with. */
const UNIT_SUFFIXES = new WordIndex(
  (
    '人大常委会 常委会 委员会 政治局 安委会 人民政府 政府 人大 政协 纪委 监委 党组 党委 工委 委 局 厅 部 ' +
    '办公室 办公厅 办 室 院 中心 党校 总工会 工会 残联 妇联 团委 科协 文联 侨联 工商联 红十字会 协会 ' +
    '联合会 领导小组 小组 巡察组 督导组 指挥部 公司 集团 医院 银行 学校 大学 中学 小学 支队 大队 分局 ' +
    '电视台 报社 科'
  ).split(' '),
);

/** Words that end in a unit character without being a unit (干部, 全部, 大局, 举办, 市委常委). */
const NOT_UNITS = new WordIndex(
  (
    '干部 全部 内部 外部 局部 东部 西部 南部 北部 中部 教室 庭院 大局 新局 全局 格局 布局 结局 开局 时局 ' +
    '举办 创办 承办 主办 协办 督办 领办 代办 包办 开办 兴办 查办 交办 转办 快办 急办 常委'
  ).split(' '),
);

/** Characters after a one-character unit that make it part of a word (部署, 部门, 办法, 局面, 院校, 局长). */
const UNIT_GLUE: Readonly<Record<string, string>> = {
  办: '法理好事成实公',
  部: '署门分位队长',
  局: '面势长',
  院: '校长子落士',
  室: '长内外友',
  科: '长技学研普室',
  组: '长织建成合',
  厅: '长',
  处: '长理置罚分',
  所: '长有以在谓属',
  委: '员托屈',
  行: '长动为业',
};

/** A 中心 that is a task or a place (市委中心任务, 中心城区), not a unit. */
const CENTRE_GLUE = '任工环地城区组';

/** Characters a body never contains: function words, or the start of another region. */
const BODY_STOP = new Set([
  ...'的了在和与及是对把被从向将就都也还并而或其之以由为给让同跟等经请兼暨于各有这那要个每走',
]);

/** Verbs and adverbs that end an organisation's name (市政协召开… is 市政协). */
const BODY_STOP_WORDS = new WordIndex(
  (
    '召开 举行 印发 联合 开展 发布 通过 启动 出台 确定 作出 立即 成立 牵头 负责 审议 研究 部署 传达 ' +
    '贯彻 落实 推动 推进 加强 做好 发出 出席 主持 参加 列席 召集 决定 安排 表示 强调 指出 要求 提出 ' +
    '关于 按照 根据 认真 积极 全力 迅速 进一步 坚持 明确 统筹 组建 组成 成员 相关 有关 分管 主要 会议 大会 ' +
    '带领 工作人员 负责人 同志 学习 走进 深入 开通 联系 专门'
  ).split(' '),
);

/**
 * What may stand before a bare level (市/省/县/区) opening an organisation: a clause break, a particle, or the
 * last character of a verb that takes one (落实市委, 贯彻省委, 依靠市委). Anything else is part of a word or
 * of another place's name (全市, 城市, 武汉市, 社区).
 */
const LEVEL_BEFORE = new Set([
  ...'和与及对由向在了为是的经请把将被从同跟给让暨即并实彻靠照焦到据持合助表系报达绕循支视交回入出受习',
]);

const TITLE_WORDS = titleWords();

/** Whether an office word (书记, 局长) begins at `pos`, unless a longer unit word does (常委会 over 常委). */
function officeBeginsAt(text: string, pos: number): boolean {
  const hit = TITLE_WORDS.longestAt(text, pos);
  if (hit === null || hit.value.kind !== 'office') return false;
  const unit = UNIT_SUFFIXES.startingAt(text, pos);
  return unit === null || unit.length <= hit.key.length;
}

/** The end of the longest organisation name whose body starts at `bodyStart`, or -1. */
function bodyEnd(text: string, bodyStart: number, region: Region): number {
  let best = region.complete ? bodyStart : -1;
  // A complete organ followed by another region is a list (党中央国务院), not one name.
  if (region.complete && REGIONS.longestAt(text, bodyStart)) return best;
  for (let k = bodyStart; k < text.length && k - bodyStart < 16; k++) {
    const ch = text[k]!;
    if (!isHan(ch) || BODY_STOP.has(ch)) break;
    if (k > bodyStart && officeBeginsAt(text, k)) break;
    const stopWord = BODY_STOP_WORDS.startingAt(text, k);
    if (stopWord && !(stopWord === '组织' && text[k + 2] === '部')) break;
    if ((ch === '市' || ch === '省' || ch === '县') && !(text[k - 1] === '城' || text[k + 1] === '场')) break;
    if (k === bodyStart && (ch === '级' || ch === '区' || ch === '直')) break;
    if (k === bodyStart && ch === '民' && !/^民[政族宗委防航]/.test(text.slice(k, k + 2))) break;
    const end = k + 1;
    const suffix = UNIT_SUFFIXES.endingAt(text, end, bodyStart);
    if (!suffix || NOT_UNITS.endingAt(text, end, bodyStart)) continue;
    if (region.short && !SHORT_FORM_UNITS.includes(suffix)) continue;
    const next = text[end] ?? '';
    if (suffix.length === 1 && UNIT_GLUE[suffix]?.includes(next)) continue;
    if (suffix === '中心' && next && CENTRE_GLUE.includes(next)) continue;
    best = end;
  }
  return best;
}

/** A party committee followed by another top-level organ (省委人大工作会议) names a topic: cut after 委. */
const MISREAD = /委(人大|政协|政府)/;

/** Canonical organisation name for a raw region + body. */
function canonicalName(region: Region, body: string, county: string | undefined): string | null {
  if (region.level && (region.canonical === '县' || region.canonical === '区')) {
    if (!county || !county.endsWith(region.canonical)) return null;
    return county + body;
  }
  if (region.complete) return normalizeOrg(region.canonical + body);
  const raw = region.canonical + body;
  return normalizeOrg(raw.replace(/^山西省/, '省').replace(/^山西(?=省|[委政])/, ''));
}

/**
 * Organisations named in `text`, leftmost-longest. `county` is the article's county when it names only one;
 * it qualifies bare county units (县公安局 → 柳林县公安局).
 */
export function findOrganizations(text: string, county?: string): OrgHit[] {
  const hits: OrgHit[] = [];
  let i = 0;
  while (i < text.length) {
    const region = REGIONS.longestAt(text, i);
    if (!region) {
      i++;
      continue;
    }
    const value = region.value;
    const before = text[i - 1];
    if (value.level && before !== undefined && isHan(before) && !LEVEL_BEFORE.has(before)) {
      i++;
      continue;
    }
    const end = bodyEnd(text, region.end, value);
    if (end < 0) {
      i++;
      continue;
    }
    let body = text.slice(region.end, end);
    // 临县三交镇双塔村中央后委: a county, then settlements, then the organ; the organ is found on its own.
    if (value.county && /[镇乡村]./.test(body)) {
      i++;
      continue;
    }
    let hitEnd = end;
    const misread = MISREAD.exec(body);
    if (misread) {
      body = body.slice(0, misread.index + 1);
      hitEnd = region.end + body.length;
    }
    const name = canonicalName(value, body, county);
    if (name && name.length >= 2) {
      hits.push({ start: i, end: hitEnd, name: name.replace(/常务委员会$/, '常委会') });
      i = hitEnd;
    } else i++;
  }
  return hits;
}

/** Whether an organisation name carries no proper place name (市委, 县公安局): every city has one. */
export function isGenericOrg(name: string): boolean {
  return /^[市省县区]/.test(name);
}

/** Proper spellings of a generic organisation readers may meet elsewhere (市委 → 吕梁市委, 中共吕梁市委). */
export function organizationAliases(name: string): string[] {
  const aliases: string[] = [];
  if (name.startsWith('市')) {
    aliases.push(CITY.name + name.slice(1));
    if (name === '市委') aliases.push('中共吕梁市委');
    if (name === '市政府') aliases.push('吕梁市人民政府');
    if (name === '市政协') aliases.push('政协吕梁市委员会');
  } else if (name.startsWith('省')) {
    aliases.push('山西' + name);
    if (name === '省委') aliases.push('中共山西省委');
    if (name === '省政府') aliases.push('山西省人民政府');
  }
  return aliases;
}
