#!/usr/bin/env bash
# Starts Sesam on the embedded SQLite database with the demo data (created, migrated and seeded on first start).
#   scripts/run.sh [--urls http://127.0.0.1:5080]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
urls=http://127.0.0.1:5080
if [ "${1:-}" = "--urls" ] && [ -n "${2:-}" ]; then urls=$2; shift 2; fi
"$root/scripts/setup.sh" --run
cd "$root/src/Sesam.Web"
dotnet build -nologo -v q
echo "Sesam startar på $urls (utvecklingsmiljö med demodata; databas src/Sesam.Web/sesam.db)"
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
exec dotnet run --no-build --no-launch-profile -- --urls "$urls" "$@"
