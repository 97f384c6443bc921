import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../core/entities/places';
import { article, build, byId } from './fixtures';

function names(text: string, county?: string): string[] {
  return findPlaces(text, county).map((p) => p.name);
}

describe('places from the gazetteer', () => {
  const entities = build([
    article('a1', '5月8日，省自然资源厅厅长周建春先后深入我市孝义、临县，就采煤沉陷区治理进行督导调研。', {
      date: '2020-05-08',
    }),
    article('a2', '确保易地扶贫搬迁旧村拆除。临县三交镇严家圪垛是易地扶贫整村搬迁村。'),
    article(
      'a3',
      '县税务局组织志愿服务队赴三交镇，在刘志丹小学向学生捐赠“微心愿”。柳林县不断创新党员志愿服务形式。',
    ),
    article('a4', '汾阳市、石楼县在2027年前完成“创森”目标，兴县、临县、岚县在2029年完成“创森”目标。'),
  ]);

  it('includes Lüliang, its 13 county-level divisions and 154 townships', () => {
    const places = entities.filter((e) => e.kind === 'place');
    expect(places.filter((p) => p.placeType === 'county')).toHaveLength(13);
    expect(places.filter((p) => p.placeType === 'township' || p.placeType === 'zone')).toHaveLength(154);
    expect(byId(entities, 'place:吕梁市')?.aliases).toContain('吕梁');
  });

  it('knows the short forms readers use, and finds places by them', () => {
    const xiaoyi = byId(entities, 'place:孝义市')!;
    expect(xiaoyi.aliases).toContain('孝义');
    expect(xiaoyi.articles).toEqual(['a1']);
    expect(byId(entities, 'place:离石区')?.aliases).toContain('离石');
    expect(byId(entities, 'place:文水县')?.aliases).toContain('文水');
  });

  it('never takes 兴, 临 or 岚 alone for 兴县, 临县, 岚县', () => {
    for (const [id, one] of [
      ['place:兴县', '兴'],
      ['place:临县', '临'],
      ['place:岚县', '岚'],
    ] as const) {
      expect(byId(entities, id)?.aliases).not.toContain(one);
    }
    expect(byId(entities, 'place:临县')?.articles).toEqual(['a1', 'a2', 'a4']);
    expect(names('临时安置，兴建学校，岚山')).toEqual([]);
  });

  it('gives townships their county, telling apart two townships of the same name', () => {
    const linxian = byId(entities, 'place:临县三交镇')!;
    const liulin = byId(entities, 'place:柳林县三交镇')!;
    expect([linxian.name, linxian.county, linxian.articles]).toEqual(['三交镇', '临县', ['a2']]);
    expect([liulin.name, liulin.county, liulin.articles]).toEqual(['三交镇', '柳林县', ['a3']]);
    expect(byId(entities, 'place:薛村镇')?.county).toBe('柳林县');
  });

  it('does not read a short form inside another word', () => {
    expect(names('地方山区道路')).toEqual([]);
    expect(names('群众交口称赞')).toEqual([]);
    expect(names('距离石家庄')).toEqual([]);
  });
});

describe('towns, villages and communities read from the text', () => {
  it('reads them with their county and township', () => {
    const entities = build([
      article(
        'a1',
        '走进兴县四兴村易地扶贫安置点，白墙青瓦。据悉，兴县四兴村易地扶贫安置点建设有42栋安置房。',
      ),
      article(
        'a2',
        '先后来到临县三交镇双塔村中央后委旧址、林家坪镇南圪垛村中共中央西北局旧址等地进行参观学习。',
      ),
      article(
        'a3',
        '在柳林县成家镇、王家沟乡和薛村镇，推行沼气池项目建设。县总工会带领干部职工走进结对村南辛安村。',
      ),
    ]);
    const sixing = byId(entities, 'place:四兴村')!;
    expect([sixing.placeType, sixing.county, sixing.articles]).toEqual(['village', '兴县', ['a1']]);
    const shuangta = byId(entities, 'place:双塔村')!;
    expect([shuangta.county, shuangta.township]).toEqual(['临县', '三交镇']);
    expect(byId(entities, 'place:南圪垛村')?.township).toBe('林家坪镇');
    expect(byId(entities, 'place:成家镇')?.county).toBe('柳林县');
    expect(byId(entities, 'place:南辛安村')?.county).toBe('柳林县');
  });

  it('finds a village again in articles that name it bare', () => {
    const entities = build([
      article('a1', '走进兴县四兴村易地扶贫安置点。'),
      article('a2', '四兴村的群众住进了新房。'),
    ]);
    expect(byId(entities, 'place:四兴村')?.articles).toEqual(['a1', 'a2']);
  });

  it('skips unit words used as common nouns', () => {
    const text =
      '全村群众、各乡镇、逐村逐户摸排，推进美丽乡村建设。驻村第一书记到村任职。3个幸福养老示范社区、3个移民社区均已配备；所有城市社区面积均达500平方米。加强社区党群服务中心建设，党员进社区、进农村。';
    expect(names(text)).toEqual([]);
  });

  it('reads named communities', () => {
    expect(
      names('生态园社区老年人日间照料中心投资300余万元；恒大社区嵌入式养老机构投资300万元。', '离石区'),
    ).toEqual(['生态园社区', '恒大社区']);
  });
});
