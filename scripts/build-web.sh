#!/usr/bin/env bash
# Builds the explorer page: installs web/'s pinned npm packages (package-lock.json) and bundles
# web/src into web/dist, which the next C++ build embeds into stancegraph (web/embed.cmake).
# The C++ build does not need this: without web/dist, GET / answers 503 with a note.
set -euo pipefail
cd "$(dirname "$0")/../web"
if ! command -v npm >/dev/null 2>&1; then
  echo "build-web: npm not found; install Node.js 18+ and npm (scripts/install-deps.sh does)" >&2
  exit 1
fi
npm ci --no-audit --no-fund
npm run build
