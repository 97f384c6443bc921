/**
 * Topics: the campaigns and themes readers follow, with the short forms the paper uses for them (创城, 创森,
 * 办实事). This list is the product's own editorial knowledge; extend it as the archive grows.
 */
import { Trie } from './trie';

export interface TopicDef {
  name: string;
  aliases: readonly string[];
}

export const TOPICS: readonly TopicDef[] = [
  { name: '脱贫攻坚', aliases: ['脱贫', '扶贫', '精准扶贫', '脱贫攻坚战', '巩固脱贫成果', '返贫'] },
  { name: '乡村振兴', aliases: ['振兴乡村', '乡村振兴战略', '乡村人才振兴'] },
  { name: '文明城市创建', aliases: ['创建文明城市', '文明城市', '创城', '创文', '文明创建', '全国文明城市'] },
  { name: '国家森林城市', aliases: ['创建国家森林城市', '创森', '森林城市'] },
  { name: '移风易俗', aliases: ['婚事新办', '丧事简办', '文明祭扫', '文明祭祀'] },
  {
    name: '疫情防控',
    aliases: ['新冠肺炎', '新冠疫情', '常态化疫情防控', '核酸检测', '疫苗接种', '新冠疫苗', '防疫'],
  },
  { name: '爱国卫生', aliases: ['爱国卫生运动', '爱国卫生季'] },
  { name: '安全生产', aliases: ['安全生产专项整治', '安全生产责任'] },
  { name: '党史学习教育', aliases: ['党史学习', '学党史'] },
  { name: '基层治理', aliases: ['抓党建促基层治理', '基层社会治理', '基层治理能力'] },
  { name: '吕梁山护工', aliases: ['护工培训'] },
  { name: '我为群众办实事', aliases: ['办实事', '民生实事'] },
  {
    name: '生态环境',
    aliases: ['生态环境保护', '污染防治', '大气污染防治', '污染防治攻坚战', '生态环保督察', '生态文明'],
  },
  { name: '黄河流域生态保护', aliases: ['黄河流域', '黄河流域生态保护和高质量发展'] },
  { name: '人居环境整治', aliases: ['城乡人居环境整治', '农村人居环境整治', '人居环境'] },
  { name: '易地扶贫搬迁', aliases: ['易地搬迁'] },
  { name: '采煤沉陷区治理', aliases: ['采煤沉陷区'] },
  { name: '扫黑除恶', aliases: ['扫黑除恶专项斗争'] },
  { name: '高质量发展', aliases: ['高质量转型发展', '全方位推动高质量发展', '转型发展'] },
  { name: '营商环境', aliases: ['优化营商环境'] },
  { name: '森林防火', aliases: ['护林防火'] },
  { name: '双减', aliases: ['减轻义务教育阶段学生作业负担'] },
  { name: '养老服务', aliases: ['农村养老', '幸福养老', '居家和社区养老'] },
  { name: '老旧小区改造', aliases: ['改造老旧小区'] },
  { name: '垃圾分类', aliases: ['生活垃圾分类'] },
  { name: '志愿服务', aliases: ['志愿者'] },
  { name: '吕梁精神', aliases: [] },
  { name: '两会', aliases: ['全国两会', '市两会'] },
  { name: '换届', aliases: ['换届选举', '换届工作'] },
  { name: '巡察', aliases: ['专项巡察', '巡察整改'] },
  { name: '碳达峰碳中和', aliases: ['双碳', '碳达峰', '碳中和'] },
  { name: '文化旅游', aliases: ['乡村旅游', '全域旅游', '文旅'] },
];

let trie: Trie<string> | null = null;

function topicTrie(): Trie<string> {
  if (!trie) {
    trie = new Trie<string>();
    for (const topic of TOPICS) {
      trie.add(topic.name, topic.name);
      for (const alias of topic.aliases) trie.add(alias, topic.name);
    }
  }
  return trie;
}

/** Names of the topics `text` mentions (by name or short form), in first-mention order. */
export function findTopics(text: string): string[] {
  const found = new Set<string>();
  for (const hit of topicTrie().scan(text)) found.add(hit.value);
  return [...found];
}
