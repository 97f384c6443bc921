/**
 * The fixed query set every search figure is measured with: people, places, topics, multi-word phrases, years,
 * traditional-character spellings and pinyin (full and initials), as readers type them.
 */
export interface BenchQuery {
  query: string;
  kind: 'name' | 'place' | 'topic' | 'phrase' | 'traditional' | 'pinyin' | 'other';
}

export const BENCH_QUERIES: readonly BenchQuery[] = [
  { query: '孙大军', kind: 'name' },
  { query: '张广勇', kind: 'name' },
  { query: '尉文龙', kind: 'name' },
  { query: '李克强', kind: 'name' },
  { query: '习近平', kind: 'name' },
  { query: '柳林县', kind: 'place' },
  { query: '离石区', kind: 'place' },
  { query: '孝义', kind: 'place' },
  { query: '汾阳市', kind: 'place' },
  { query: '临县', kind: 'place' },
  { query: '党史学习教育', kind: 'topic' },
  { query: '疫苗接种', kind: 'topic' },
  { query: '文明城市', kind: 'topic' },
  { query: '脱贫攻坚', kind: 'topic' },
  { query: '乡村振兴', kind: 'topic' },
  { query: '疫情防控', kind: 'topic' },
  { query: '安全生产', kind: 'topic' },
  { query: '煤矿', kind: 'topic' },
  { query: '人大常委会第四十三次会议', kind: 'phrase' },
  { query: '离石区 文明城市', kind: 'phrase' },
  { query: '人居环境整治', kind: 'phrase' },
  { query: '高质量发展', kind: 'phrase' },
  { query: '基层治理', kind: 'phrase' },
  { query: '创建指挥部', kind: 'phrase' },
  { query: '黨史學習教育', kind: 'traditional' },
  { query: '呂梁', kind: 'traditional' },
  { query: '疫苗接種', kind: 'traditional' },
  { query: '孫大軍', kind: 'traditional' },
  { query: 'sundajun', kind: 'pinyin' },
  { query: 'zgy', kind: 'pinyin' },
  { query: 'lvliang', kind: 'pinyin' },
  { query: '政协委员', kind: 'other' },
  { query: '会议', kind: 'other' },
  { query: '工作', kind: 'other' },
  { query: '2021', kind: 'other' },
];
