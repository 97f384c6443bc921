/**
 * The standard English rendering of the posts the paper prints, for English readers (the UI shows it next to
 * the Chinese title, never instead of it). Renderings follow the forms Chinese official and state media
 * English uses (China Daily, Xinhua): "Party Secretary of the … Committee", "Mayor", "Executive Vice Mayor".
 * A post the glossary does not know gets no rendering rather than a guess.
 */
import { COUNTIES } from '../entities/gazetteer-data';

/** Posts of the city (市 is Lüliang, as titles are canonical), the province and the centre, as printed. */
const POSTS: Readonly<Record<string, string>> = {
  市委书记: 'Party Secretary of the Municipal Committee',
  市委副书记: 'Deputy Party Secretary of the Municipal Committee',
  市委常委: 'Member of the Standing Committee of the Municipal Party Committee',
  市委秘书长: 'Secretary-General of the Municipal Party Committee',
  市委组织部部长: 'Head of the Organisation Department of the Municipal Party Committee',
  市委宣传部部长: 'Head of the Publicity Department of the Municipal Party Committee',
  市委统战部部长: 'Head of the United Front Work Department of the Municipal Party Committee',
  市委政法委书记: 'Secretary of the Political and Legal Affairs Commission of the Municipal Party Committee',
  市纪委书记: 'Secretary of the Municipal Commission for Discipline Inspection',
  市监委主任: 'Director of the Municipal Supervisory Commission',
  市长: 'Mayor',
  常务副市长: 'Executive Vice Mayor',
  副市长: 'Vice Mayor',
  市政府秘书长: 'Secretary-General of the Municipal Government',
  市人大常委会主任: "Chairman of the Municipal People's Congress Standing Committee",
  市人大常委会副主任: "Vice Chairman of the Municipal People's Congress Standing Committee",
  市人大常委会秘书长: "Secretary-General of the Municipal People's Congress Standing Committee",
  市人大常委会党组书记:
    "Party Secretary of the Leading Party Group of the Municipal People's Congress Standing Committee",
  市政协主席: 'Chairman of the Municipal CPPCC Committee',
  市政协副主席: 'Vice Chairman of the Municipal CPPCC Committee',
  市政协秘书长: 'Secretary-General of the Municipal CPPCC Committee',
  市政协党组书记: 'Party Secretary of the Leading Party Group of the Municipal CPPCC Committee',
  市政协党组副书记: 'Deputy Party Secretary of the Leading Party Group of the Municipal CPPCC Committee',
  市中级人民法院院长: "President of the Municipal Intermediate People's Court",
  市人民检察院检察长: "Chief Procurator of the Municipal People's Procuratorate",
  省委书记: 'Party Secretary of the Provincial Committee',
  省委副书记: 'Deputy Party Secretary of the Provincial Committee',
  省长: 'Governor',
  常务副省长: 'Executive Vice Governor',
  副省长: 'Vice Governor',
  省人大常委会主任: "Chairman of the Provincial People's Congress Standing Committee",
  省政协主席: 'Chairman of the Provincial CPPCC Committee',
  中共中央总书记: 'General Secretary of the CPC Central Committee',
  中共中央政治局常委: 'Member of the Standing Committee of the Political Bureau of the CPC Central Committee',
  中共中央政治局委员: 'Member of the Political Bureau of the CPC Central Committee',
  国家主席: 'President of the People’s Republic of China',
  中央军委主席: 'Chairman of the Central Military Commission',
  国务院总理: 'Premier of the State Council',
  国务委员: 'State Councillor',
};

/** Lüliang's county-level divisions in English (the gazetteer's names, the official romanisation). */
const COUNTY_NAMES: Readonly<Record<string, string>> = {
  离石区: 'Lishi District',
  文水县: 'Wenshui County',
  交城县: 'Jiaocheng County',
  兴县: 'Xing County',
  临县: 'Lin County',
  柳林县: 'Liulin County',
  石楼县: 'Shilou County',
  岚县: 'Lan County',
  方山县: 'Fangshan County',
  中阳县: 'Zhongyang County',
  交口县: 'Jiaokou County',
  孝义市: 'Xiaoyi City',
  汾阳市: 'Fenyang City',
};

type Render = (place: { short: string; full: string; level: string }) => string;

