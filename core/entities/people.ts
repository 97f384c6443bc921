/**
 * People in one article, found the ways the paper introduces them:
 *
 * - a post before the name (市委书记李正印, 市委副书记、市长张广勇), then a list after it
 *   (副市长杨巨才、李安林、刘晋萍、任磊);
 * - a designation before a list (市领导乔晓峰、杨巨才、任磊出席): a mention, not a post;
 * - the name before a post (孙大军书记, 张广勇市长, 省委楼阳生书记) or an honorific (乔晓峰同志,
 *   张叔平等革命烈士);
 * - an appointment or election (乔晓峰同志任市政协党组副书记, 任命张三为…局长, 李四当选为…主席);
 * - the name before an act at the start of a clause (王立伟强调, 李正印在讲话中指出);
 * - a bare list of names before an act (赵沂、梁志勇、张建国在分会场参会);
 * - an occupation before the name (航天员翟志刚, 职工贾镇安): a mention, never a post.
 *
 * A post printed without its organisation (副主任孙晋军 in an article about 市人大常委会) takes the nearest
 * organisation named before it that such an office belongs to.
 */
import {
  isCommonWord,
  isLeftBoundary,
  isRightBoundary,
  nameAfter,
  nameBefore,
  type NameOptions,
} from './names';
import type { OrgHit } from './organizations';
import { isHan } from '../han';
import { endsWithAt, isBreakAt } from './text';
import {
  attachRelative,
  chainBefore,
  inheritOrg,
  isSelfSufficient,
  orgBefore,
  parentOrg,
  parseTitle,
  titleWords,
  unitFits,
  withOrg,
  type OfficeFamily,
  type ParsedTitle,
} from './titles';
import { WordIndex, type Trie } from './trie';

export type Evidence =
  'post' | 'post-after' | 'appointed' | 'designation' | 'honorific' | 'occupation' | 'act' | 'list' | 'known';

export interface TitleObservation {
  title: string;
  office: string;
  family: OfficeFamily;
  org?: string;
  /** No organisation is known for the office in this article (副主任 alone). */
  bare: boolean;
  /** How the post was printed: before the name, after it (孙大军书记), or as an appointment. */
  form: 'before' | 'after' | 'appointed';
}

export interface PersonHit {
  name: string;
  start: number;
  evidence: Evidence;
  titles: TitleObservation[];
  designation?: string;
}

/** Acts that, right after a name at the start of a clause, show it is a person speaking or presiding. */
const ACTS = new WordIndex(
  '强调 指出 要求 表示 说 认为 介绍 提出 希望 宣布 致辞 讲话 主持 出席 汇报 谈到 说明 批示 指示'.split(' '),
);
const SPEECH = ['强调', '指出', '表示', '要求', '说', '谈到', '认为'];
const ZAI = '在'.charCodeAt(0);
const DENG = '等'.charCodeAt(0);
/** Nouns for people after 等 (张叔平等革命烈士, 乔晓峰等同志): the name before 等 is a person. */
const PERSON_NOUNS = new WordIndex('烈士 先烈 同志 英雄 模范 同学 专家 领导'.split(' '));
const LIST_MARK = '、'.charCodeAt(0);

/** How far back (characters) an organisation can lend itself to a bare post. */
const CONTEXT_REACH = 400;

/** Verbs before "name 为 post" that make it an appointment (任命张三为…). */
const APPOINTING = ['任命', '提名', '推选', '选举', '决定', '聘任', '聘请', '推荐'];

const RARE_OK: NameOptions = { allowRare: true, allowCommonWord: true };
const STRICT: NameOptions = {};

interface ContextOrg {
  end: number;
  org: string;
}

function observation(title: ParsedTitle, form: TitleObservation['form']): TitleObservation {
  return {
    title: title.title,
    office: title.office,
    family: title.family,
    ...(title.org ? { org: title.org } : {}),
    bare: title.bare,
    form,
  };
}

