/**
 * The short-text converter against OpenCC's own converters, on the texts the archive converts: the seed pages'
 * clauses (names, posts, organisations in their context), the gazetteer and the topic list, and the edge cases
 * of OpenCC's configuration (compatibility ideographs it normalises, characters outside the BMP, phrases whose
 * conversion differs from their characters').
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { COUNTIES, TOWNSHIPS } from '../../../core/entities/gazetteer-data';
import { TOPICS } from '../../../core/entities/topics';
import { shortTextConverter } from '../../../core/entities/traditional';

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');

function texts(): string[] {
  const out = new Set<string>([
    '孙大军',
    '干部头发',
    '里程碑在这里',
    '台风吹过后台',
    '皇后的后面',
    '\uf900\uf901', // compatibility ideographs, normalised first
    '𠮷野家的面条', // a character outside the BMP
    'Lüliang 2021年',
    '',
  ]);
  for (const file of readdirSync(SEEDS).filter((f) => f.endsWith('.txt')))
    for (const clause of readFileSync(join(SEEDS, file), 'utf8').split(/[\s，。、；：！？（）《》“”]+/u))
      if (clause.length > 0 && clause.length <= 40) out.add(clause);
  for (const county of COUNTIES) out.add(county.name);
  for (const township of TOWNSHIPS) out.add(township.name);
  for (const topic of TOPICS) out.add(topic.name);
  return [...out];
}

describe('short-text traditional conversion', () => {
  const all = texts();

  for (const to of ['t', 'tw', 'hk'] as const) {
    it(`gives what OpenCC's cn → ${to} converter gives`, { timeout: 120_000 }, () => {
      const full = OpenCC.Converter({ from: 'cn', to });
      const short = shortTextConverter(to);
      const differing = all.filter((text) => short(text) !== full(text));
      expect(differing).toEqual([]);
      expect(all.length).toBeGreaterThan(1000);
      // the texts do convert: a test over strings OpenCC leaves alone would prove nothing
      expect(all.filter((text) => full(text) !== text).length).toBeGreaterThan(300);
    });
  }

  it('converts phrases as phrases, not character by character', () => {
    const tw = shortTextConverter('tw');
    expect(tw('孙大军')).toBe('孫大軍');
    expect(tw('干部')).toBe('幹部');
    expect(tw('头发')).toBe('頭髮');
  });
});
