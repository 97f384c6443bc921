#!/usr/bin/env bash
# npm test: every check the project has, in order, ending with one line "N passed, N failed".
# A failing step does not hide the later ones: all run, and the run fails if any did.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p artifacts
rm -f artifacts/vitest.json artifacts/e2e.tap artifacts/e2e-firefox.tap artifacts/steps.txt

step() {
  local name=$1
  shift
  echo
  echo "=== $name: $*"
  if "$@"; then echo "$name ok" >>artifacts/steps.txt; else echo "$name FAILED" >>artifacts/steps.txt; fi
}

step typecheck npx tsc --noEmit -p .
step lint npx eslint .
step format npx prettier --check .
step unit npx vitest run --reporter=default --reporter=json --outputFile.json=artifacts/vitest.json
# Both builds (.output/chrome-mv3, .output/firefox-mv2), each packed as its store's zip, then the stores' checks.
step build npm run -s zip
step packages npx tsx scripts/check-packages.ts
# E2E of each build in its real browser: Chromium, then Firefox ESR.
# run_e2e NAME FILES…: one node:test run, shown as it goes and kept as artifacts/NAME.tap for the summary.
run_e2e() {
  node --import tsx --test --test-concurrency=1 --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="artifacts/$1.tap" "${@:2}"
}
step e2e run_e2e e2e tests/e2e/*.test.ts
step e2e-firefox run_e2e e2e-firefox tests/e2e-firefox/*.test.ts

echo
exec npx tsx scripts/test-summary.ts
