import { describe, expect, it } from 'vitest';
import { linkEntities, paragraphs } from '@/components/panel/link-entities';

const sun = { id: 'person:孙大军', name: '孙大军', aliases: ['孫大軍', 'sundajun', 'sdj'] };
const lishi = { id: 'place:离石区', name: '离石区', aliases: ['离石'] };
const wenming = { id: 'topic:文明城市创建', name: '文明城市创建', aliases: ['文明城市', '创城'] };

const linked = (text: string, entities = [sun, lishi, wenming]) =>
  linkEntities(text, entities)
    .map((p) => (p.entity ? `[${p.text}→${p.entity.id}]` : p.text))
    .join('');

describe('entity names linked in an article body', () => {
  it('links every occurrence of a name', () => {
    expect(linked('市委书记孙大军主持。孙大军强调')).toBe(
      '市委书记[孙大军→person:孙大军]主持。[孙大军→person:孙大军]强调',
    );
  });

  it('prefers the longest name at a position', () => {
    expect(linked('离石区和离石')).toBe('[离石区→place:离石区]和[离石→place:离石区]');
    expect(linked('文明城市创建工作')).toBe('[文明城市创建→topic:文明城市创建]工作');
  });

  it('finds written aliases such as traditional characters', () => {
    expect(linked('孫大軍講話')).toBe('[孫大軍→person:孙大军]講話');
  });

  it('does not link romanised aliases or single characters', () => {
    expect(linked('sdj sundajun')).toBe('sdj sundajun');
    expect(linked('市', [{ id: 'x', name: '市', aliases: [] }])).toBe('市');
  });

  it('keeps the text whole: the pieces put together are the input', () => {
    const text = '会上，孙大军要求离石区不折不扣落实好创城部署。';
    expect(
      linkEntities(text, [sun, lishi, wenming])
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
  });

  it('returns the text as one piece when nothing matches, and nothing for no text', () => {
    expect(linkEntities('没有名字', [sun])).toEqual([{ text: '没有名字' }]);
    expect(linkEntities('', [sun])).toEqual([]);
  });

  it('splits the body into its paragraphs', () => {
    expect(paragraphs('第一段\n\n 第二段 \n')).toEqual(['第一段', '第二段']);
  });
});
