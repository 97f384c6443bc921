/** The English post glossary: the city's, the province's and the counties' posts; unknown posts stay unrendered. */
import { describe, expect, it } from 'vitest';
import { englishCounty, englishPost } from '../../../core/glossary/posts';
import { COUNTIES } from '../../../core/entities/gazetteer-data';

describe('englishPost', () => {
  it('renders the common city, province and central posts in the standard form', () => {
    expect(englishPost('市委书记')).toBe('Party Secretary of the Municipal Committee');
    expect(englishPost('市长')).toBe('Mayor');
    expect(englishPost('常务副市长')).toBe('Executive Vice Mayor');
    expect(englishPost('副市长')).toBe('Vice Mayor');
    expect(englishPost('市人大常委会主任')).toBe(
      "Chairman of the Municipal People's Congress Standing Committee",
    );
    expect(englishPost('市政协主席')).toBe('Chairman of the Municipal CPPCC Committee');
    expect(englishPost('市政府秘书长')).toBe('Secretary-General of the Municipal Government');
    expect(englishPost('省委书记')).toBe('Party Secretary of the Provincial Committee');
    expect(englishPost('省长')).toBe('Governor');
    expect(englishPost('国务院总理')).toBe('Premier of the State Council');
  });

  it('names the county in county posts, however the paper prints the level', () => {
    expect(englishPost('柳林县委书记')).toBe('Party Secretary of the Liulin County Committee');
    expect(englishPost('柳林县县长')).toBe('Magistrate of Liulin County');
    expect(englishPost('柳林县长')).toBe('Magistrate of Liulin County');
    expect(englishPost('兴县县长')).toBe('Magistrate of Xing County');
    expect(englishPost('兴县委书记')).toBe('Party Secretary of the Xing County Committee');
    expect(englishPost('孝义市市长')).toBe('Mayor of Xiaoyi');
    expect(englishPost('孝义市委书记')).toBe('Party Secretary of the Xiaoyi Municipal Committee');
    expect(englishPost('离石区区长')).toBe('Head of Lishi District');
    expect(englishPost('县委书记')).toBe('County Party Secretary');
  });

  it('gives no rendering for a post it does not know, rather than a guess', () => {
    expect(englishPost('市疫情防控工作领导小组组长')).toBeNull();
    expect(englishPost('市委宣传部农村文明创建科科长')).toBeNull();
    expect(englishPost('柳林县水利局局长')).toBeNull();
    // Another city's county of the same level word is not Lüliang's.
    expect(englishPost('绍兴县县长')).toBeNull();
  });

  it('knows every county-level division of the gazetteer', () => {
    for (const county of COUNTIES)
      expect(englishCounty(county.name), county.name).toMatch(/ (County|District|City)$/);
  });
});