class ArticlePeople {
  readonly hits: PersonHit[] = [];
  private readonly context: ContextOrg[];

  constructor(
    private readonly text: string,
    orgs: readonly OrgHit[],
    private readonly county: string | undefined,
  ) {
    this.context = orgs.map((o) => ({ end: o.end, org: o.name }));
  }

  /**
   * Names the county in a county-level post when the article is about one county: 县委书记 → 柳林县委书记,
   * a bare 县长 → 柳林县县长.
   */
  private qualify(title: ParsedTitle): ParsedTitle {
    const county = this.county;
    if (!county) return title;
    const level = county[county.length - 1]!;
    if (title.org && (title.org[0] === '县' || title.org[0] === '区') && title.org[0] === level) {
      return withOrg(title, county + title.org.slice(1));
    }
    const heads = level === '县' ? 'county-head' : level === '区' ? 'district-head' : null;
    if (title.bare && title.family === heads) return withOrg(title, county);
    return title;
  }

  private add(hit: PersonHit): void {
    this.hits.push(hit);
  }

  /** The nearest organisation named before `pos` that can hold a post of `family`. */
  private contextOrg(pos: number, family: OfficeFamily): string | null {
    let best: ContextOrg | null = null;
    for (const c of this.context) {
      if (c.end > pos || pos - c.end > CONTEXT_REACH) continue;
      if (best && c.end <= best.end) continue;
      if (unitFits(c.org, family) || unitFits(parentOrg(c.org), family)) best = c;
    }
    if (!best) return null;
    return unitFits(best.org, family) ? best.org : parentOrg(best.org);
  }

  private remember(titles: readonly ParsedTitle[], end: number): void {
    for (const t of titles) if (t.org) this.context.push({ end, org: t.org });
  }

  /** A list continuing after a name: 、李安林、刘晋萍、任磊. Returns the end of the list. */
  private listAfter(
    pos: number,
    options: NameOptions,
    make: (name: string, start: number) => PersonHit,
  ): number {
    while (this.text[pos] === '、') {
      const name = nameAfter(this.text, pos + 1, options);
      if (!name) break;
      this.add(make(name, pos + 1));
      pos += 1 + name.length;
    }
    return pos;
  }

  /** Handles an office word at [start, end). Returns where scanning resumes. */
  office(start: number, end: number): number {
    const text = this.text;
    const name = nameAfter(text, end, RARE_OK);
    const parsed = parseTitle(text, start, end);
    if (!parsed) return end;
    if (name) {
      const chain = chainBefore(text, parsed.start);
      const titles = [...chain, parsed].map((t, i, all) => {
        const inherited = attachRelative(inheritOrg(t, all.slice(0, i)), all.slice(0, i));
        if (!inherited.bare) return this.qualify(inherited);
        const org = this.contextOrg(inherited.start, inherited.family);
        return this.qualify(org ? withOrg(inherited, org) : inherited);
      });
      this.remember(titles, end);
      const observations = titles.map((t) => observation(t, 'before'));
      const make = (n: string, s: number): PersonHit => ({
        name: n,
        start: s,
        evidence: 'post',
        titles: observations,
      });
      this.add(make(name, end));
      return this.listAfter(end + name.length, RARE_OK, make);
    }
    this.postAfter(parsed, start);
    this.appointment(parsed);
    return end;
  }

  /** 孙大军书记, 张广勇市长, 省委林武书记: the name printed before the post. */
  private postAfter(parsed: ParsedTitle, officeStart: number): void {
    const text = this.text;
    const found = nameBefore(text, officeStart, RARE_OK, (s) => orgBefore(text, s, parsed.family) !== null);
    if (!found || isCommonWord(found.name)) return;
    const org = orgBefore(text, found.start, parsed.family);
    const title: ParsedTitle = org
      ? withOrg({ ...parsed, start: org.start }, org.org)
      : { ...parsed, bare: !isSelfSufficient(parsed.office) };
    this.add({
      name: found.name,
      start: found.start,
      evidence: 'post-after',
      titles: [observation(title, 'after')],
    });
  }

