import { describe, expect, it } from 'vitest';
import { findOrganizations } from '../../../core/entities/organizations';
import { article, build, byId } from './fixtures';

function orgs(text: string, county?: string): string[] {
  return findOrganizations(text, county).map((o) => o.name);
}

describe('organisations', () => {
  it('are read as the paper names them', () => {
    expect(
      orgs('4月10日，市第三届人大常委会第四十三次会议召开。市人大常委会党组书记刘振国出席会议。'),
    ).toEqual(['市人大常委会', '市人大常委会党组']);
    expect(
      orgs('市中级人民法院院长杨泽民，市人民检察院检察长郭鸿及市监察委员会有关负责人等列席会议。'),
    ).toEqual(['市中级人民法院', '市人民检察院', '市监察委员会']);
    expect(orgs('8月16日，市委办公室联合市委政研室，组织全体党员干部')).toEqual(['市委办公室', '市委政研室']);
    expect(orgs('在启动仪式上，市委宣传部、市民政局向全市广大群众发出了倡议')).toEqual([
      '市委宣传部',
      '市民政局',
    ]);
    expect(orgs('3月2日，市乡村振兴局召开全体人员会议。市水利局明确提出。')).toEqual([
      '市乡村振兴局',
      '市水利局',
    ]);
    expect(orgs('中共中央政治局委员、国务院安委会主任刘鹤')).toEqual(['中共中央政治局', '国务院安委会']);
    expect(orgs('5月8日，省自然资源厅厅长周建春先后深入我市孝义')).toEqual(['省自然资源厅']);
    expect(orgs('吕梁市委宣传部农村文明创建科是此项工作的具体承办科室之一')).toEqual([
      '市委宣传部农村文明创建科',
    ]);
  });

  it('stop at the organ when words follow (市政协召开…, 省委人大工作会议)', () => {
    expect(orgs('4月10日，市政协召开党组（扩大）会议')).toEqual(['市政协']);
    expect(
      orgs(
        '传达学习省委工作会议、省委人大工作会议、省委政协工作会议、省委组织部选拔乡镇书记到省市直单位任职',
      ),
    ).toEqual(['省委', '省委', '省委', '省委组织部']);
    expect(orgs('要学习贯彻《山西省领导干部政治素质考察考核办法》')).toEqual([]);
    expect(orgs('会议以视频形式召开。聚焦市委中心任务。')).toEqual(['市委']);
  });

  it('are not read from words that only contain a level (全市, 城市, 市区, 市直, 武汉市)', () => {
    expect(
      orgs('全市各级各部门要提高认识，市直各部门要按照职责分工，城市管理精细化，市区联动，市民文明素养'),
    ).toEqual([]);
    expect(orgs('驰援湖北潜江和武汉市江汉方舱医院')).toEqual([]);
    expect(orgs('党中央、国务院决策部署')).toEqual(['党中央', '国务院']);
  });

  it('qualify bare county units with the county the article is about', () => {
    const text =
      '县能源局为煤改电用户居民申请优惠电价；县老干部局为残疾人发放辅助器具；柳林县残联党员干部与县人民医院医师一行';
    expect(orgs(text, '柳林县')).toEqual(['柳林县能源局', '柳林县老干部局', '柳林县残联', '柳林县人民医院']);
    expect(orgs(text)).toEqual(['柳林县残联']);
  });

  it('mark organisations every city has as generic and add their proper names', () => {
    const entities = build([
      article('a1', '在市委、市政府统一领导下，统筹推进。市水利局明确提出。国务院安委会召开全体会议。'),
    ]);
    const shiwei = byId(entities, 'organization:市委')!;
    expect(shiwei.generic).toBe(true);
    expect(shiwei.aliases).toEqual(expect.arrayContaining(['吕梁市委', '中共吕梁市委']));
    expect(byId(entities, 'organization:市政府')?.aliases).toContain('吕梁市人民政府');
    expect(byId(entities, 'organization:市水利局')?.aliases).toContain('吕梁市水利局');
    expect(byId(entities, 'organization:国务院安委会')?.generic).toBeUndefined();
    expect(shiwei.articles).toEqual(['a1']);
  });
});
