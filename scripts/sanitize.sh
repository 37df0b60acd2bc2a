#!/usr/bin/env bash
# Builds the whole project with AddressSanitizer + UndefinedBehaviorSanitizer into build-asan/ and runs
# the test suite against it. Tests that start the server binary run it sanitized too, so a leak or UB in
# a request handler fails the e2e test that triggered it.
# Usage: scripts/sanitize.sh [extra ctest args, e.g. -R storage]
set -euo pipefail
cd "$(dirname "$0")/.."
jobs="${SG_JOBS:-$(nproc)}"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTANCEGRAPH_SANITIZE=ON \
  -DSTANCEGRAPH_BUILD_BENCH=OFF
cmake --build build-asan -j"$jobs"
# Leak checking on; UB is fatal (-fno-sanitize-recover) and printed with a stack trace.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"
ctest --test-dir build-asan --output-on-failure -j"$jobs" "$@"
