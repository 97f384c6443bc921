/**
 * Whether a run of characters is a plausible personal name, and where a name ends. A name is 2–3 characters
 * (4 with a compound surname), opens with a surname, holds no function or administrative character, and is
 * delimited: by punctuation, or by the words the paper prints around names (…强调, …出席, 和…, 学习…).
 */
import { COUNTIES, CITY, TOWNSHIPS } from './gazetteer-data';
import { canOpenName, compoundSurnameAt, surnameOf } from './surnames';
import { isHan } from '../han';
import { isBreakAt } from './text';
import { WordIndex } from './trie';

/**
 * Characters never found inside a personal name in this paper: function words, administrative levels and
 * numerals. They are what lets 郭鸿及市… resolve to 郭鸿 and not 郭鸿及.
 */
const NOT_IN_NAME = new Set([
  ...'的了在和与及是对把被从向将就都也还并而或其之以由为给让同跟等经请兼暨、',
  ...'市县区省年号次届个们他她它我你这那要说不没无有很更最已里到去让某',
  ...'二三四五六七八九十百千万亿零',
]);

/**
 * Unit characters a given name may contain (李会军, 张稳科) but never ends with: a candidate ending in one
 * is a name running into an organisation (王勇局…).
 */
const NOT_LAST_IN_NAME = new Set([...'委局部厅院乡村会办室组处队所站总']);

/** Forms of address that end like a name (毛主席, 张老师, 王先生): the person is not named. */
const ADDRESS_ENDINGS = (
  '主席 书记 市长 县长 区长 省长 部长 局长 主任 总理 院长 厅长 校长 科长 处长 所长 站长 队长 组长 委员 ' +
  '经理 老师 师傅 同志 先生 女士 大爷 大妈 大娘 阿姨 老人 同学'
).split(' ');

/**
 * Everyday words that look like surname + given name. NEVER_NAMES are never taken for a name; the rest of
 * COMMON_WORDS can be names (权威 is a secretary-general) but count only where a post stands next to them.
 */
const NEVER_NAMES = new Set(
  (
    '单位 全体 全面 全力 全员 全市 全县 全省 全区 全村 全国 全部 全年 全程 高度 高质量 高标准 高水平 高效率 ' +
    '常态 常态化 常务 常委 常规 方面 方式 方案 方法 方向 关于 关键 关注 关心 关爱 成为 成立 成效 成果 成员 ' +
    '明确 明显 安排 安置 安全 安装 文件 文化 文明 严格 严肃 严重 严厉 严把 严督 严禁 同时 任务 任何 任期 ' +
    '任职 任命 项目 管理 管控 解决 解读 连续 路段 车辆 费用 包括 包联 包保 宣传 师生 时间 时期 原则 ' +
    '原因 强化 强调 计划 信访 应急 应当 应对 查找 查看 查处 巩固 满足 满意 惠及 惠民 班子 范围 程序 ' +
    '程度 周边 周年 许多 申请 申报 施工 施策 温度 康养 康复 易地 齐心 纪律 纪念 纪委 纪检 毕业 冷链 ' +
    '景区 景点 商业 荣誉 荣获 南北 燕麦 武装 武警 史料 黎明 贺信 顾问 万元 万人 于是 金融 金额 石油 ' +
    '林业 林地 林草 黄金 蓝天 蓝图 游客 房屋 尤其 卓越 吉祥 雷锋 马上 钱款 孙子 毛病 焦点 焦化 焦炭 ' +
    '柴油 曲线 苗木 盛会 季度 季节 甘心 祝贺 祝福 尚未 舒适 左右 宁可 车间 乐业 栗子 池塘 迟到 廉政 ' +
    '平台 平安 云端 展示 智慧 幸福 富裕 利用 居民 战略 危险 银行 来自 都要 相关 相互 初心 信息 元素 ' +
    '劳动 劳务 谈到 满足 位置 盘活 花园 宾馆 帅气 呼吁 衣服 巴士 丰富 支持 宣讲 普及 敬老 修复 印发 ' +
    '隆重 慕名 玉米 杭州 况且 宿舍 鲜明 容易 扈从 晋绥 晋陕 相应 苗头 陶瓷 闻名 利益 艾滋 钟点 齐抓 ' +
    '柯基 梅花 童年 凌晨 骆驼 辛苦 靳氏 华北 华夏 喻示 房价 屈指 饶恕 穆斯林 吉利 项目部 连线 娄底 ' +
    '宫殿 卫生 卫星 米粮 柏油 宗旨 桂花 佟氏 边界 边坡 卞氏 姬氏 仇恨 商品 商务 郎中 甄别 仲裁 巩义 ' +
    '明天 明年 明白 查询 鞠躬 荆棘 郁闷 南部 南城 南方 燕赵 楚辞 楼房 楼宇 楼道 权力 权利 权益 权责 ' +
    '尉氏 郜氏 弓箭 高校 高铁 高速 高温 高峰 高层 高新 高效 高级 高端 高中 石化 石材 金秋 林木 司法 ' +
    '江河 江湖 和平 成功 成熟 成本 成绩 成就 郑重 殷切 常言 高龄 商场 车站 路口 文水 方山 柳林 石楼 中阳 交城 ' +
    '交口 离石 孝义 汾阳 吕梁'
  ).split(' '),
);

