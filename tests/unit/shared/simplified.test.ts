import { describe, expect, it } from 'vitest';
import { toSimplified } from '@/core/simplified';
import { normalizeInput } from '@/core/search';

describe('traditional to simplified characters', () => {
  it('converts Hong Kong, Taiwan and generic traditional forms', () => {
    expect(toSimplified('呂梁市委書記孫大軍')).toBe('吕梁市委书记孙大军');
    expect(toSimplified('臺灣')).toBe('台湾');
    // Character by character, not phrase by phrase: the Hong Kong pass runs first, so Taiwan phrases such
    // as 網路 (网络 on the mainland) are already simplified when the Taiwan pass comes.
    expect(toSimplified('網路')).toBe('网路');
    expect(toSimplified('軟體')).toBe('软体');
    // What the Hong Kong pass leaves, the Taiwan pass takes: 著 as a particle is 着.
    expect(toSimplified('看著')).toBe('看着');
    // A Hong Kong variant character.
    expect(toSimplified('裏')).toBe('里');
  });

  it('leaves simplified text, punctuation and text without Chinese characters as they are', () => {
    expect(toSimplified('吕梁市委书记孙大军')).toBe('吕梁市委书记孙大军');
    expect(toSimplified('（２０２３年）「呂梁」')).toBe('（２０２３年）「吕梁」');
    expect(toSimplified('Lüliang 2023')).toBe('Lüliang 2023');
    expect(toSimplified('')).toBe('');
  });

  it('is what search applies to queries and page text', () => {
    expect(normalizeInput('呂梁 ＡＢＣ')).toBe('吕梁 abc');
  });
});
