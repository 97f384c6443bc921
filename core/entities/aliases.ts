/**
 * Alias forms that lead readers to an entity: traditional characters (孫大軍), toneless pinyin (sundajun) and
 * initials (sdj). Names of people are read in surname mode so 单, 曾, 解, 区 opening a name read shàn, zēng,
 * xiè, ōu.
 */
import { pinyin } from 'pinyin-pro';
import { isAllHan } from '../han';
import { shortTextConverter } from './traditional';

type Convert = (text: string) => string;

let converters: Convert[] | null = null;

/** Simplified → traditional converters (Taiwan and Hong Kong standards), built on first use. */
function traditionalConverters(): Convert[] {
  converters ??= [shortTextConverter('tw'), shortTextConverter('hk')];
  return converters;
}

/** Traditional spellings of `text` that differ from it (孙大军 → 孫大軍). */
export function traditionalForms(text: string): string[] {
  const forms = new Set<string>();
  for (const convert of traditionalConverters()) {
    const form = convert(text);
    if (form !== text) forms.add(form);
  }
  return [...forms];
}

export interface PinyinForms {
  /** Toned syllables separated by spaces, for display: "sūn dà jūn". */
  display: string;
  /** Toneless search forms: "sundajun", "sun dajun", "sdj". */
  aliases: string[];
}

function syllables(text: string, surname: boolean): { toned: string[]; plain: string[] } {
  const options = surname ? ({ mode: 'surname', surname: 'head' } as const) : {};
  const toned = pinyin(text, { ...options, type: 'array' });
  const plain = pinyin(text, { ...options, type: 'array', toneType: 'none', v: true });
  return { toned, plain };
}

/** Adds the ü-as-u spelling next to the ü-as-v one (lvliang → luliang): readers type both. */
function withUmlautVariants(forms: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const form of forms) {
    out.add(form);
    if (form.includes('v')) out.add(form.replace(/v/g, 'u'));
  }
  return [...out];
}

/**
 * Pinyin forms of a name. `surnameLength` (people only) splits "sun dajun"; initials are given for names of
 * three or more characters (two letters match too many names to be useful).
 */
export function pinyinForms(name: string, surnameLength?: number): PinyinForms | null {
  if (!isAllHan(name)) return null;
  const { toned, plain } = syllables(name, surnameLength !== undefined);
  if (plain.length !== name.length || plain.some((s) => !/^[a-zü]+$/.test(s))) return null;
  const forms = [plain.join('')];
  if (surnameLength !== undefined && surnameLength < plain.length) {
    forms.push(`${plain.slice(0, surnameLength).join('')} ${plain.slice(surnameLength).join('')}`);
  }
  if (plain.length >= 3) forms.push(plain.map((s) => s[0]).join(''));
  return { display: toned.join(' '), aliases: withUmlautVariants(forms) };
}

/**
 * Builds what the first alias of a process costs (pinyin's dictionaries, the traditional converters' tables), so
 * it can be done ahead of an import, while the reader looks at its preview.
 */
export function prepareAliases(): void {
  pinyinForms('吕梁', 1);
  traditionalForms('吕梁');
}