  /**
   * 乔晓峰同志任市政协党组副书记, 任命张三为市水利局局长, 张三当选为市政协主席: the name before 任 / 为
   * takes the post.
   */
  private appointment(parsed: ParsedTitle): void {
    const text = this.text;
    const marker = text[parsed.start - 1];
    if ((marker !== '任' && marker !== '为') || parsed.bare) return;
    let end = parsed.start - 1;
    if (marker === '为' && endsWithAt(text, end, '当选')) end -= 2;
    if (endsWithAt(text, end, '同志')) end -= 2;
    const found = nameBefore(text, end, RARE_OK);
    if (!found) return;
    if (
      marker === '为' &&
      end === parsed.start - 1 &&
      !APPOINTING.some((w) => endsWithAt(text, found.start, w))
    )
      return;
    this.add({
      name: found.name,
      start: found.start,
      evidence: 'appointed',
      titles: [observation(this.qualify(parsed), 'appointed')],
    });
  }

  /** 市领导乔晓峰、杨巨才、任磊: a designation before a list of names. */
  designation(word: string, end: number): number {
    const name = nameAfter(this.text, end, RARE_OK);
    if (!name) return end;
    const make = (n: string, s: number): PersonHit => ({
      name: n,
      start: s,
      evidence: 'designation',
      titles: [],
      designation: word,
    });
    this.add(make(name, end));
    return this.listAfter(end + name.length, RARE_OK, make);
  }

  /** 航天员翟志刚、王亚平, 记者 王益炜: an occupation before names. */
  occupation(end: number): number {
    const start = this.text[end] === ' ' ? end + 1 : end;
    const name = nameAfter(this.text, start, STRICT);
    if (!name) return end;
    const make = (n: string, s: number): PersonHit => ({
      name: n,
      start: s,
      evidence: 'occupation',
      titles: [],
    });
    this.add(make(name, start));
    return this.listAfter(start + name.length, STRICT, make);
  }

  /** 乔晓峰同志, 刘志丹将军: a name before an honorific. */
  honorific(start: number): void {
    const found = nameBefore(this.text, start, STRICT);
    if (found) this.add({ name: found.name, start: found.start, evidence: 'honorific', titles: [] });
  }

  /** 王立伟强调, 李正印在讲话中指出: a name opening a clause before an act. */
  acts(): void {
    const text = this.text;
    for (let i = 1; i < text.length; i++) {
      const act = ACTS.startingAt(text, i);
      if (act) {
        const found = nameBefore(text, i, STRICT);
        if (found) this.add({ name: found.name, start: found.start, evidence: 'act', titles: [] });
      }
      if (text.charCodeAt(i) === ZAI && speechFollows(text, i + 1)) {
        const found = nameBefore(text, i, STRICT);
        if (found) this.add({ name: found.name, start: found.start, evidence: 'act', titles: [] });
      }
      if (text.charCodeAt(i) === DENG && personNounFollows(text, i + 1)) {
        const found = nameBefore(text, i, STRICT);
        if (found) this.add({ name: found.name, start: found.start, evidence: 'honorific', titles: [] });
      }
    }
  }

  /** 赵沂、梁志勇、张建国在分会场参会: two or more bare names opening a clause, followed by an act. */
  lists(): void {
    const text = this.text;
    for (let i = 0; i < text.length; i++) {
      if (i > 0 && (!isBreakAt(text, i - 1) || text.charCodeAt(i - 1) === LIST_MARK)) continue;
      if (!isHan(text[i])) continue;
      const names: { name: string; start: number }[] = [];
      let pos = i;
      for (;;) {
        const name = nameAfter(text, pos, STRICT);
        if (!name) break;
        names.push({ name, start: pos });
        pos += name.length;
        if (text[pos] !== '、') break;
        pos++;
      }
      const closed =
        names.length >= 2 && pos < text.length && !isBreakAt(text, pos) && isRightBoundary(text, pos);
      if (closed)
        for (const n of names) this.add({ name: n.name, start: n.start, evidence: 'list', titles: [] });
    }
  }
}

