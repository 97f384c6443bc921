/**
 * What a reader waits for right after the background starts: `npx tsx scripts/lib/warmup-timing.ts`.
 * Installs the seed archive into IndexedDB (fake-indexeddb), then, as a fresh background would: loads the engine's
 * memory, answers a first query on the quick path (jieba not loaded), loads jieba (WebAssembly + dictionary),
 * and answers the same query again with jieba.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { add_word, cut, cut_for_search, initSync } from 'jieba-wasm/web';
import { buildArchive } from '../../core/archive';
import { buildSearchIndex, createSearchEngine, type Tokenizer } from '../../core/search';
import { jiebaTokenizer } from '../../core/search/jieba-tokenizer';
import { createIdbReader, installArchive, openLensDB } from '../../lib/storage';
import { JIEBA_WASM_SOURCE } from './jieba-node';
import { readSeedPages } from './seed-pages';

const ms = (since: number) => `${(performance.now() - since).toFixed(1)} ms`;

async function main(): Promise<void> {
  const { archive } = buildArchive(readSeedPages());
  // the index is built in a separate step (the build), with the same jieba this process loads later
  const wasm = readFileSync(JIEBA_WASM_SOURCE);
  let t = performance.now();
  initSync({ module: wasm });
  const init = ms(t);
  t = performance.now();
  cut_for_search('吕梁', true);
  console.log(`jieba: WebAssembly ${init}, dictionary build (first cut) ${ms(t)}`);
  const built = jiebaTokenizer({ add_word, cut, cut_for_search });
  const index = buildSearchIndex(archive, built);
  const db = await openLensDB({ name: `warmup-${Date.now()}` });
  const { meta } = await installArchive(db, { archive, index });

  for (const query of ['党史学习教育', '孙大军', '疫苗接種']) {
    let jieba: Tokenizer | null = null;
    const engine = createSearchEngine(createIdbReader(db, meta.generation), () => jieba);
    t = performance.now();
    await engine.ready();
    const ready = ms(t);
    t = performance.now();
    const quick = await engine.search({ query });
    const quickMs = ms(t);
    t = performance.now();
    const again = await engine.search({ query });
    const quickAgain = ms(t);
    jieba = built;
    t = performance.now();
    const refined = await engine.search({ query });
    const jiebaFirst = ms(t);
    t = performance.now();
    await engine.search({ query });
    console.log(
      `“${query}”: memory load ${ready}; quick path first ${quickMs} (${quick.total} hits), again ${quickAgain}; ` +
        `jieba first ${jiebaFirst} (${refined.total} hits, top ${refined.hits[0]?.id === quick.hits[0]?.id ? 'same' : 'different'}), again ${ms(t)}` +
        (again.total === quick.total ? '' : ' (!)'),
    );
  }
  db.close();
}

void main();
