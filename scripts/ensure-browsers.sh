#!/usr/bin/env bash
# Makes sure the browsers the E2E tests run in are present, Debian's Chromium and Firefox ESR, and a CJK font
# (without it, Chinese renders as boxes). Installs what is missing with apt-get when running as root; otherwise
# says what to run. FIREFOX_PATH / CHROMIUM_PATH name other binaries (the tests use the same variables).
# Usage: ensure-browsers.sh [chromium] [firefox]   (no argument: both)
set -euo pipefail
wanted=" ${*:-chromium firefox} "
missing=()
[[ $wanted != *" chromium "* || -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]] || missing+=(chromium)
[[ $wanted != *" firefox "* || -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ]] || missing+=(firefox-esr)
{ command -v fc-list >/dev/null 2>&1 && fc-list | grep -qi 'WenQuanYi Micro Hei'; } || missing+=(fonts-wqy-microhei)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing: ${missing[*]}. Install them with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installing ${missing[*]} with apt-get…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${missing[@]}" >/dev/null
