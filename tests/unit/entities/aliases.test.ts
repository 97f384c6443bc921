import { describe, expect, it } from 'vitest';
import { pinyinForms, traditionalForms } from '../../../core/entities/aliases';
import type { EntityRecord } from '../../../core/entities/index';
import { article, build, byId, person } from './fixtures';

/** The entities a reader reaches by typing `query` (name or alias, exactly). */
function lookup(entities: readonly EntityRecord[], query: string): string[] {
  return entities.filter((e) => e.name === query || e.aliases.includes(query)).map((e) => e.id);
}

describe('aliases', () => {
  const entities = build([
    article('a1', '8月10日，市委书记孙大军主持召开文明城市创建工作专题汇报会。市长张广勇作具体安排。'),
    article('a2', '在柳林县成家镇推行沼气池项目建设。市委宣传部发出倡议。'),
  ]);

  it('lead 孫大軍, sundajun and sdj to 孙大军', () => {
    for (const query of ['孫大軍', 'sundajun', 'sdj', 'sun dajun']) {
      expect(lookup(entities, query)).toEqual(['person:孙大军']);
    }
    expect(person(entities, '孙大军').pinyin).toBe('sūn dà jūn');
    expect(lookup(entities, '張廣勇')).toEqual(['person:张广勇']);
  });

  it('give places pinyin for the name and the short form, ü typed as v or u', () => {
    expect(lookup(entities, 'xiaoyi')).toEqual(['place:孝义市']);
    expect(lookup(entities, '孝義')).toEqual(['place:孝义市']);
    expect(lookup(entities, 'lvliang')).toEqual(['place:吕梁市']);
    expect(lookup(entities, 'luliang')).toEqual(['place:吕梁市']);
    expect(lookup(entities, '呂梁')).toEqual(['place:吕梁市']);
    expect(byId(entities, 'place:成家镇')?.aliases).toContain('chengjiazhen');
  });

  it('give organisations and topics their traditional forms', () => {
    expect(lookup(entities, '市委宣傳部')).toEqual(['organization:市委宣传部']);
    expect(lookup(entities, '文明城市創建')).toEqual(['topic:文明城市创建']);
  });

  it('read surnames with their surname reading (单 shàn, 曾 zēng)', () => {
    expect(pinyinForms('单雄信', 1)?.aliases).toEqual(['shanxiongxin', 'shan xiongxin', 'sxx']);
    expect(pinyinForms('曾国藩', 1)?.display).toBe('zēng guó fān');
    expect(pinyinForms('欧阳明辉', 2)?.aliases).toContain('ouyang minghui');
  });

  it('give initials only to names of three characters or more', () => {
    expect(pinyinForms('任凯', 1)?.aliases).toEqual(['renkai', 'ren kai']);
  });

  it('leave text without traditional variants alone', () => {
    expect(traditionalForms('孙大军')).toEqual(['孫大軍']);
    expect(traditionalForms('王立')).toEqual([]);
  });
});
