#!/usr/bin/env bash
# CI step: run scripts/container-smoke.sh when a container engine is available, else say SKIP and why.
# Exit status: that of the smoke test, or 0 on SKIP.
set -uo pipefail
cd "$(dirname "$0")/.."
reasons=()
if command -v docker >/dev/null 2>&1; then
  if docker info >/dev/null 2>&1; then exec bash scripts/container-smoke.sh "$@"; fi
  reasons+=("docker is installed but its engine does not answer (docker info failed)")
else
  reasons+=("docker not installed")
fi
if command -v podman >/dev/null 2>&1; then
  if ! podman info >/dev/null 2>&1; then
    reasons+=("podman is installed but 'podman info' failed")
  elif ! podman image exists debian:bookworm-slim && ! podman image exists localhost/debian:bookworm-slim; then
    # Without a registry podman cannot pull the base image; container-env.sh builds it locally.
    reasons+=("podman has no debian:bookworm-slim base image (bash ../shared/tools/container-env.sh builds one)")
  else
    exec bash scripts/container-smoke.sh "$@"
  fi
else
  reasons+=("podman not installed (bash ../shared/tools/container-env.sh installs it)")
fi
echo "SKIP: container smoke test: no container engine: $(IFS=';'; echo "${reasons[*]}" | sed 's/;/; /g')"
exit 0
