#!/usr/bin/env bash
# npm run demo: build the extension, run it in headless Chromium on the bundled sample news page, and save
# screenshots of what a reader sees to artifacts/demo/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-browsers.sh chromium
[ -d node_modules ] || npm ci --no-audit --no-fund
npm run -s build
npx tsx scripts/demo.ts
