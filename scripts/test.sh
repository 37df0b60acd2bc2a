#!/usr/bin/env bash
# Builds (Release, build/) and runs the whole test suite. README's second Quick-start command.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j"$(nproc)"
ctest --test-dir build --output-on-failure -j"$(nproc)"
