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

/** A dictionary as a map from source to target (a later entry replaces an earlier one, as in OpenCC's trie). */
interface DictMap {
  entries: Map<string, string>;
  /** Length of the longest source, in UTF-16 units. */
  longest: number;
}

const maps = new Map<Dict, DictMap>();

function mapOf(dict: Dict): DictMap {
  let map = maps.get(dict);
  if (!map) {
    map = { entries: new Map(), longest: 0 };
    for (const line of dict.split('|')) {
      const space = line.indexOf(' ');
      if (space <= 0) continue;
      map.entries.set(line.slice(0, space), line.slice(space + 1));
      map.longest = Math.max(map.longest, space);
    }
    maps.set(dict, map);
  }
  return map;
}

/** The entries of `dict` whose source occurs in one of `texts`: the only ones a trie walk over them can reach. */
function entriesIn(dict: Dict, texts: readonly string[]): Pair[] {
  const { entries, longest } = mapOf(dict);
  const found = new Map<string, string>();
  for (const text of texts)
    for (let i = 0; i < text.length; i++)
      for (let end = i + 1; end <= Math.min(text.length, i + longest); end++) {
        const source = text.slice(i, end);
        const target = entries.get(source);
        if (target !== undefined) found.set(source, target);
      }
  return [...found];
}

/** OpenCC's trie of a dictionary group, narrowed to what `texts` can match (earlier dictionaries win). */
function groupTrie(group: readonly Dict[], texts: readonly string[]): Trie {
  const trie = new Trie();
  trie.loadDictGroup(group.map((dict) => entriesIn(dict, texts)));
  return trie;
}

/** Converts `text` as OpenCC's converter of `config` would: normalise, segment, then each group of the chain. */
function convertShort(config: Config, text: string): string {
  let normalized = text;
  for (const group of config.normalizationChain ?? [])
    normalized = groupTrie(group, [normalized]).convert(normalized);
  let segments = config.segmentation
    ? groupTrie(config.segmentation, [normalized]).segment(normalized)
    : [normalized];
  for (const group of config.conversionChain) {
    const trie = groupTrie(group, segments);
    segments = segments.map((segment) => trie.convert(segment));
  }
  return segments.join('');
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
