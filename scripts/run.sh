#!/usr/bin/env bash
# README's first Quick-start command: installs dependencies, builds Release into build/, and starts
# the service on ./stancegraph.db (http://127.0.0.1:8080). Extra arguments go to `stancegraph serve`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
# The explorer page at / is bundled from web/ with npm; without npm the API still runs.
command -v npm >/dev/null 2>&1 && bash scripts/build-web.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j"$(nproc)" --target stancegraph
exec build/stancegraph serve --db ./stancegraph.db "$@"
