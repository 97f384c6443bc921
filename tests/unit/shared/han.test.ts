import { describe, expect, it } from 'vitest';
import { HAN_CLASS, hasHan, isAllHan, isHan, isHanAt, isHanCodePoint } from '@/core/han';
import { isBreak } from '@/core/entities/text';
import { isWide } from '@/core/parse/text';
import { runs } from '@/core/search/text';

describe('what counts as a Chinese character', () => {
  it('takes the unified block to its end, extension A and the compatibility ideographs', () => {
    expect(isHan('一')).toBe(true); // U+4E00
    expect(isHan('鿏')).toBe(true); // U+9FCF, above the old U+9FA5 limit
    expect(isHan('\u9fff')).toBe(true);
    expect(isHan('㟁')).toBe(true); // U+37C1, extension A
    expect(isHan('䶮')).toBe(true); // U+4DAE, extension A (a name character)
    expect(isHan('\u4dc0')).toBe(false); // ䷀ a hexagram, between extension A and the unified block
    expect(isHan('豈')).toBe(true); // U+F900, compatibility ideograph
    expect(isHan('〇')).toBe(true); // U+3007, printed in dates
  });

  it('takes characters beyond the basic plane when given a whole code point', () => {
    expect(isHan('𠀀')).toBe(true); // U+20000, extension B
    expect(isHan('𫟹')).toBe(true); // U+2B7F9, extension C (鿏's traditional form is a name character)
    expect(isHanCodePoint(0x323af)).toBe(true);
    expect(isHanCodePoint(0x323b0)).toBe(false);
    // One UTF-16 unit of a pair is never a character of its own.
    expect(isHanAt('𠀀', 0)).toBe(false);
    expect(isHanAt('𠀀', 1)).toBe(false);
  });

  it('leaves out punctuation, radicals, the iteration mark, kana, Latin and digits', () => {
    for (const ch of [
      '，',
      '。',
      '、',
      '：',
      '（',
      '“',
      '《',
      '　',
      '·',
      '—',
      '々',
      '⺁',
      '⼀',
      'あ',
      'ア',
      'A',
      'Ａ',
      '1',
      '１',
      ' ',
      '',
    ]) {
      expect(isHan(ch), ch).toBe(false);
    }
    expect(isHan(undefined)).toBe(false);
  });

  it('reads positions as UTF-16 offsets, out of range as no', () => {
    expect(isHanAt('吕梁，离石', 0)).toBe(true);
    expect(isHanAt('吕梁，离石', 2)).toBe(false);
    expect(isHanAt('吕梁', -1)).toBe(false);
    expect(isHanAt('吕梁', 2)).toBe(false);
  });

  it('answers for whole texts', () => {
    expect(hasHan('Lüliang 吕梁')).toBe(true);
    expect(hasHan('Lüliang, 2023（１）')).toBe(false);
    expect(hasHan('')).toBe(false);
    expect(isAllHan('孙大军')).toBe(true);
    expect(isAllHan('呂梁市')).toBe(true);
    expect(isAllHan('二〇二三')).toBe(true);
    expect(isAllHan('孙大军。')).toBe(false);
    expect(isAllHan('sundajun')).toBe(false);
    expect(isAllHan('')).toBe(false);
  });

  it('gives the same characters as a regex class', () => {
    const han = new RegExp(`^[${HAN_CLASS}]+$`, 'u');
    for (const text of ['一鿿', '㐀䶿', '豈﫿', '〇', '𠀀', '𱍊']) expect(han.test(text), text).toBe(true);
    for (const text of ['，', '⼀', '䷀', 'a', '々']) expect(han.test(text), text).toBe(false);
  });

  it('is the one answer of the parser, the extractors and search', () => {
    for (const ch of ['㟁', '豈', '〇', '吕']) {
      expect(isWide(ch), ch).toBe(true);
      expect(isBreak(ch), ch).toBe(false);
      expect(runs(ch)[0]?.kind, ch).toBe('han');
    }
    // Full-width punctuation is wide for the parser's spacing rules, but no character of a word.
    expect(isWide('，')).toBe(true);
    expect(isBreak('，')).toBe(true);
    expect(runs('，')).toEqual([]);
  });
});
