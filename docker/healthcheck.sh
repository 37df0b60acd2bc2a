#!/bin/bash
# Container health probe: GET /v1/health on the local port must answer 200. Uses bash's /dev/tcp so
# the runtime image needs no curl.
set -euo pipefail
port="${STANCEGRAPH_PORT:-8080}"
exec 3<>"/dev/tcp/127.0.0.1/${port}"
printf 'GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' >&3
IFS=' ' read -r -t 4 _ status _ <&3
[ "$status" = "200" ]
