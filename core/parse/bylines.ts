/**
 * Bylines: the names of reporters and correspondents. They appear inside a marker (`本报讯（记者 李雅萍 罗丽）`),
 * on their own lines (`□ 本报记者 穆佳妮`, `通 讯 员 薛番彦`), or at the end of an article (`（李勤 张倩）`).
 */
import { isHan } from '../han';

/** Role words that precede names; the spaced variants (`通 讯 员`) are matched too. */
const ROLE_SOURCE = String.raw`(?:本\s*报\s*)?(?:实\s*习\s*|见\s*习\s*|特\s*约\s*|首\s*席\s*|融\s*媒\s*体\s*)?(?:记\s*者|通\s*讯\s*员|评\s*论\s*员)`;
export const ROLE = new RegExp(`^${ROLE_SOURCE}`, 'u');
const ROLE_ONLY = new RegExp(`^${ROLE_SOURCE}$`, 'u');

/** Words that look like names in brackets but are not people. */
const NOT_NAMES = new Set([
  '新华社',
  '本报',
  '草案',
  '讨论稿',
  '试行',
  '修订',
  '完',
  '待续',
  '续完',
  '图文',
  '记者',
  '通讯员',
  '评论员',
  '摄影',
  '供图',
]);

const NAME = /^\p{Script=Han}[\p{Script=Han}·]{1,5}$/u;

function isPlausibleName(token: string): boolean {
  return NAME.test(token) && !NOT_NAMES.has(token) && [...token.replace(/·/gu, '')].length <= 4;
}

/**
 * Splits a byline into names, dropping role words. Single characters next to each other are one name printed
 * letter-spaced (`王 贾`). Returns null when anything in it is not a name, so that ordinary bracketed text
 * (`（2020—2022）`, `（草案）`) is never taken for a byline.
 */
export function parseNames(byline: string): string[] | null {
  const tokens = byline
    .replace(new RegExp(ROLE_SOURCE, 'gu'), (role) => ` ${role.replace(/\s+/gu, '')} `)
    .split(/[\s、，,]+/u)
    .filter((token) => token !== '');
  const names: string[] = [];
  let pendingSingles = '';
  const flushSingles = (): boolean => {
    if (pendingSingles === '') return true;
    const name = pendingSingles;
    pendingSingles = '';
    if (!isPlausibleName(name)) return false;
    names.push(name);
    return true;
  };
  for (const token of tokens) {
    if (ROLE_ONLY.test(token)) {
      if (!flushSingles()) return null;
      continue;
    }
    if ([...token].length === 1 && isHan(token)) {
      pendingSingles += token;
      continue;
    }
    if (!flushSingles()) return null;
    if (!isPlausibleName(token)) return null;
    names.push(token);
  }
  if (!flushSingles()) return null;
  return names;
}

export interface TrailingByline {
  names: string[];
  /** The text before the byline. */
  rest: string;
}

const TRAILING = /^(.*[。！？…”」』])\s*[（(]([^（）()]{2,40})[）)]\s*$/su;

/** Long enough for a sentence end and a bracketed byline; only the end of a paragraph is searched. */
const TRAILING_WINDOW = 60;

/** `……成果。（吴改玲 王艳）`: names in brackets after the last sentence of an article. */
export function splitTrailingByline(text: string): TrailingByline | null {
  const cut = Math.max(0, text.length - TRAILING_WINDOW);
  const match = TRAILING.exec(text.slice(cut));
  if (match === null) return null;
  const [, tail, inner] = match;
  if (tail === undefined || inner === undefined) return null;
  const rest = text.slice(0, cut) + tail;
  const names = parseNames(inner);
  if (names === null || names.length === 0 || names.length > 6) return null;
  return { names, rest: rest.trimEnd() };
}

const STANDALONE = /^[（(]\s*([^（）()]{2,40}?)\s*[）)]$/u;

/**
 * `（李勤 张倩）` on a line of its own: the names that end an article, pushed onto their own line when the last
 * line had no room for them.
 */
export function standaloneBylineNames(text: string): string[] | null {
  const match = STANDALONE.exec(text.trim());
  if (match === null) return null;
  const names = parseNames(match[1] ?? '');
  return names !== null && names.length > 0 && names.length <= 6 ? names : null;
}

/** Removes duplicates while keeping the printed order. */
export function uniqueNames(names: readonly string[]): string[] {
  return [...new Set(names)];
}
