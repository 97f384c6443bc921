/**
 * Reads what `npm test` left in artifacts/ (vitest's JSON, the E2E TAP stream, the step log) and prints one
 * closing line, `N passed, N failed`, counting every unit and E2E test and every failed step (a type error or a
 * broken build counts as a failure even though it has no test). Exits non-zero when anything failed.
 */
import { existsSync, readFileSync } from 'node:fs';

function unitCounts(): { passed: number; failed: number; ran: boolean } {
  const file = 'artifacts/vitest.json';
  if (!existsSync(file)) return { passed: 0, failed: 0, ran: false };
  const report = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  return { passed: report.numPassedTests, failed: report.numFailedTests, ran: true };
}

function e2eCounts(): { passed: number; failed: number; ran: boolean } {
  const file = 'artifacts/e2e.tap';
  if (!existsSync(file)) return { passed: 0, failed: 0, ran: false };
  const tap = readFileSync(file, 'utf8');
  const count = (key: string) => Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
  return { passed: count('pass'), failed: count('fail') + count('cancelled'), ran: true };
}

const steps = existsSync('artifacts/steps.txt')
  ? readFileSync('artifacts/steps.txt', 'utf8').trim().split('\n')
  : [];
const failedSteps = steps.filter((line) => line.endsWith('FAILED')).map((line) => line.split(' ')[0]);
const unit = unitCounts();
const e2e = e2eCounts();

// A step that failed without a failing test inside it (type-check, lint, build…) still fails the run.
const stepOnlyFailures = failedSteps.filter(
  (name) => !(name === 'unit' && unit.failed > 0) && !(name === 'e2e' && e2e.failed > 0),
).length;
const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed + stepOnlyFailures;

console.log(`unit: ${unit.ran ? `${unit.passed} passed, ${unit.failed} failed` : 'did not run'}`);
console.log(`e2e: ${e2e.ran ? `${e2e.passed} passed, ${e2e.failed} failed` : 'did not run'}`);
if (failedSteps.length > 0) console.log(`failed steps: ${failedSteps.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
