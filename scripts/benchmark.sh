#!/usr/bin/env bash
# Benchmark on scale data: creates a scale database, starts Sesam on it (Development, Release build) on a free
# loopback port, runs `sesam-tools benchmark` against it and stops everything again.
#   scripts/benchmark.sh [sqlite|postgres] [benchmark arguments, e.g. --klienter 16 --sekunder 20 --scenario om,artikelsok]
# SKALDATA="--artiklar 100000 --individer 200000 --patienter 50000 --orderrader 1000000" sets the volume (default: full).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
databas=${1:-sqlite}
shift || true
skaldata=${SKALDATA:-"--artiklar 100000 --individer 200000 --patienter 50000 --orderrader 1000000"}
work=$(mktemp -d /tmp/sesam-benchmark.XXXXXX)
# PostgreSQL runs as the postgres user (see scripts/postgres.sh), which must be able to reach its cluster in here.
chmod 755 "$work"
app_pid=""

stoppa() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  if [ "$databas" = postgres ]; then "$root/scripts/postgres.sh" stop "$work/pg"; fi
  rm -rf "$work"
}
trap stoppa EXIT

case "$databas" in
  sqlite) provider=Sqlite; cs="Data Source=$work/sesam.db" ;;
  postgres) provider=Postgres; cs="$("$root/scripts/postgres.sh" start "$work/pg" durable);Database=sesam_benchmark" ;;
  *) echo "usage: $0 [sqlite|postgres] [benchmark arguments]" >&2; exit 2 ;;
esac

dotnet build "$root/src/Sesam.Web" -c Release -nologo -v q >/dev/null
dotnet build "$root/src/Sesam.Tools" -c Release -nologo -v q >/dev/null
tools="$root/src/Sesam.Tools/bin/Release/net10.0/Sesam.Tools.dll"

# shellcheck disable=SC2086
dotnet "$tools" skapa-skaldata --provider "$provider" --connection "$cs" $skaldata

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
url="http://127.0.0.1:$port"
# The generator has seeded the demo users; the app must neither seed nor migrate on top of the loaded data.
(cd "$root/src/Sesam.Web" && ASPNETCORE_ENVIRONMENT=Development Database__Provider=$provider ConnectionStrings__Sesam="$cs" \
  Database__Migrate=false Database__SeedDemoData=false Serilog__MinimumLevel__Default=Warning Pdl__Kontrollpunkter="$work/kontrollpunkter.txt" \
  exec dotnet bin/Release/net10.0/Sesam.Web.dll --urls "$url" >"$work/app.log" 2>&1) &
app_pid=$!
for _ in $(seq 1 120); do
  if curl -fs "$url/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$app_pid" 2>/dev/null; then cat "$work/app.log" >&2; exit 1; fi
  sleep 0.5
done
curl -fs "$url/health" >/dev/null || { echo "Sesam svarade inte på $url/health" >&2; cat "$work/app.log" >&2; exit 1; }

echo "Sesam kör på $url ($provider)."
status=0
dotnet "$tools" benchmark --url "$url" --provider "$provider" --connection "$cs" "$@" || status=$?
exit $status
