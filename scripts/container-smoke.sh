#!/usr/bin/env bash
# End-to-end check of the Docker image: build it, start it on a named volume, wait for health,
# ingest data/samples with scripts/ingest.py, query the API, stop it (SIGTERM must end it cleanly),
# start it again and check that nothing was lost, then clean up.
# Uses `docker` when its engine answers, else `podman` (see ../shared/tools/container-env.sh).
#   scripts/container-smoke.sh [--rm-image]     (the image is kept by default to speed up re-runs)
# Environment: SMOKE_PORT (default: a free port), SMOKE_IMAGE (default stancegraph:smoke).
set -euo pipefail
cd "$(dirname "$0")/.."

keep_image=1
[ "${1:-}" = "--rm-image" ] && keep_image=0

if command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
  engine=docker
elif command -v podman >/dev/null 2>&1; then
  engine=podman
else
  echo "container-smoke: no container engine (docker info failed, podman not installed)" >&2
  exit 2
fi

image="${SMOKE_IMAGE:-stancegraph:smoke}"
name="sg-smoke-$$"
volume="sg-smoke-data-$$"
port="${SMOKE_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}"
base="http://127.0.0.1:${port}"
work=$(mktemp -d)
key_file="$work/api-key"
python3 -c 'import secrets; print(secrets.token_hex(16))' >"$key_file"
t0=$(date +%s)

step() { printf '\n== %s (+%ss)\n' "$*" "$(($(date +%s) - t0))"; }
fail() { echo "container-smoke: FAIL: $*" >&2; "$engine" logs --tail 40 "$name" >&2 2>&1 || true; exit 1; }
cleanup() {
  "$engine" rm -f "$name" >/dev/null 2>&1 || true
  "$engine" volume rm -f "$volume" >/dev/null 2>&1 || true
  ((keep_image)) || "$engine" rmi -f "$image" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

get() { python3 - "$base$1" <<'PY'
import sys, urllib.request
with urllib.request.urlopen(sys.argv[1], timeout=10) as r:
    sys.stdout.write(r.read().decode())
PY
}
json_field() { python3 -c 'import json,sys; d=json.load(sys.stdin)
for k in sys.argv[1].split("."): d=d[k]
print(d)' "$1"; }

wait_healthy() {
  for _ in $(seq 1 120); do
    if get /v1/health >/dev/null 2>&1; then
      # the image's own HEALTHCHECK command must agree (podman runs it on demand here)
      if [ "$engine" = podman ]; then
        podman healthcheck run "$name" >/dev/null || fail "HEALTHCHECK command reports unhealthy"
      fi
      return 0
    fi
    [ "$("$engine" inspect -f '{{.State.Running}}' "$name")" = true ] || fail "container exited"
    sleep 0.5
  done
  fail "no answer on $base/v1/health after 60 s"
}

step "engine: $engine ($("$engine" --version))"
step "build $image"
# The explorer bundle is built on the host when npm is here, so the image build needs no registry.
if command -v npm >/dev/null 2>&1 && [ ! -f web/dist/index.html ]; then
  bash scripts/build-web.sh >"$work/web.log" 2>&1 || { tail -30 "$work/web.log" >&2; fail "web bundle failed"; }
fi
build_start=$(date +%s)
format=(); [ "$engine" = podman ] && format=(--format docker)  # OCI format would drop HEALTHCHECK
"$engine" build "${format[@]}" -f docker/Dockerfile -t "$image" . >"$work/build.log" 2>&1 \
  || { tail -60 "$work/build.log" >&2; fail "image build failed"; }
build_secs=$(($(date +%s) - build_start))
grep -E "tests passed|tests failed" "$work/build.log" | tail -1 || true
size=$("$engine" image inspect -f '{{.Size}}' "$image")
echo "image size: $((size / 1000 / 1000)) MB ($size bytes), build ${build_secs}s"

step "start on port $port with volume $volume"
net=(-p "127.0.0.1:$port:$port"); [ "$engine" = podman ] && net=(--network host)
"$engine" volume create "$volume" >/dev/null
"$engine" run -d --name "$name" "${net[@]}" -v "$volume:/data" \
  -e STANCEGRAPH_PORT="$port" -e STANCEGRAPH_API_KEY="$(cat "$key_file")" "$image" >/dev/null
up_start=$(date +%s%N)
wait_healthy
echo "healthy after $((($(date +%s%N) - up_start) / 1000000)) ms"
[ "$("$engine" exec "$name" id -un)" = stancegraph ] || fail "container does not run as user stancegraph"

step "writes without the key are refused"
code=$(python3 - "$base/v1/articles" <<'PY'
import sys, urllib.request, urllib.error
req = urllib.request.Request(sys.argv[1], data=b'{"title":"t","published_at":"2015-06-01","text":"x"}',
                             headers={"Content-Type": "application/json"}, method="POST")
try:
    print(urllib.request.urlopen(req, timeout=10).status)
except urllib.error.HTTPError as e:
    print(e.code)
PY
)
[ "$code" = 401 ] || fail "POST without key answered $code, expected 401"
echo "POST /v1/articles without key: $code"

step "ingest data/samples"
python3 scripts/ingest.py --quiet --json --url "$base" --api-key-file "$key_file" data/samples >"$work/ingest1.json" \
  || fail "ingest failed: $(cat "$work/ingest1.json")"
cat "$work/ingest1.json"
ingested=$(json_field ingested <"$work/ingest1.json")
[ "$ingested" -gt 20 ] || fail "only $ingested articles ingested"

step "query the API"
health=$(get /v1/health); echo "$health"
articles_before=$(get "/v1/articles?limit=1000" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d.get("articles", d.get("items", []))))')
edges_before=$(get "/v1/edges?limit=1000" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d.get("edges", d.get("items", []))))')
echo "articles: $articles_before, edges: $edges_before"
[ "$articles_before" = "$ingested" ] || fail "stored $articles_before articles, ingested $ingested"
get "/v1/edges?relation=declares_war_on&from=2015-06-01&to=2015-06-30&limit=5" | head -c 400; echo

step "stop (SIGTERM) and start again"
stop_start=$(date +%s%N)
"$engine" stop -t 30 "$name" >/dev/null
echo "stopped in $((($(date +%s%N) - stop_start) / 1000000)) ms, exit code $("$engine" inspect -f '{{.State.ExitCode}}' "$name")"
[ "$("$engine" inspect -f '{{.State.ExitCode}}' "$name")" = 0 ] || fail "server did not exit 0 on SIGTERM"
"$engine" start "$name" >/dev/null
wait_healthy
articles_after=$(get "/v1/articles?limit=1000" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d.get("articles", d.get("items", []))))')
edges_after=$(get "/v1/edges?limit=1000" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d.get("edges", d.get("items", []))))')
echo "after restart: articles $articles_after, edges $edges_after"
[ "$articles_after" = "$articles_before" ] && [ "$edges_after" = "$edges_before" ] || fail "data lost across restart"

step "re-ingest adds nothing"
python3 scripts/ingest.py --quiet --json --url "$base" --api-key-file "$key_file" data/samples >"$work/ingest2.json" \
  || fail "re-ingest failed: $(cat "$work/ingest2.json")"
cat "$work/ingest2.json"
[ "$(json_field ingested <"$work/ingest2.json")" = 0 ] || fail "re-ingest added articles"
[ "$(json_field duplicates <"$work/ingest2.json")" = "$ingested" ] || fail "re-ingest did not report every article as duplicate"

step "done"
echo "container-smoke: OK ($engine, image $((size / 1000 / 1000)) MB, build ${build_secs}s, total $(($(date +%s) - t0))s)"
