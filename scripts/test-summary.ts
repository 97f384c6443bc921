/**
 * Reads what `npm test` left in artifacts/ (vitest's JSON, each browser's E2E TAP stream, the step log) and
 * prints one closing line, `N passed, N failed`, counting every unit and E2E test (both browsers) and every failed
 * step (a type error or a broken build counts as a failure even though it has no test). Exits non-zero when
 * anything failed.
 */
import { existsSync, readFileSync } from 'node:fs';

function unitCounts(): { passed: number; failed: number; ran: boolean } {
  const file = 'artifacts/vitest.json';
  if (!existsSync(file)) return { passed: 0, failed: 0, ran: false };
  const report = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  return { passed: report.numPassedTests, failed: report.numFailedTests, ran: true };
}

/** Counts of one E2E suite's TAP stream: artifacts/e2e.tap (Chromium) or artifacts/e2e-firefox.tap (Firefox). */
function e2eCounts(file: string): { passed: number; failed: number; ran: boolean } {
  if (!existsSync(file)) return { passed: 0, failed: 0, ran: false };
  const tap = readFileSync(file, 'utf8');
  const count = (key: string) => Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
  return { passed: count('pass'), failed: count('fail') + count('cancelled'), ran: true };
}

const steps = existsSync('artifacts/steps.txt')
  ? readFileSync('artifacts/steps.txt', 'utf8').trim().split('\n')
  : [];
const failedSteps = steps.filter((line) => line.endsWith('FAILED')).map((line) => line.split(' ')[0] ?? line);
// Each step whose failures are counted test by test, with its counts.
const counted: Record<string, { label: string; passed: number; failed: number; ran: boolean }> = {
  unit: { label: 'unit', ...unitCounts() },
  e2e: { label: 'e2e (Chromium)', ...e2eCounts('artifacts/e2e.tap') },
  'e2e-firefox': { label: 'e2e (Firefox)', ...e2eCounts('artifacts/e2e-firefox.tap') },
};

// A step that failed without a failing test inside it (type-check, lint, build…) still fails the run.
const stepOnlyFailures = failedSteps.filter((name) => !((counted[name]?.failed ?? 0) > 0)).length;
const suites = Object.values(counted);
const passed = suites.reduce((sum, s) => sum + s.passed, 0);
const failed = suites.reduce((sum, s) => sum + s.failed, 0) + stepOnlyFailures;

for (const s of suites) {
  console.log(`${s.label}: ${s.ran ? `${s.passed} passed, ${s.failed} failed` : 'did not run'}`);
}
if (failedSteps.length > 0) console.log(`failed steps: ${failedSteps.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