const COMMON_WORDS = new Set([...NEVER_NAMES, ...'权威 高明 高尚 文静 安静 安宁 常青 金星'.split(' ')]);

/** Place names that open with a surname character (柳林, 石楼, 方山…) are never names. */
const PLACE_NAMES = new Set<string>([CITY.short, CITY.name]);
for (const county of COUNTIES) {
  PLACE_NAMES.add(county.name);
  if (county.short) PLACE_NAMES.add(county.short);
}
for (const township of TOWNSHIPS) {
  PLACE_NAMES.add(township.name);
  PLACE_NAMES.add(township.name.replace(/(街道|镇|乡)$/, ''));
}

/**
 * Words that follow a name: acts (强调, 主持, 出席…), conjunctions and the particles that close a mention
 * (等, 同志). A candidate name is accepted only when one of these, or punctuation, follows it.
 */
export const AFTER_NAME = new WordIndex(
  (
    '主持 出席 讲话 强调 指出 要求 表示 说 认为 介绍 提出 希望 宣布 致辞 汇报 参加 参会 列席 陪同 带队 ' +
    '率队 率 一行 一同 分别 先后 深入 来到 前往 赴 到 在 等 及 和 与 同志 作 就 对 为 向 也 还 都 则 ' +
    '代表 宣读 通报 传达 主讲 听取 看望 慰问 会见 会晤 调研 视察 检查 督导 督查 察看 考察 详细 充分 ' +
    '肯定 结合 围绕 逐一 亲自 参与 说明 解读 谈到 作了 作出 签署 签发 批示 担任 任 兼 同 跟 被 将 把 ' +
    '从 于 的 是 相互 共同 带领 带头 出任 当选 获 荣获 烈士 将军 先生 女士 老人 同学 摄 发表 主张 ' +
    '一起 分析 部署 安排 要 已 曾 又 再 均 并 以 近日 日前 今天 昨天 今日 昨日 当天 随后 首先 最后 同时 ' +
    '一直 还是 已经 正在 现场 专程 特意 高度 重点 具体 亲切 热情 认真'
  ).split(' '),
);

