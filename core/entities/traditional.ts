/**
 * Simplified → traditional conversion of short texts (names and aliases) with OpenCC's own dictionaries and
 * tries, without building the whole dictionary at once.
 *
 * `OpenCC.Converter({ from: 'cn', to: 'tw' })` builds a trie of every phrase it knows: seconds of work and about
 * 40 MB per converter, paid on the first entity of every background start that imports a page. A text can only
 * ever match dictionary entries made of its own characters, so each conversion here builds small tries from
 * those entries alone (found through an index by first character, built once) and gives exactly what the full
 * converter gives: the same configuration (normalisation, segmentation, conversion chain), the same order of
 * precedence between dictionaries.
 */
import { Locale, Trie } from 'opencc-js/cn2t';

type Pair = [source: string, target: string];
/** A dictionary as OpenCC ships it: `"source target|source target|…"`. */
type Dict = string;

interface Config {
  normalizationChain?: Dict[][];
  segmentation?: Dict[];
  conversionChain: Dict[][];
}

/** A dictionary's entries by their first two code points (one-character entries apart), in dictionary order. */
interface DictIndex {
  single: Map<number, Pair[]>;
  pairs: Map<number, Map<number, Pair[]>>;
}

const indexes = new Map<Dict, DictIndex>();

function push<K>(map: Map<K, Pair[]>, key: K, pair: Pair): void {
  const list = map.get(key);
  if (list) list.push(pair);
  else map.set(key, [pair]);
}

function indexOf(dict: Dict): DictIndex {
  let index = indexes.get(dict);
  if (!index) {
    index = { single: new Map(), pairs: new Map() };
    for (const line of dict.split('|')) {
      const space = line.indexOf(' ');
      if (space <= 0) continue;
      const pair: Pair = [line.slice(0, space), line.slice(space + 1)];
      const first = pair[0].codePointAt(0)!;
      const second = pair[0].codePointAt(first > 0xffff ? 2 : 1);
      if (second === undefined) push(index.single, first, pair);
      else {
        let byFirst = index.pairs.get(first);
        if (!byFirst) index.pairs.set(first, (byFirst = new Map()));
        push(byFirst, second, pair);
      }
    }
    indexes.set(dict, index);
  }
  return index;
}

function codePoints(text: string): number[] {
  return Array.from(text, (c) => c.codePointAt(0)!);
}

function madeOf(text: string, allowed: ReadonlySet<number>): boolean {
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    if (!allowed.has(cp)) return false;
    i += cp > 0xffff ? 2 : 1;
  }
  return true;
}

/**
 * The entries of `dict` whose source is made only of `allowed` code points. Their order differs from the
 * dictionary's only between different sources, which a trie does not see.
 */
function entriesWithin(dict: Dict, allowed: ReadonlySet<number>): Pair[] {
  const index = indexOf(dict);
  const found: Pair[] = [];
  for (const first of allowed) {
    found.push(...(index.single.get(first) ?? []));
    const byFirst = index.pairs.get(first);
    if (!byFirst) continue;
    for (const second of allowed)
      for (const pair of byFirst.get(second) ?? []) if (madeOf(pair[0], allowed)) found.push(pair);
  }
  return found;
}

/**
 * A trie of the group's entries within `allowed` (OpenCC's precedence kept: earlier dictionaries win); the code
 * points the entries can produce are added to `allowed`, since the next step reads this step's output.
 */
function groupTrie(group: readonly Dict[], allowed: Set<number>): Trie {
  const dicts = group.map((dict) => entriesWithin(dict, allowed));
  const trie = new Trie();
  trie.loadDictGroup(dicts);
  for (const pairs of dicts)
    for (const [, target] of pairs) for (const cp of codePoints(target)) allowed.add(cp);
  return trie;
}

/** Converts `text` as OpenCC's converter of `config` would. */
function convertShort(config: Config, text: string): string {
  const allowed = new Set(codePoints(text));
  let normalized = text;
  for (const group of config.normalizationChain ?? [])
    normalized = groupTrie(group, allowed).convert(normalized);
  const segmentation = config.segmentation ? groupTrie(config.segmentation, new Set(allowed)) : null;
  const chain = config.conversionChain.map((group) => groupTrie(group, allowed));
  const segments = segmentation ? segmentation.segment(normalized) : [normalized];
  return chain.reduce((parts, trie) => parts.map((part) => trie.convert(part)), segments).join('');
}

/**
 * A converter to traditional characters for short texts: `t` (OpenCC's standard), `tw` (Taiwan) or `hk` (Hong
 * Kong standard), as `OpenCC.Converter({ from: 'cn', to })`.
 */
export function shortTextConverter(to: 't' | 'tw' | 'hk'): (text: string) => string {
  const config = (Locale as unknown as { configs: Record<string, Config> }).configs[`s2${to}`];
  if (!config) throw new Error(`OpenCC has no configuration s2${to}`);
  return (text) => convertShort(config, text);
}
