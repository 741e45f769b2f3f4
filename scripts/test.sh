#!/usr/bin/env bash
# The whole test suite: domain tests, integration tests through HTTP on SQLite and on a throwaway PostgreSQL
# server, and browser tests in Chromium. Installs what it needs (scripts/setup.sh) and cleans up after itself.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

"$root/scripts/setup.sh"

pgdir=$(mktemp -d /tmp/sesam-pg.XXXXXX)
cleanup() { "$root/scripts/postgres.sh" stop "$pgdir"; }
trap cleanup EXIT
export SESAM_TEST_POSTGRES=$("$root/scripts/postgres.sh" start "$pgdir")
echo "test: PostgreSQL startad (${SESAM_TEST_POSTGRES%%;Username*})"

results=$(mktemp -d /tmp/sesam-results.XXXXXX)
status=0
dotnet build Sesam.sln -c Release -nologo -v q || exit 1
dotnet test Sesam.sln -c Release --no-build -nologo -v q \
  --logger "trx" --results-directory "$results" "$@" || status=$?

# One closing line for the whole run, summed over the test projects' result files.
python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for f in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(f).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(c.get("passed")); failed += int(c.get("failed")) + int(c.get("error")) + int(c.get("timeout"))
    skipped += int(c.get("notExecuted"))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
rm -rf "$results"
exit $status
