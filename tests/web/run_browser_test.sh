#!/usr/bin/env bash
# ctest wrapper for the browser test: skips (exit 77) when node or Chromium is missing.
#   run_browser_test.sh <stancegraph binary> <source dir> <screenshot dir>
# SG_README_SHOTS=1 also refreshes the two screenshots README shows (docs/screenshots/).
set -u
bin=$1 src=$2 out=$3
if ! command -v node >/dev/null 2>&1; then
  echo "SKIP: node is not installed (scripts/install-deps.sh installs it)"
  exit 77
fi
chromium=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
  echo "SKIP: no Chromium at $chromium (apt-get install chromium; scripts/install-deps.sh does)"
  exit 77
fi
extra=()
[ "${SG_README_SHOTS:-0}" = 1 ] && extra=(--readme-shots "$src/docs/screenshots")
exec node "$src/tests/web/explorer.test.mjs" --binary "$bin" --source "$src" --out "$out" "${extra[@]}"
