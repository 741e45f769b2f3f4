#!/usr/bin/env bash
# Test certificates for running Sesam locally with real SITHS-like certificate login (never for production):
#   OUTDIR/ca.crt             test root CA (the trust anchor, Siths:TrustAnchors)
#   OUTDIR/server.pfx         localhost / 127.0.0.1 server certificate, empty password
#   OUTDIR/<HSA-ID>.p12       one client certificate per demo user (HSA-ID in the subject's serialNumber),
#                             empty password, plus SE2321000016-9999.p12 for a user Sesam does not know
# Usage: scripts/dev-certs.sh OUTDIR
set -euo pipefail
out=${1:?"Användning: scripts/dev-certs.sh OUTDIR"}
mkdir -p "$out"
cd "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

openssl req -x509 -new -newkey rsa:2048 -nodes -sha256 -days 825 -keyout "$tmp/ca.key" -out ca.crt \
  -subj "/CN=Sesam Test Root CA" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null

# issue NAME SUBJECT EXTENSIONS: a key and a certificate signed by the test CA, exported as PKCS#12 without password.
issue() {
  local name=$1 subject=$2 extensions=$3 file=$4
  openssl req -new -newkey rsa:2048 -nodes -sha256 -utf8 -keyout "$tmp/$name.key" -out "$tmp/$name.csr" -subj "$subject" 2>/dev/null
  printf '%b' "$extensions" >"$tmp/$name.ext"
  openssl x509 -req -sha256 -days 825 -in "$tmp/$name.csr" -CA ca.crt -CAkey "$tmp/ca.key" -set_serial "0x$(openssl rand -hex 16)" \
    -extfile "$tmp/$name.ext" -out "$tmp/$name.crt" 2>/dev/null
  openssl pkcs12 -export -in "$tmp/$name.crt" -inkey "$tmp/$name.key" -certfile ca.crt -out "$file" -passout pass:
}

issue server "/CN=localhost" \
  "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:localhost,IP:127.0.0.1\n" \
  server.pfx

# The demo users of src/Sesam.Data/DemoData.cs, and one HSA-ID that is not a Sesam user.
while IFS='|' read -r hsaid namn; do
  issue "$hsaid" "/C=SE/serialNumber=$hsaid/CN=$namn" \
    "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=clientAuth\n" \
    "$hsaid.p12"
done <<'USERS'
SE2321000016-1001|Anna Andersson
SE2321000016-1002|Bertil Berg
SE2321000016-1003|Cecilia Carlsson
SE2321000016-1004|Lars Lindqvist
SE2321000016-1005|Alva Ahlström
SE2321000016-1006|David Dahl
SE2321000016-9999|Okänd Användare
USERS

echo "dev-certs: $(pwd)/ca.crt, server.pfx och $(ls SE*.p12 | wc -l) klientcertifikat"
