#!/usr/bin/env bash
# Refreshes the front-end libraries served from wwwroot/lib from the npm registry. The files are committed so that
# running Sesam needs no network; run this only to change a version (and commit the result).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bootstrap=${BOOTSTRAP_VERSION:-5.3.9}
htmx=${HTMX_VERSION:-2.0.11}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent "bootstrap@$bootstrap" "htmx.org@$htmx" >/dev/null
tar xzf "bootstrap-$bootstrap.tgz" && mv package bootstrap
tar xzf "htmx.org-$htmx.tgz" && mv package htmx
lib="$root/src/Sesam.Web/wwwroot/lib"
mkdir -p "$lib/bootstrap" "$lib/htmx"
cp bootstrap/dist/css/bootstrap.min.css bootstrap/dist/js/bootstrap.bundle.min.js bootstrap/LICENSE "$lib/bootstrap/"
cp htmx/dist/htmx.min.js htmx/LICENSE "$lib/htmx/"
echo "bootstrap $bootstrap, htmx.org $htmx -> $lib"