/** Words that precede a name in running text: conjunctions, prepositions and verbs that take a person. */
export const BEFORE_NAME = new WordIndex(
  (
    '和 与 及 同 跟 对 向 由 被 把 将 让 请 以 在 于 的 了 是 为 给 陪同 会见 看望 慰问 学习 贯彻 落实 ' +
    '按照 根据 听取 传达 宣读 邀请 率 随 据 经 与会 通过 感谢 欢迎 祝贺 悼念 缅怀 纪念 怀念 追忆 走访 ' +
    '拜访 采访 会同 联合 支持 号召 同志 宣布 任命 选举 推选 决定 接受 接见 称赞 赞扬 表扬 表彰 介绍 ' +
    '指导 邀 携 摄 记者 通讯员 实习记者 特约记者'
  ).split(' '),
);

export interface NameOptions {
  /** Accept names opening with a rare surname (a post or designation vouches for the name). */
  allowRare?: boolean;
  /** Accept names that are also ordinary words (权威): only right next to a post. */
  allowCommonWord?: boolean;
}

/** Whether `name` is also an everyday word; such names count only next to a post. */
export function isCommonWord(name: string): boolean {
  return COMMON_WORDS.has(name);
}

/** Whether `candidate` has the shape of a personal name. */
export function isPlausibleName(candidate: string, options: NameOptions = {}): boolean {
  const length = candidate.length;
  if (length < 2 || length > 4) return false;
  for (const ch of candidate) if (!isHan(ch) || NOT_IN_NAME.has(ch)) return false;
  if (NOT_LAST_IN_NAME.has(candidate[length - 1]!)) return false;
  if (ADDRESS_ENDINGS.some((ending) => candidate.endsWith(ending))) return false;
  const surname = surnameOf(candidate);
  if (!surname) return false;
  const given = length - surname.length;
  if (given < 1 || given > 2) return false;
  if (!surname.common && !options.allowRare) return false;
  if (NEVER_NAMES.has(candidate) || PLACE_NAMES.has(candidate)) return false;
  if (!options.allowCommonWord && COMMON_WORDS.has(candidate)) return false;
  return true;
}

/** Whether a name may end at `pos`: end of text, punctuation, or a word that follows names. */
export function isRightBoundary(text: string, pos: number): boolean {
  return isBreakAt(text, pos) || AFTER_NAME.startingAt(text, pos) !== null;
}

/** Whether a name may start at `pos`: start of text, punctuation, or a word that precedes names. */
export function isLeftBoundary(text: string, pos: number): boolean {
  return pos === 0 || isBreakAt(text, pos - 1) || BEFORE_NAME.endingAt(text, pos) !== null;
}

/** Candidate name lengths starting at `start`, longest first. */
function lengthsAt(text: string, start: number): number[] {
  return compoundSurnameAt(text, start) ? [4, 3] : [3, 2];
}

/**
 * The name starting at `start` and ending on a right boundary, longest first (张广勇在… → 张广勇,
 * 郭鸿及… → 郭鸿), or null.
 */
export function nameAfter(text: string, start: number, options: NameOptions = {}): string | null {
  if (!canOpenName(text[start]) && !compoundSurnameAt(text, start)) return null;
  for (const length of lengthsAt(text, start)) {
    const candidate = text.slice(start, start + length);
    if (candidate.length !== length) continue;
    if (isPlausibleName(candidate, options) && isRightBoundary(text, start + length)) return candidate;
  }
  return null;
}

/**
 * The name ending at `end` and starting on a left boundary (…，王立伟强调 → 王立伟; 学习刘华书记 → 刘华),
 * longest first, or null. `leftOk` can accept extra left contexts (an organisation before 林武书记).
 */
export function nameBefore(
  text: string,
  end: number,
  options: NameOptions = {},
  leftOk?: (start: number) => boolean,
): { name: string; start: number } | null {
  for (const length of [4, 3, 2]) {
    const start = end - length;
    if (start < 0) continue;
    const candidate = text.slice(start, end);
    if (length === 4 && !compoundSurnameAt(text, start)) continue;
    if (!isPlausibleName(candidate, options)) continue;
    if (isLeftBoundary(text, start) || (leftOk !== undefined && leftOk(start)))
      return { name: candidate, start };
  }
  return null;
}
