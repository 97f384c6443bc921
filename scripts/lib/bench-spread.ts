/**
 * Several benchmark runs as one table: each figure's value in every run, their median and range, and in how many
 * runs its target was met. Pure, so it is unit-tested; scripts/bench-runs.ts runs the benchmark and feeds it.
 */
import { ROWS, show } from './bench-report';
import { median, TARGETS, type Figures } from './bench-stats';

const numbers = (runs: readonly Figures[], key: string): number[] =>
  runs.flatMap((f) => {
    const v = f[key];
    return typeof v === 'number' && Number.isFinite(v) ? [v] : [];
  });

/** "min–max", or the one value when every run agrees (sizes do), or "not measured". */
export function range(values: readonly number[]): string {
  if (values.length === 0) return 'not measured';
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return lo === hi ? show(lo) : `${show(lo)}–${show(hi)}`;
}

/** "k of n" runs meeting the target ('–' when no run could tell). */
export function metIn(runs: readonly Figures[], key: string): string {
  const target = TARGETS.find((t) => t.key === key);
  if (!target) return '';
  const verdicts = runs.map((f) => target.met(f)).filter((v): v is boolean => v !== null);
  if (verdicts.length === 0) return '–';
  const met = verdicts.filter(Boolean).length;
  const text = `${met} of ${verdicts.length}`;
  return met === verdicts.length ? text : `**${text}**`;
}

export function spreadTable(runs: readonly Figures[]): string {
  const targets = new Map(TARGETS.map((t) => [t.key, t.label]));
  const lines = [
    `| figure | median of ${runs.length} | range | unit | target | runs meeting it |`,
    '| --- | ---: | ---: | --- | --- | --- |',
  ];
  for (const [key, label, unit] of ROWS) {
    const values = numbers(runs, key);
    const mid = values.length ? show(median(values)) : 'not measured';
    lines.push(
      `| ${label} (\`${key}\`) | ${mid} | ${range(values)} | ${unit} | ${targets.get(key) ?? ''} | ${metIn(runs, key)} |`,
    );
  }
  const phases = runs.map((f) => f['install.phases']).filter((p) => typeof p === 'string');
  if (phases.length) lines.push('', 'Install, ms per phase, each run:', ...phases.map((p) => `- ${p}`));
  return lines.join('\n');
}
