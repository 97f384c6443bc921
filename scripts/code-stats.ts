/**
 * The code's shape in four figures, to compare two trees: `npx tsx scripts/code-stats.ts [DIR] [--json]`
 * (DIR defaults to the current folder). Counts the product's TypeScript (core/, lib/, components/, entrypoints/)
 * and, on a second line, everything else that is TypeScript (scripts/, tests/, bench/):
 *
 * - files, and the median and 95th percentile of their length in lines;
 * - functions longer than 80 lines (declarations, methods, arrow functions and function expressions, counted
 *   from the first line to the last, so a nested function counts inside its parent too);
 * - the rows `duplicates` lists for the whole tree (pairs of places sharing six or more lines), when that
 *   command is installed.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const PRODUCT = ['core', 'lib', 'components', 'entrypoints'];
const TOOLING = ['scripts', 'tests', 'bench'];
const LONG_FUNCTION = 80;

export interface TreeStats {
  files: number;
  medianLines: number;
  p95Lines: number;
  functionsOver80: number;
  longest: { name: string; lines: number }[];
}

function sourceFiles(root: string, folders: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
    }
  };
  for (const folder of folders) {
    const dir = join(root, folder);
    if (statSync(dir, { throwIfNoEntry: false })?.isDirectory()) walk(dir);
  }
  return out.sort();
}

/** The nearest-rank percentile of sorted numbers. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function functionName(node: ts.Node): string {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name)
    return node.name.getText();
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent)) return parent.name.getText();
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText();
  return '(anonymous)';
}

/** Every function-like node of a file longer than `limit` lines, with its length. */
export function longFunctions(
  path: string,
  text: string,
  limit = LONG_FUNCTION,
): { name: string; lines: number }[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: { name: string; lines: number }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
      const last = file.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = last - first + 1;
      if (lines > limit) found.push({ name: functionName(node), lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

export function treeStats(root: string, folders: readonly string[]): TreeStats {
  const lengths: number[] = [];
  const longest: { name: string; lines: number }[] = [];
  for (const path of sourceFiles(root, folders)) {
    const text = readFileSync(path, 'utf8');
    lengths.push(text.split('\n').length - (text.endsWith('\n') ? 1 : 0));
    for (const fn of longFunctions(path, text))
      longest.push({ ...fn, name: `${relative(root, path)} ${fn.name}` });
  }
  lengths.sort((a, b) => a - b);
  return {
    files: lengths.length,
    medianLines: percentile(lengths, 50),
    p95Lines: percentile(lengths, 95),
    functionsOver80: longest.length,
    longest: longest.sort((a, b) => b.lines - a.lines),
  };
}

/** The number of pairs `duplicates` reports for the tree, or null when the command is not there. */
function duplicateRows(root: string): number | null {
  try {
    const out = execFileSync('duplicates', ['--repo', root, '--seconds', '120'], { encoding: 'utf8' });
    const first = out.split('\n')[0] ?? '';
    if (first.startsWith('no duplicates')) return 0;
    const count = /^(\d+) pairs?/.exec(first);
    return count ? Number(count[1]) : null;
  } catch {
    return null;
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const root = args.find((a) => !a.startsWith('--')) ?? process.cwd();
  const result = {
    product: treeStats(root, PRODUCT),
    tooling: treeStats(root, TOOLING),
    duplicates: duplicateRows(root),
  };
  if (json) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  for (const [label, s] of [
    ['product (core, lib, components, entrypoints)', result.product],
    ['tooling (scripts, tests, bench)', result.tooling],
  ] as const) {
    console.log(
      `${label}: ${s.files} files, median ${s.medianLines} lines, p95 ${s.p95Lines} lines, ` +
        `${s.functionsOver80} functions over ${LONG_FUNCTION} lines`,
    );
    for (const fn of s.longest) console.log(`  ${fn.lines} ${fn.name}`);
  }
  console.log(`duplicates (whole tree): ${result.duplicates ?? 'n/a (command not installed)'} rows`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
