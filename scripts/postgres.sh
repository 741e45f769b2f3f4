#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL 15 cluster for the test suite.
#   scripts/postgres.sh start DIR [durable] -> initdb in DIR, start on a free loopback port, print the connection string
#   scripts/postgres.sh stop DIR              -> stop it and remove DIR
# The tests' cluster skips flushing to disk; "durable" keeps PostgreSQL's production defaults (fsync, synchronous
# commit), so a benchmark's figures include the commit cost a region's server pays.
# The printed connection string is the cluster's superuser (sesam), for creating and dropping databases. Two more
# roles stand for a region's: sesam_agare owns the test databases and migrates them, sesam_app is what the app under
# test connects as, with the rights the owner grants it (tests/Sesam.Web.Tests/Infrastruktur/TestDatabas.cs).
# PostgreSQL refuses to run as root, so as root the cluster runs as the postgres user.
set -euo pipefail
bin=/usr/lib/postgresql/15/bin
cmd=${1:?start|stop}
dir=${2:?directory}
mode=${3:-}

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
    as_pg "$bin/initdb" -D "$dir/data" -U sesam --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
    cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
max_connections = 300
shared_buffers = 256MB
CONF
    if [ "$mode" != durable ]; then
      printf 'fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n' >>"$dir/data/postgresql.conf"
    fi
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null
    "$bin/psql" -h 127.0.0.1 -p "$port" -U sesam -d postgres -q -v ON_ERROR_STOP=1 \
      -c "CREATE ROLE sesam_agare LOGIN" -c "CREATE ROLE sesam_app LOGIN" >/dev/null
    echo "Host=127.0.0.1;Port=$port;Username=sesam;Password=;Include Error Detail=true"
    ;;
  stop)
    if [ -d "$dir/data" ]; then
      as_pg "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
