import { describe, expect, it } from 'vitest';
import { parseNames, splitTrailingByline } from '../../../core/parse/bylines';
import { matchPhotoCredit } from '../../../core/parse/classify';
import { bylineLineNames, markerKindOf, parseDispatchLead } from '../../../core/parse/markers';

describe('byline forms', () => {
  it('reads reporters in a dispatch marker', () => {
    expect(parseDispatchLead('本报讯（记者 李雅萍 罗丽） 5月 9日，')?.reporters).toEqual(['李雅萍', '罗丽']);
    expect(parseDispatchLead('本报讯（实习记者 王卫斌）8月10日，')?.reporters).toEqual(['王卫斌']);
    expect(parseDispatchLead('本报讯（记者 冯凯治 通讯员 王贾）“让森林')?.reporters).toEqual([
      '冯凯治',
      '王贾',
    ]);
    expect(parseDispatchLead('本报讯 5月 7日，柳林县')?.reporters).toEqual([]);
  });

  it('reads a feature byline and its continuation lines', () => {
    expect(markerKindOf('□ 本报记者 穆佳妮')).toBe('feature-byline');
    expect(bylineLineNames('□ 本报记者 阮兴时')).toEqual(['阮兴时']);
    expect(bylineLineNames('通 讯 员 薛番彦')).toEqual(['薛番彦']);
    expect(bylineLineNames('市委办公室联合开展')).toBeNull();
  });

  it('recognises commentary, dispatch and agency markers', () => {
    expect(markerKindOf('□ 本报评论员')).toBe('commentary');
    expect(markerKindOf(' 本报讯 （记者 王涛） 又是一年')).toBe('local-dispatch');
    expect(markerKindOf('新华社北京 4月 10日电 中共中央')).toBe('agency-dispatch');
    expect(markerKindOf('本报记者从会上获悉，')).toBeNull();
    expect(markerKindOf('会议指出，本报讯')).toBeNull();
  });

  it('reads a trailing byline after the last sentence and removes it', () => {
    expect(splitTrailingByline('老俩口很满足。 （李勤 张倩）')).toEqual({
      names: ['李勤', '张倩'],
      rest: '老俩口很满足。',
    });
    expect(splitTrailingByline('共享农村文明卫生成果。（吴改玲 王艳）')?.names).toEqual(['吴改玲', '王艳']);
  });

  it('does not take ordinary brackets for a byline', () => {
    expect(splitTrailingByline('《推进农村养老服务行动计划（2020—2022）》')).toBeNull();
    expect(splitTrailingByline('关于举行会议的决定（草案）')).toBeNull();
    expect(splitTrailingByline('会议通过了决定。（草案）')).toBeNull();
    expect(splitTrailingByline('南城一幼 （原高家沟幼儿园）')).toBeNull();
  });

  it('joins a letter-spaced name and rejects non-names', () => {
    expect(parseNames('记者 王 贾')).toEqual(['王贾']);
    expect(parseNames('记者李雅萍')).toEqual(['李雅萍']);
    expect(parseNames('2020—2022')).toBeNull();
  });
});

describe('photo credits', () => {
  it('reads photographers, never reporters, from credits', () => {
    expect(matchPhotoCredit('记者 刘亮亮 摄')).toEqual({ caption: '', photographers: ['刘亮亮'] });
    expect(matchPhotoCredit('图为全市脱贫攻坚问题整改工作推进会议现场。 记者 王益炜 摄')).toEqual({
      caption: '图为全市脱贫攻坚问题整改工作推进会议现场。',
      photographers: ['王益炜'],
    });
    expect(matchPhotoCredit('本报记者 张三 李四 摄')?.photographers).toEqual(['张三', '李四']);
  });

  it('does not read running text as a credit', () => {
    expect(matchPhotoCredit('组织记者进行拍摄')).toBeNull();
    expect(matchPhotoCredit('记者从发布会获悉，4月 1日起，')).toBeNull();
  });
});
