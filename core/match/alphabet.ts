/**
 * The automaton's alphabet: every UTF-16 code unit that occurs in a pattern gets a symbol, numbered in
 * code-unit order (so sorted patterns give sorted edge runs), and each variant character (traditional 呂)
 * gets its canonical character's symbol. Folding thus happens once, in the table: the scanner reads one
 * symbol per code unit and never converts text.
 */
export interface Alphabet {
  /** UTF-16 code unit → symbol (1-based; folded variants share it). 0: in no pattern. */
  readonly symTab: Uint16Array;
  readonly symbols: number;
  /** Variant code unit → canonical code unit, for folding context text the same way. */
  readonly foldMap: ReadonlyMap<number, number>;
}

/** `fold` is the payload's pairs of code units: variant, then the canonical character it folds to. */
export function buildAlphabet(patterns: readonly string[], fold: string): Alphabet {
  const symTab = new Uint16Array(65536);
  for (const pattern of patterns) for (let i = 0; i < pattern.length; i++) symTab[pattern.charCodeAt(i)] = 1;
  let symbols = 0;
  for (let code = 0; code < 65536; code++) if (symTab[code] !== 0) symTab[code] = ++symbols;
  const foldMap = new Map<number, number>();
  for (let i = 0; i + 1 < fold.length; i += 2) {
    const variant = fold.charCodeAt(i);
    const canonical = fold.charCodeAt(i + 1);
    foldMap.set(variant, canonical);
    if (symTab[variant] === 0) symTab[variant] = symTab[canonical]!;
  }
  return { symTab, symbols, foldMap };
}

/** Folds variant characters in `text` to canonical ones; text holding none is returned as it is. */
export function folder(foldMap: ReadonlyMap<number, number>): (text: string) => string {
  if (foldMap.size === 0) return (text) => text;
  // An 8 KB bitmap of variant code units: most contexts hold none and are returned as they are.
  const variant = new Int32Array(2048);
  for (const code of foldMap.keys()) variant[code >>> 5]! |= 1 << (code & 31);
  return (text) => {
    let i = 0;
    for (; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if ((variant[code >>> 5]! & (1 << (code & 31))) !== 0) break;
    }
    if (i === text.length) return text;
    let out = text.slice(0, i);
    for (; i < text.length; i++) {
      const code = text.charCodeAt(i);
      out += String.fromCharCode(foldMap.get(code) ?? code);
    }
    return out;
  };
}
