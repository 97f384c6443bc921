import { describe, expect, it } from 'vitest';
import { isPlausibleName, nameAfter, nameBefore } from '../../../core/entities/names';
import { chainBefore, normalizeOrg, parseTitle } from '../../../core/entities/titles';

function titleBefore(text: string, name: string) {
  const end = text.indexOf(name);
  const offices = [
    '常务副部长',
    '副书记',
    '书记',
    '副主任',
    '主任',
    '秘书长',
    '主席',
    '市长',
    '组长',
    '部长',
    '厅长',
  ];
  const office = offices.find((w) => text.startsWith(w, end - w.length))!;
  const parsed = parseTitle(text, end - office.length, end)!;
  return [...chainBefore(text, parsed.start), parsed].map((t) => t.title);
}

describe('title grammar', () => {
  it('reads the organisation before an office only when the office belongs to it', () => {
    expect(titleBefore('会议传达学习了省委书记张三的讲话', '张三')).toEqual(['省委书记']);
    expect(titleBefore('，省自然资源厅厅长周建春先后深入', '周建春')).toEqual(['省自然资源厅厅长']);
    expect(titleBefore('。中国石油大学（北京）党委宣传部常务副部长李丽平在参观时', '李丽平')).toEqual([
      '中国石油大学（北京）党委宣传部常务副部长',
    ]);
  });

  it('reads chains of posts joined by 、', () => {
    expect(titleBefore('。市委常委、市委秘书长、市委统战部部长、市政协党组副书记乔晓峰，', '乔晓峰')).toEqual(
      ['市委常委', '市委秘书长', '市委统战部部长', '市政协党组副书记'],
    );
    expect(titleBefore('。市委书记、市疫情防控工作领导小组组长李正印主持', '李正印')).toEqual([
      '市委书记',
      '市疫情防控工作领导小组组长',
    ]);
  });

  it('marks a post printed alone as bare, except offices that name their unit (市长)', () => {
    const text = '。副主任孙晋军主持会议。市长王立伟主持。';
    const deputy = parseTitle(text, 1, 4)!;
    expect([deputy.title, deputy.bare, deputy.org]).toEqual(['副主任', true, undefined]);
    const mayor = parseTitle(text, text.indexOf('市长'), text.indexOf('市长') + 2)!;
    expect([mayor.title, mayor.bare, mayor.org]).toEqual(['市长', false, '市政府']);
  });

  it('writes the paper’s own city as 市 and drops term numbers', () => {
    expect(normalizeOrg('吕梁市委宣传部')).toBe('市委宣传部');
    expect(normalizeOrg('中共吕梁市委')).toBe('市委');
    expect(normalizeOrg('市第三届人大常委会')).toBe('市人大常委会');
    expect(normalizeOrg('吕梁市人民政府')).toBe('市政府');
  });
});

describe('name plausibility', () => {
  it('wants a surname, two or three characters and no function character', () => {
    expect(isPlausibleName('孙大军')).toBe(true);
    expect(isPlausibleName('郭鸿')).toBe(true);
    expect(isPlausibleName('欧阳明辉')).toBe(true);
    expect(isPlausibleName('郭鸿及')).toBe(false);
    expect(isPlausibleName('会议')).toBe(false);
    expect(isPlausibleName('柳林')).toBe(false);
    expect(isPlausibleName('高度')).toBe(false);
  });

  it('accepts a name that is also a word only next to a post', () => {
    expect(isPlausibleName('权威')).toBe(false);
    expect(isPlausibleName('权威', { allowCommonWord: true })).toBe(true);
  });

  it('accepts rare surnames only where a post vouches for the name', () => {
    expect(isPlausibleName('油晓峰')).toBe(false);
    expect(isPlausibleName('油晓峰', { allowRare: true })).toBe(true);
  });

  it('ends a name where the text allows one to end', () => {
    expect(nameAfter('张广勇在吕梁分会场参加', 0)).toBe('张广勇');
    expect(nameAfter('郭鸿及市监察委员会有关负责人', 0)).toBe('郭鸿');
    expect(nameAfter('刘凯，秘书长刘雁斌', 0)).toBe('刘凯');
    expect(nameAfter('张稳科主持会议', 0)).toBe('张稳科');
    expect(nameAfter('高度重视', 0)).toBeNull();
  });

  it('starts a name where the text allows one to start', () => {
    expect(nameBefore('。王立伟强调', 4)?.name).toBe('王立伟');
    expect(nameBefore('要重点深入学习刘华书记', 9)?.name).toBe('刘华');
    expect(nameBefore('学习孙大军书记', 5)?.name).toBe('孙大军');
  });
});
