#!/usr/bin/env bash
# npm test: every check the project has, in order, ending with one line "N passed, N failed".
# A failing step does not hide the later ones: all run, and the run fails if any did.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p artifacts
rm -f artifacts/vitest.json artifacts/e2e.tap artifacts/steps.txt

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
step build npm run -s build
step build-firefox npm run -s build:firefox
# E2E after the Chrome build (the Firefox build writes its own folder), in real Chromium.
step e2e bash -c 'node --import tsx --test --test-concurrency=1 --test-reporter=spec --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination=artifacts/e2e.tap tests/e2e/*.test.ts'

echo
exec npx tsx scripts/test-summary.ts