/** Whether a noun for people follows 等 within a few characters (等革命烈士, 等同志, 等市领导). */
function personNounFollows(text: string, from: number): boolean {
  for (let k = from; k < text.length && k - from < 3; k++) {
    if (!isHan(text[k])) return false;
    if (PERSON_NOUNS.startingAt(text, k)) return true;
  }
  return false;
}

/** Whether a speech verb follows within the clause (在讲话中指出, 在主持会议时强调). */
function speechFollows(text: string, from: number): boolean {
  for (let k = from; k < text.length && k - from < 14; k++) {
    if (!isHan(text[k])) return false;
    if (SPEECH.some((verb) => text.startsWith(verb, k))) return k > from;
  }
  return false;
}

/**
 * People introduced in `text` (normalised article text); `orgs` are the organisations it names, `county` the
 * county the article is about when it names only one.
 */
export function findPeople(text: string, orgs: readonly OrgHit[], county?: string): PersonHit[] {
  const people = new ArticlePeople(text, orgs, county);
  const words = titleWords();
  let i = 0;
  while (i < text.length) {
    const hit = words.longestAt(text, i);
    if (!hit) {
      i++;
      continue;
    }
    switch (hit.value.kind) {
      case 'office':
        i = Math.max(people.office(hit.start, hit.end), i + 1);
        break;
      case 'designation':
        i = Math.max(people.designation(hit.key, hit.end), i + 1);
        break;
      case 'occupation':
        i = Math.max(people.occupation(hit.end), i + 1);
        break;
      case 'honorific':
        people.honorific(hit.start);
        i = hit.end;
        break;
    }
  }
  people.acts();
  people.lists();
  return people.hits;
}

/**
 * Common words that a known name's first or last character can form with the text around it (主任 + 忠…,
 * 提高 + 永安…): a bare occurrence glued to one of them is not the person.
 */
const GLUE_WORDS = new Set(
  (
    '主任 责任 担任 信任 现任 历任 兼任 首任 前任 新任 留任 胜任 提高 最高 升高 崇高 经常 日常 正常 非常 ' +
    '异常 地方 各方 双方 对方 多方 公安 平安 治安 保安 文明 说明 表明 证明 透明 鲜明 光明 完成 形成 组成 ' +
    '建成 达成 构成 有关 相关 机关 攻关 把关 历史 党史 工程 过程 章程 日程 议程 流程 全程 进程 课程 资金 ' +
    '基金 现金 奖金 子孙 森林 园林 树林 农林 造林 岩石 矿石 明白 空白 四周 每周 本周 如何 任何 为何 由于 ' +
    '对于 关于 等于 属于 位于 在于 处于 至于 用于 终于 基于 中华 精华 新华 繁华 部门 专门 乡村 农村 全村 ' +
    '人才 高度 效率 力量 其中 集中 当中 热情 亲情 同时 及时 按时 准时 当时 临时 随时 小时'
  ).split(' '),
);

function glued(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  return (
    (before !== undefined && GLUE_WORDS.has(before + text[start]!)) ||
    (after !== undefined && GLUE_WORDS.has(text[end - 1]! + after))
  );
}

/**
 * Bare occurrences of names already known from the archive (孙大军充分肯定…). A name that is also an ordinary
 * word is never in `known`; an occurrence counts when it is delimited on both sides, or on one side without
 * being glued into a common word.
 */
export function findKnownPeople(text: string, known: Trie<true>): PersonHit[] {
  const hits: PersonHit[] = [];
  for (const hit of known.scan(text)) {
    const left = isLeftBoundary(text, hit.start);
    const right = isRightBoundary(text, hit.end);
    if ((left && right) || ((left || right) && !glued(text, hit.start, hit.end))) {
      hits.push({ name: hit.key, start: hit.start, evidence: 'known', titles: [] });
    }
  }
  return hits;
}
