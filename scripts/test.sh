#!/usr/bin/env bash
# Installs dependencies, builds (Release, build/) and runs the whole test suite. README's second Quick-start command.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure -j"$(nproc)"
