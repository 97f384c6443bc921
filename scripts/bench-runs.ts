/**
 * `npm run -s bench:runs -- [--runs 3] [bench options…]`: the benchmark run several times, one fresh process each,
 * each run's JSON kept in artifacts/bench-runs/, then one table of the medians, ranges and how many runs met each
 * target. `--from a.json b.json …` makes the table from runs already saved.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/extension-harness';
import type { Figures } from './lib/bench-stats';
import type { Machine } from './lib/bench-report';
import { spreadTable } from './lib/bench-spread';

const log = (message: string) => process.stderr.write(`[bench:runs] ${message}\n`);

function runs(argv: string[]): Figures[] {
  const at = argv.indexOf('--runs');
  const count = at >= 0 ? Number(argv[at + 1]) : 3;
  if (!Number.isInteger(count) || count < 1) throw new Error('--runs needs a whole number ≥ 1');
  const passOn = argv.filter((_, i) => i !== at && i !== at + 1);
  const dir = join(ROOT, 'artifacts', 'bench-runs');
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const out: Figures[] = [];
  for (let i = 1; i <= count; i++) {
    log(`run ${i} of ${count}…`);
    const json = execFileSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts/bench.ts'), '--json', ...passOn],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 2 ** 20 },
    ).toString();
    const file = join(dir, `${stamp}-${i}.json`);
    writeFileSync(file, json);
    log(`run ${i} saved to ${file}`);
    out.push(JSON.parse(json) as Figures);
  }
  return out;
}

function main(): void {
  const argv = process.argv.slice(2);
  const from = argv.indexOf('--from');
  const figures =
    from >= 0
      ? argv.slice(from + 1).map((file) => JSON.parse(readFileSync(file, 'utf8')) as Figures)
      : runs(argv);
  // `--json` prints the machine beside the figures
  const hosts = figures.map((f) => (f as unknown as { machine?: Machine }).machine);
  const machine = hosts[0];
  const dates = hosts.map((h) => h?.date ?? '?');
  process.stdout.write(`${spreadTable(figures)}\n\n`);
  if (machine)
    process.stdout.write(
      `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB; ${machine.chromium}; runs ${dates.join(', ')}\n`,
    );
}

main();
