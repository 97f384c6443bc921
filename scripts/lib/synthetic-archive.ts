/**
 * A synthetic archive of any size for load and latency measurements: articles assembled from real sentences of
 * the seed pages (so jieba, bigrams and snippets see realistic text), people and places from the seed pages
 * linked to the articles that mention them, publication dates spread over ten years. Deterministic per seed,
 * and independent of the parser (sentences are cut from the raw page text), so a cached index stays valid.
 */
import type { Archive, Article, ArticleKind, Edition, Entity } from '../../core/types';
import { readSeedPages } from './seed-pages';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE =
  '孙大军 张广勇 李正印 王立伟 张稳科 刘振国 任凯 乔晓峰 杨巨才 任磊 李建国 尉文龙 刘晋萍 张欣宁 高奇英 油晓峰 李雅萍 刘小宇 阮兴时 穆佳妮 王卫斌 冯凯治'.split(
    ' ',
  );
const PLACES = '离石区 柳林县 孝义市 汾阳市 文水县 交城县 兴县 临县 石楼县 岚县 方山县 中阳县 交口县'.split(
  ' ',
);
const KINDS: ArticleKind[] = ['news', 'news', 'news', 'news', 'feature', 'commentary', 'photo'];

export function syntheticArchive(articles: number, seed = 1): Archive {
  const random = rng(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  const text = readSeedPages()
    .map((p) => p.text.replace(/\s+/g, ''))
    .join('');
  const sentences = text
    .split(/(?<=[。！？])/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 8 && s.length <= 200);
  // short clauses make plausible headlines
  const headlines = text.split(/[，。！？；：“”]/).filter((s) => s.length >= 8 && s.length <= 22);
  // extra given names so there are thousands of distinct people, as in a long-running paper
  const surnames =
    '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文'.split(
      '',
    );
  const given =
    '建国军华明伟志强文龙平红英芳海峰勇杰涛斌辉刚健鹏飞宇晓东亮新春秀兰玉凤霞云丽娟敏静慧凯磊宁萍'.split('');
  const people = [...PEOPLE];
  while (people.length < 3000) {
    const name = pick(surnames) + pick(given) + (random() < 0.7 ? pick(given) : '');
    if (!people.includes(name)) people.push(name);
  }
  const perDay = 8;
  const days = Math.ceil(articles / perDay);
  const start = Date.UTC(2014, 0, 1);
  const editions: Edition[] = Array.from({ length: days }, (_, d) => {
    const date = new Date(start + Math.floor((d * 3650) / days) * 86_400_000).toISOString().slice(0, 10);
    return { id: `${date}-p1-${d}`, file: `synthetic-${d}.txt`, date, page: 1 };
  });
  const mentions = new Map<string, string[]>();
  const list: Article[] = [];
  for (let i = 0; i < articles; i++) {
    const edition = editions[Math.floor(i / perDay)]!;
    const named = Array.from({ length: Math.floor(random() * 4) }, () =>
      random() < 0.3 ? pick(PLACES) : pick(people),
    );
    const parts: string[] = [];
    const length = 4 + Math.floor(random() * 8);
    for (let s = 0; s < length; s++) {
      const sentence = pick(sentences);
      parts.push(named.length && random() < 0.4 ? `${pick(named)}指出，${sentence}` : sentence);
    }
    const body = parts.join(random() < 0.3 ? '\n' : '');
    const headline = random() < 0.85 ? (named[0] ?? '') + pick(headlines) : null;
    const id = `${edition.id}-a${i}`;
    for (const name of new Set(named))
      if (body.includes(name) || headline?.includes(name))
        mentions.set(name, [...(mentions.get(name) ?? []), id]);
    list.push({
      id,
      edition: edition.id,
      kind: pick(KINDS),
      headline,
      title: headline ?? body.slice(0, 24),
      reporters: random() < 0.8 ? [pick(PEOPLE.slice(-6))] : [],
      photographers: [],
      source: '本报',
      date: edition.date,
      body,
      continued: null,
    });
  }
  const entities: Entity[] = [...mentions].map(([name, ids], n) => ({
    id: `${PLACES.includes(name) ? 'place' : 'person'}-${n}`,
    kind: PLACES.includes(name) ? 'place' : 'person',
    name,
    aliases: [],
    roles: [],
    articles: ids,
  }));
  return { schemaVersion: 1, editions, articles: list, entities };
}
