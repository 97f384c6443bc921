import { describe, expect, it } from 'vitest';
import { findTopics } from '../../../core/entities/topics';
import { article, build, byId } from './fixtures';

describe('topics', () => {
  it('are found by their name and by their short forms', () => {
    expect(findTopics('我市自启动“创森”工作以来，把创建国家森林城市作为生态文明建设的重要内容')).toEqual([
      '国家森林城市',
      '生态环境',
    ]);
    expect(findTopics('离石区要不折不扣落实好市委关于创城的各项决策部署')).toEqual(['文明城市创建']);
    expect(findTopics('扎实开展“我为群众办实事”实践活动；好事办实，实事办好；广泛开展办实事活动')).toEqual([
      '我为群众办实事',
    ]);
    expect(findTopics('统筹推进疫情防控和经济社会发展；已完成疫苗接种232520剂次')).toEqual(['疫情防控']);
  });

  it('list the articles that mention them', () => {
    const entities = build([
      article('a1', '全市脱贫攻坚问题整改工作推进会议召开。'),
      article('a2', '推动巩固拓展脱贫成果同乡村振兴有效衔接。'),
      article('a3', '深化党建引领基层治理、党建引领文明创建。'),
    ]);
    expect(byId(entities, 'topic:脱贫攻坚')?.articles).toEqual(['a1', 'a2']);
    expect(byId(entities, 'topic:乡村振兴')?.articles).toEqual(['a2']);
    expect(byId(entities, 'topic:基层治理')?.articles).toEqual(['a3']);
    expect(byId(entities, 'topic:文明城市创建')?.aliases).toEqual(
      expect.arrayContaining(['创城', '文明城市']),
    );
    expect(byId(entities, 'topic:移风易俗')?.articles).toEqual([]);
  });
});
