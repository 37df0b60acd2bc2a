#!/usr/bin/env bash
# Installs every Debian 12 package stancegraph needs to build, test and benchmark.
# Idempotent; used by README's Quick start and by .ci/run.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
pkgs=(build-essential cmake pkg-config git ca-certificates curl
  libboost-graph-dev libcpp-httplib-dev nlohmann-json3-dev libsqlite3-dev sqlite3 doctest-dev
  libcli11-dev libspdlog-dev libfmt-dev libutf8proc-dev
  python3 python3-networkx python3-igraph python3-scipy wrk)
# The explorer page (web/): Node.js and npm build it (scripts/build-web.sh), Debian's Chromium runs
# its browser test. STANCEGRAPH_NO_WEB=1 leaves all three out, e.g. in an image build stage that
# embeds a web/dist built beforehand (the browser test then skips).
if [ "${STANCEGRAPH_NO_WEB:-0}" != 1 ]; then
  pkgs+=(chromium fonts-dejavu-core)
  command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || pkgs+=(nodejs npm)
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
