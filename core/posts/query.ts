/**
 * Questions to the post index: who was printed in a post on a day, who came before and after a person in it,
 * and reading a search box's text as a post ("市委书记", "柳林县委书记", "who held 市长 on 2020-09-01",
 * "2020年9月1日的市长是谁"), also in traditional characters (市委書記) and in English ("who was Mayor on
 * 1 September 2021", from the post glossary's renderings).
 */
import { CITY, COUNTIES } from '../entities/gazetteer-data';
import { postOfEnglish } from '../glossary/posts';
import { toSimplified } from '../simplified';
import { postId } from './build';
import type { Post, PostIndex, PrintedSpan } from './types';

export interface HolderSpan {
  id: string;
  name: string;
  span: PrintedSpan;
}

export interface HoldersOn {
  date: string;
  /** Printed in the post on dates around `date`: a span of theirs contains it. */
  during: HolderSpan[];
  /** Otherwise the span(s) ending last before the date and starting first after it. */
  before: HolderSpan | null;
  after: HolderSpan | null;
}

function allSpans(post: Pick<Post, 'holders'>): HolderSpan[] {
  return post.holders.flatMap((h) => h.spans.map((span) => ({ id: h.id, name: h.name, span })));
}

export function holdersOn(post: Pick<Post, 'holders'>, date: string): HoldersOn {
  const spans = allSpans(post);
  const during = spans.filter((s) => s.span.first <= date && date <= s.span.last);
  let before: HolderSpan | null = null;
  let after: HolderSpan | null = null;
  for (const s of spans) {
    if (s.span.last < date && (!before || s.span.last > before.span.last)) before = s;
    if (s.span.first > date && (!after || s.span.first < after.span.first)) after = s;
  }
  return { date, during, before, after };
}

export interface Neighbours {
  /** Another person printed in the post last before this person's first printing in it. */
  before: HolderSpan | null;
  /** Another person printed in it first after this person's last printing. */
  after: HolderSpan | null;
}

/** Who the archive prints in a post before and after a person. Nothing for posts several people hold. */
export function neighbours(post: Post, personId: string): Neighbours {
  const own = post.holders.find((h) => h.id === personId);
  if (!own || post.plural) return { before: null, after: null };
  const first = own.spans[0]!.first;
  const last = own.spans[own.spans.length - 1]!.last;
  let before: HolderSpan | null = null;
  let after: HolderSpan | null = null;
  for (const s of allSpans(post)) {
    if (s.id === personId) continue;
    if (s.span.last < first && (!before || s.span.last > before.span.last)) before = s;
    if (s.span.first > last && (!after || s.span.first < after.span.first)) after = s;
  }
  return { before, after };
}

export interface PostQuery {
  /** The post as asked, e.g. 柳林县委书记. */
  title: string;
  /** The post in the index, or null when the archive prints nobody in it. */
  post: Post | null;
  /** YYYY-MM-DD, when the question names a day. */
  date: string | null;
}

const ISO = /((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
/** `1 September 2021`, `1 Sept. 2021`. */
const EN_DAY_MONTH = new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+((?:19|20)\\d\\d)\\b`, 'i');
/** `September 1, 2021`, `Sep 1 2021`. */
const EN_MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+((?:19|20)\\d\\d)\\b`, 'i');
/** Question words of an English question around the post; what remains is looked up in the glossary. */
const EN_FILLER =
  /\b(?:who|whom|held|holds|hold|was|were|is|served|serving|as|on|in|at|post|position|office)\b|[?,.:]/gi;
const HAN_DATE = /((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/;
/** Words around the post in a question; what remains must be the post alone. */
const FILLER =
  /who\s+(?:held|was|is)|held|on|in|at|the|[?？。，,：:\s]|当时|那时|谁是|是谁|谁担任|谁|担任|时|的/gi;
/** What a post's title ends with: an office the paper prints before names. */
const OFFICE =
  /(?:书记|副书记|市长|副市长|县长|副县长|区长|副区长|主任|副主任|主席|副主席|部长|局长|厅长|省长|秘书长|院长|检察长|常委|委员)$/;
/**
 * What a post's title begins with: a level (市委, 县委, 省), a body above the city, the city itself, or one of
 * Lüliang's counties (柳林县委书记, 孝义市市长); never just any characters before 市 (孙大军市委书记 is a name
 * and a post, not a post).
 */
const LEVELS = [
  '市',
  '省',
  '县',
  '区',
  '镇',
  '乡',
  '中共',
  '中央',
  '国务院',
  '国家',
  '全国',
  '山西',
  CITY.name,
  CITY.short,
];
const BODIES = [...LEVELS, ...COUNTIES.flatMap((c) => (c.short ? [c.name, c.short] : [c.name]))];

function isoDay(y: string, m: string, d: string): string | null {
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const t = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(t.getTime()) || t.toISOString().slice(0, 10) !== date ? null : date;
}

/**
 * The post a search box's text asks about, or null when it is not a post question. A title the archive does
 * not print is still a post question when it reads as one (a body, then an office: 柳林县委书记), so the reader
 * is told the archive prints nobody in it rather than shown unrelated articles only.
 */
/** The month an English name or abbreviation stands for, as a number string (`September` → `9`). */
function monthNumber(name: string): string {
  return String(MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1);
}

/** The written forms of a day a question may hold, in order of precedence, each read as [year, month, day]. */
const DATE_FORMS: readonly [RegExp, (m: RegExpExecArray) => [string, string, string]][] = [
  [ISO, (m) => [m[1]!, m[2]!, m[3]!]],
  [HAN_DATE, (m) => [m[1]!, m[2]!, m[3]!]],
  [EN_DAY_MONTH, (m) => [m[3]!, monthNumber(m[2]!), m[1]!]],
  [EN_MONTH_DAY, (m) => [m[3]!, monthNumber(m[1]!), m[2]!]],
];

/** The day a question names, and the question without it; null date when it names none, null for no such day. */
function questionDate(text: string): { date: string | null; rest: string } | null {
  for (const [form, parts] of DATE_FORMS) {
    const found = form.exec(text);
    if (!found) continue;
    const date = isoDay(...parts(found));
    return date ? { date, rest: text.replace(found[0], ' ') } : null;
  }
  return { date: null, rest: text };
}

/** The post title a question names: Chinese as printed (traditional folded to simplified), or English. */
function questionTitle(rest: string): string {
  if (/[a-z]/i.test(rest)) {
    const english = rest.replace(EN_FILLER, ' ').trim();
    const title = postOfEnglish(english);
    if (title) return title;
  }
  return toSimplified(rest).replace(FILLER, '');
}

export function parsePostQuery(text: string, index: PostIndex): PostQuery | null {
  const question = text.normalize('NFKC').trim();
  if (question.length === 0 || question.length > 80) return null;
  const dated = questionDate(question);
  if (!dated) return null;
  const { date, rest } = dated;
  const title = questionTitle(rest);
  if (!/^\p{Script=Han}{2,20}$/u.test(title)) return null;
  const post = index.posts[postId(title)] ?? null;
  if (!post && !(title.length >= 3 && OFFICE.test(title) && BODIES.some((b) => title.startsWith(b))))
    return null;
  return { title, post, date };
}
