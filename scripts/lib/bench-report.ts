/** The benchmark's output: the machine it ran on, and the figures as a table with their targets. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { TARGETS, type Figures } from './bench-stats';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  chromium: string;
  node: string;
  date: string;
}

export function machine(chromium: string): Machine {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    // not Linux: os.cpus() already named it
  }
  return {
    cpu,
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    chromium,
    node: process.version,
    date: new Date().toISOString(),
  };
}

/** Bytes of every file under `dir`. */
export function dirBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const path = join(dir, entry.name);
    return sum + (entry.isDirectory() ? dirBytes(path) : statSync(path).size);
  }, 0);
}

/** Bytes of the files the manifest injects into pages (content scripts' JS and CSS). */
export function contentScriptBytes(extensionDir: string): number {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  const files = new Set((manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]));
  return [...files].reduce((sum, file) => sum + statSync(join(extensionDir, file)).size, 0);
}

export const ROWS: [key: string, label: string, unit: string][] = [
  ['parse.charsPerSec', 'parser on the seeds (Node)', 'chars/s'],
  ['search.seeds.p95Ms', 'search p95, seed archive', 'ms'],
  ['search.synthetic.articles', 'synthetic archive', 'articles'],
  ['search.synthetic.p50Ms', 'search p50, synthetic', 'ms'],
  ['search.synthetic.p95Ms', 'search p95, synthetic', 'ms'],
  ['search.synthetic.startMs', 'start: popup → first answer', 'ms'],
  ['search.synthetic.popupFirstP50Ms', 'popup: query entered → first results shown, p50', 'ms'],
  ['search.synthetic.popupFirstP95Ms', 'popup: query entered → first results shown, p95', 'ms'],
  ['search.synthetic.popupAfterPauseP50Ms', 'popup: typing pause over → first results shown, p50', 'ms'],
  ['search.synthetic.popupAfterPauseP95Ms', 'popup: typing pause over → first results shown, p95', 'ms'],
  ['search.minisearch.p50Ms', 'MiniSearch p50', 'ms'],
  ['search.minisearch.p95Ms', 'MiniSearch p95', 'ms'],
  ['search.minisearch.startMs', 'MiniSearch start: load + first query', 'ms'],
  ['scan.chars', 'page scanned', 'chars'],
  ['scan.ms', 'matcher on the page, contexts cut when read', 'ms'],
  ['scan.eagerMs', 'matcher on the page, every context cut at once', 'ms'],
  ['scan.floorMs', 'one plain pass (floor)', 'ms'],
  ['scan.worstTaskMs', 'worst long task, extension on', 'ms'],
  ['scan.worstTaskBaselineMs', 'worst long task, no extension', 'ms'],
  ['scan.firstPaintMs', 'content script: DOMContentLoaded → first highlights', 'ms'],
  ['scan.fullReadMs', 'content script: DOMContentLoaded → whole page read', 'ms'],
  ['scan.pageBusyMs', 'no extension: a task the page queues at DOMContentLoaded runs after', 'ms'],
  ['scan.heapGrowthBytes', "content script's heap growth", 'bytes'],
  ['install.synthetic.ms', 'install → archive ready, synthetic', 'ms'],
  ['install.textFloorMs', 'IndexedDB storing the article text alone (floor of the install)', 'ms'],
  ['card.synthetic.coldMs', 'cold service worker → first card data, synthetic', 'ms'],
  ['card.synthetic.heapMB', 'worker heap after the first card, synthetic', 'MB'],
  ['import.synthetic.pageMs', 'import of one page into the synthetic archive', 'ms'],
  ['import.synthetic.pageArticles', 'articles the imported page added', 'articles'],
  ['import.synthetic.prepareMs', 'import prepared while the preview shows (before the above)', 'ms'],
  ['corpus.distinctTerms', 'distinct words in the synthetic archive', 'words'],
  ['size.textBytes', 'synthetic article text (UTF-8)', 'bytes'],
  ['size.indexBytes', 'search index file, synthetic', 'bytes'],
  ['size.indexIdbBytes', 'search index in IndexedDB (serialized records)', 'bytes'],
  ['size.minisearchIndexBytes', 'MiniSearch index (JSON), synthetic', 'bytes'],
  ['size.contentScriptBytes', 'content script', 'bytes'],
  ['size.extensionBytes', 'extension (Chrome build)', 'bytes'],
];

export function show(value: Figures[string] | undefined): string {
  if (value === null || value === undefined) return 'not measured';
  if (typeof value === 'string') return value;
  return value >= 1000 ? Math.round(value).toLocaleString('en-US') : String(Math.round(value * 10) / 10);
}

/** A Markdown table (it reads fine in a terminal too) with each figure's target and whether it is met. */
export function table(figures: Figures, host: Machine): string {
  const targets = new Map(TARGETS.map((t) => [t.key, t]));
  const lines = ['| figure | value | unit | target | met? |', '| --- | ---: | --- | --- | --- |'];
  for (const [key, label, unit] of ROWS) {
    const target = targets.get(key);
    const met = target?.met(figures);
    const verdict = target ? (met === null || met === undefined ? '–' : met ? 'yes' : '**no**') : '';
    lines.push(
      `| ${label} (\`${key}\`) | ${show(figures[key])} | ${unit} | ${target?.label ?? ''} | ${verdict} |`,
    );
  }
  for (const [figure, label] of [
    ['card.synthetic', 'Cold card'],
    ['import.synthetic', 'Import of one page'],
  ] as const) {
    const prefix = `${figure}.phase.`;
    const phases = Object.entries(figures).flatMap(([key, value]) =>
      key.startsWith(prefix) && typeof value === 'number'
        ? [`${key.slice(prefix.length).replace(/Ms$/, '')} ${show(value)}`]
        : [],
    );
    if (phases.length)
      lines.push('', `${label}, ms per phase (each ends at the step named): ${phases.join(' · ')}`);
  }
  if (typeof figures['install.phases'] === 'string')
    lines.push('', `Install, ms per phase: ${figures['install.phases']}`);
  lines.push(
    '',
    `Machine: ${host.cpu}, ${host.cores} cores, ${host.memoryGB} GB; ${host.chromium}; Node ${host.node}; ${host.date}`,
  );
  return lines.join('\n');
}