/** County posts, by what follows the county's name (`柳林县` + `委书记`, `孝义市` + `市长`). */
const COUNTY_POSTS: readonly [suffix: string, render: Render][] = [
  ['委书记', (p) => `Party Secretary of the ${p.short} ${p.level} Committee`],
  ['委副书记', (p) => `Deputy Party Secretary of the ${p.short} ${p.level} Committee`],
  ['县长', (p) => `Magistrate of ${p.full}`],
  ['区长', (p) => `Head of ${p.full}`],
  ['市长', (p) => `Mayor of ${p.short}`],
  ['常务副县长', (p) => `Executive Deputy Magistrate of ${p.full}`],
  ['副县长', (p) => `Deputy Magistrate of ${p.full}`],
  ['常务副市长', (p) => `Executive Vice Mayor of ${p.short}`],
  ['副市长', (p) => `Vice Mayor of ${p.short}`],
  ['副区长', (p) => `Deputy Head of ${p.full}`],
  ['人大常委会主任', (p) => `Chairman of the ${p.short} ${p.level} People's Congress Standing Committee`],
  ['政协主席', (p) => `Chairman of the ${p.short} ${p.level} CPPCC Committee`],
];

function countyPost(title: string): string | null {
  const county = COUNTIES.find((c) => title.startsWith(c.name));
  const full = county && COUNTY_NAMES[county.name];
  if (!county || !full) return null;
  const kind = full.slice(full.lastIndexOf(' ') + 1); // County, District, City
  const short = full.slice(0, full.lastIndexOf(' '));
  const place = { short, full: kind === 'City' ? short : full, level: kind === 'City' ? 'Municipal' : kind };
  // 柳林县县长 prints the level again; 柳林县长 and 兴县县长 (兴县 + 县长) give it once.
  const rest = title.slice(county.name.length);
  const office = rest === '长' ? county.name.slice(-1) + rest : rest;
  return COUNTY_POSTS.find(([suffix]) => suffix === office)?.[1](place) ?? null;
}

/** Posts a page prints without the county (`县委书记`, `县长`): a rendering without the place. */
const BARE_COUNTY: Readonly<Record<string, string>> = {
  县委书记: 'County Party Secretary',
  县委副书记: 'Deputy County Party Secretary',
  县长: 'County Magistrate',
  副县长: 'Deputy County Magistrate',
  区委书记: 'District Party Secretary',
  区长: 'District Head',
};

/** The English rendering of a post as the archive prints it, or null when the glossary does not know it. */
export function englishPost(title: string): string | null {
  return POSTS[title] ?? BARE_COUNTY[title] ?? countyPost(title);
}

/** The English name of one of Lüliang's county-level divisions, or null. */
export function englishCounty(name: string): string | null {
  return COUNTY_NAMES[name] ?? null;
}

/**
 * Words an English question may add around a post or leave out of it: articles, "of", the city's name in its
 * spellings, "municipal" and "city" (the paper's 市 is Lüliang), "committee" and "CPC". What remains of a
 * rendering is what tells one post from another (`party secretary`, `mayor liulin`).
 */
const ENGLISH_NOISE =
  /\b(?:the|of|for|municipal|municipality|city|l[üu]liang|lvliang|committee|cpc|party's)\b/g;

function englishKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']s\b/g, '')
    .replace(/[^a-z\s-]/g, ' ')
    .replace(ENGLISH_NOISE, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

let byEnglish: Map<string, string> | null = null;

/** Every rendering the glossary gives, keyed for lookup; a key two posts share is dropped rather than guessed. */
function englishIndex(): Map<string, string> {
  if (byEnglish) return byEnglish;
  const titles = [
    ...Object.keys(POSTS),
    ...Object.keys(BARE_COUNTY),
    ...COUNTIES.flatMap((c) => COUNTY_POSTS.map(([suffix]) => c.name + suffix)),
  ];
  const found = new Map<string, string | null>();
  for (const title of titles) {
    const english = englishPost(title);
    if (!english) continue;
    const key = englishKey(english);
    found.set(key, found.has(key) && found.get(key) !== title ? null : title);
  }
  byEnglish = new Map([...found].filter((e): e is [string, string] => e[1] !== null));
  return byEnglish;
}

/**
 * The post an English phrase names (`Mayor`, `the Party Secretary of Lüliang`, `Magistrate of Liulin County`),
 * as the archive prints it, or null when the glossary has no such rendering.
 */
export function postOfEnglish(phrase: string): string | null {
  const key = englishKey(phrase);
  return key ? (englishIndex().get(key) ?? null) : null;
}
