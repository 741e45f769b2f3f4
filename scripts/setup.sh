#!/usr/bin/env bash
# Installs what Sesam's commands need on a fresh Debian 12 machine with the .NET SDK: the PostgreSQL server and
# Chromium for the test suite, poppler-utils (pdftotext) for the PDF tests, and the local dotnet tools.
# Idempotent and quiet when everything is already there.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

# With --run only what running the application needs (nothing beyond the SDK today).
run_only=false
[ "${1:-}" = "--run" ] && run_only=true

needed=()
if ! $run_only; then
[ -x /usr/lib/postgresql/15/bin/initdb ] || needed+=(postgresql)
[ -x /usr/bin/chromium ] || needed+=(chromium)
command -v pdftotext >/dev/null 2>&1 || needed+=(poppler-utils)
command -v certutil >/dev/null 2>&1 || needed+=(libnss3-tools)
command -v openssl >/dev/null 2>&1 || needed+=(openssl)
fi

if [ ${#needed[@]} -gt 0 ]; then
  echo "setup: installerar ${needed[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null
  # The Debian package starts a cluster of its own; Sesam's tests start a throwaway one instead.
  if command -v pg_lsclusters >/dev/null 2>&1; then
    "${sudo_cmd[@]}" pg_ctlcluster 15 main stop 2>/dev/null || true
  fi
fi

cd "$root"
dotnet tool restore >/dev/null
