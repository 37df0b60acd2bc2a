#!/usr/bin/env bash
# Installs dependencies, builds (Release, build/) and runs the whole test suite. README's second Quick-start command.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
# The explorer page is bundled from web/ with npm before the binary embeds it.
if command -v npm >/dev/null 2>&1; then
  bash scripts/build-web.sh
else
  echo "NOTE: npm not found: the binary is built without the explorer page and its browser test skips" >&2
fi
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure -j"$(nproc)"
