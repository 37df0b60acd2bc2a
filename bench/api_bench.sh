#!/usr/bin/env bash
# API benchmark: batch ingest articles/s (extraction off), then GET /v1/edges requests/s and p50/p99
# latency with 8 keep-alive clients (wrk --latency) on a database of EDGES stored edges (default 1M).
# Usage: bench/api_bench.sh [BUILD_DIR] [EDGES]   (BUILD_DIR holds stancegraph and bench/api_bench_gen)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="$(cd "${1:-$here/../build}" && pwd)"
edges="${2:-1000000}"
duration="${WRK_DURATION:-20s}"
work="$(mktemp -d)"
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
start() {  # start DB PORT
  STANCEGRAPH_LOG_LEVEL=warn "$build/stancegraph" serve --db "$1" --port "$2" --no-extract >"$work/server.log" 2>&1 &
  pid=$!
  for _ in $(seq 200); do curl -sf "http://127.0.0.1:$2/v1/health" >/dev/null && return 0; sleep 0.1; done
  echo "server did not start" >&2; cat "$work/server.log" >&2; exit 1
}
stop() { kill "$pid"; wait "$pid" || true; pid=""; }

echo "== machine: $(nproc) cores, $(uname -sr)"
echo "== batch ingest over HTTP"
p=$(port); start "$work/ingest.db" "$p"
python3 "$here/api_bench_ingest.py" "$p" 20000 200 4
stop

echo "== generating $edges edges"
"$build/bench/api_bench_gen" "$work/edges.db" "$edges" 10000
p=$(port); start "$work/edges.db" "$p"
curl -s "http://127.0.0.1:$p/v1/health"; echo
for path in "/v1/edges?limit=100" "/v1/edges?actor=actor-17&limit=100" \
            "/v1/edges?relation=attacks&from=2014-01-01&to=2014-12-31&limit=100"; do
  echo "== wrk -t2 -c8 -d$duration --latency http://127.0.0.1:$p$path"
  wrk -t2 -c8 -d"$duration" --latency "http://127.0.0.1:$p$path" | grep -E "Requests/sec|Transfer/sec|50%|75%|90%|99%|requests in|Non-2xx|Socket errors"
done
stop
