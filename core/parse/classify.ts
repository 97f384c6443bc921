/**
 * Line-level recognisers for everything on a page that is not running text: photo credits and captions,
 * continuation marks, banners and slogans, vertical headline characters, and the shapes of headline lines.
 */
import { hasHan, isHan } from '../han';
import { isLetterSpaced } from './normalize';
import { parseNames } from './bylines';
import { compact, endsSentence, hasSentencePunctuation } from './text';

export interface PhotoCredit {
  /** Caption text printed before the credit on the same line ('' when the line is only the credit). */
  caption: string;
  photographers: string[];
}

const CREDIT =
  /^(.*?)\s*[（(]?\s*((?:本报)?(?:实习|特约|首席)?(?:摄影)?(?:记者|通讯员)|摄影)\s*([\p{Script=Han}·](?:[\p{Script=Han}·\s]{0,20}?))\s*摄(?:影)?\s*[）)]?$/u;
/** `图为…现场。 王益炜 摄`: a caption ending in a credit without a role word. */
const CAPTIONED_BARE_CREDIT = /^(.*[。！？”])\s*((?:\p{Script=Han}{2,4}\s+){0,3}\p{Script=Han}{2,4})\s+摄$/u;
const BARE_CREDIT = /^((?:[\p{Script=Han}]{2,4}\s+){0,3}[\p{Script=Han}]{2,4})\s+摄$/u;

/** `记者 刘亮亮 摄`, or a caption ending with one (`图为…现场。 记者 王益炜 摄`). */
export function matchPhotoCredit(text: string): PhotoCredit | null {
  const line = text.trim();
  const match = CREDIT.exec(line);
  if (match !== null) {
    const caption = (match[1] ?? '').trim();
    const names = parseNames(match[3] ?? '');
    const captionFits = caption === '' || endsSentence(caption) || caption.startsWith('图为');
    if (names !== null && names.length > 0 && captionFits) return { caption, photographers: names };
  }
  const captioned = CAPTIONED_BARE_CREDIT.exec(line);
  if (captioned !== null) {
    const caption = (captioned[1] ?? '').trim();
    const names = parseNames(captioned[2] ?? '');
    if (names !== null && names.length > 0 && (endsSentence(caption) || caption.startsWith('图为')))
      return { caption, photographers: names };
  }
  const bare = BARE_CREDIT.exec(line);
  if (bare !== null) {
    const names = parseNames(bare[1] ?? '');
    if (names !== null && names.length > 0) return { caption: '', photographers: names };
  }
  return null;
}

/** A photo caption opens with `图为` (or `图：`). */
export function isCaptionStart(text: string): boolean {
  return /^(?:图为|[上下左右]?图[：:])/u.test(text.trim());
}

export interface ContinuationMark {
  /** `4版`. */
  target: string;
  direction: 'to' | 'from';
  /** The line without the mark. */
  rest: string;
}

const CONTINUATION_SOURCE = String.raw`[（(]\s*(下转|转|上接|接)\s*第?\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*版\s*[）)]`;
const CONTINUATION = new RegExp(CONTINUATION_SOURCE, 'u');
const CONTINUATIONS = new RegExp(CONTINUATION_SOURCE, 'gu');

/** `（下转4版）` sends the reader to another page; `（上接1版）` says where an article came from. */
export function matchContinuation(text: string): ContinuationMark | null {
  const match = CONTINUATION.exec(text);
  if (match === null) return null;
  const direction = match[1] === '上接' || match[1] === '接' ? 'from' : 'to';
  const rest = text.replace(CONTINUATIONS, ' ').replace(/ {2,}/gu, ' ').trim();
  return { target: `${match[2] ?? ''}版`, direction, rest };
}

/**
 * Continuation marks left inside text that was not read as a line of its own (a photo caption, a run-in
 * paragraph): removed, with the first mark of each direction returned.
 */
export function stripContinuations(text: string): { text: string; to: string | null; from: string | null } {
  let to: string | null = null;
  let from: string | null = null;
  const stripped = text.replace(CONTINUATIONS, (mark) => {
    const found = matchContinuation(mark);
    if (found?.direction === 'to') to ??= found.target;
    else if (found?.direction === 'from') from ??= found.target;
    return '';
  });
  return { text: stripped.trim(), to, from };
}

/** Slogans are often printed twice in a row: `全力创建文明城市全力创建文明城市`. */
export function isDoubledSlogan(text: string): boolean {
  const tight = compact(text);
  const half = tight.length / 2;
  if (!Number.isInteger(half) || half < 3) return false;
  return tight.slice(0, half) === tight.slice(half) && !hasSentencePunctuation(tight);
}

/** `学党史 悟思想 办实事 开新局·先进典型`: a section banner naming its column after a middle dot. */
function isColumnLabel(text: string): boolean {
  return (
    /·\p{Script=Han}{2,6}$/u.test(text.trim()) && !hasSentencePunctuation(text) && compact(text).length <= 32
  );
}

/** Staff and page furniture lines (`责任编辑：…`). */
function isPageFurniture(text: string): boolean {
  return /^(?:责任编辑|责编|编辑|校对|版式|美编|组版|本版编辑)\s*[：:]/u.test(text.trim());
}

export function isBannerLine(text: string): boolean {
  return isDoubledSlogan(text) || isColumnLabel(text) || isPageFurniture(text);
}

/** One Han character alone on a line: part of a vertically printed headline. */
export function isVerticalCharacter(text: string): boolean {
  const tight = compact(text);
  return [...tight].length === 1 && isHan(tight);
}

/**
 * `全域推动 全员参与`, `卫生清洁活动 助力文明城市创建`: two or more phrases separated by a space and no sentence
 * punctuation, the typical shape of a headline, kicker or sub-heading (running text never looks like this).
 */
export function isParallelPhrases(text: string): boolean {
  if (hasSentencePunctuation(text) || isLetterSpaced(text)) return false;
  const tokens = text.trim().split(/\s+/u);
  if (tokens.length < 2) return false;
  return tokens.every((token) => [...token].length >= 2 && hasHan(token) && !/[A-Za-z0-9]/u.test(token));
}

/** A line that follows a main headline line: `——…综述`, `李正印讲话 王立伟主持`, `刘振国出席`. */
export function isSubLine(text: string): boolean {
  return /^(?:——|—|--)/u.test(text.trim()) || isAttendanceLine(text);
}

/** A sub-line saying who attended (`孙大军马慧健讲话 张广勇主持`): the last line of its headline. */
export function isAttendanceLine(text: string): boolean {
  const line = text.trim();
  return compact(line).length <= 18 && /(?:出席|主持|讲话|参加|陪同|致辞|出席会议|并讲话)$/u.test(line);
}

/** A kicker line that leads into the main line: `习近平对安全生产作出重要指示强调`. */
export function isKickerLine(text: string): boolean {
  return /(?:强调|指出|表示|要求|寄语|[：:])$/u.test(text.trim());
}

/** Words that make a headline a feature's (`——柳林县“我为群众办实事”实践活动综述`). */
const FEATURE_WORDS = /综述|侧记|纪实|巡礼|特写/u;

export function isFeatureHeadline(text: string): boolean {
  return FEATURE_WORDS.test(text);
}
