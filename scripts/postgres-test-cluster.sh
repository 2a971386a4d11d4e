#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests: installs Debian's postgresql when it is missing,
# initialises a cluster in a temp dir as an unprivileged user, starts it on 127.0.0.1 with fsync off,
# and prints its URL (the only line on stdout). Idempotent: a running cluster is left running.
#
#   bash scripts/postgres-test-cluster.sh [start]   # prints postgres://gatehouse:gatehouse@127.0.0.1:54329/postgres
#   bash scripts/postgres-test-cluster.sh stop      # stops it (the data stays for the next start)
#   bash scripts/postgres-test-cluster.sh destroy   # stops it and deletes its data
#   bash scripts/postgres-test-cluster.sh status | url
#
# GATEHOUSE_PG_PORT (54329) and GATEHOUSE_PG_DATA (${TMPDIR:-/tmp}/gatehouse-pg-PORT) move it.
set -euo pipefail

PORT="${GATEHOUSE_PG_PORT:-54329}"
DATA="${GATEHOUSE_PG_DATA:-${TMPDIR:-/tmp}/gatehouse-pg-$PORT}"
ROLE="gatehouse"
PASSWORD="gatehouse"
URL="postgres://$ROLE:$PASSWORD@127.0.0.1:$PORT/postgres"

say() { echo "postgres-test-cluster: $*" >&2; }

find_bindir() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir" && return 0; fi
  done
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v initdb)" && return 0
  fi
  return 1
}

install_postgres() {
  if ! command -v apt-get >/dev/null 2>&1; then
    say "no PostgreSQL server binaries (initdb, pg_ctl) and no apt-get: install PostgreSQL and retry"
    exit 1
  fi
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  say "installing Debian's postgresql"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >&2
}

# PostgreSQL refuses to run as root: as root, the cluster belongs to the package's `postgres` user.
RUN_AS=()
if [ "$(id -u)" -eq 0 ]; then
  if ! id postgres >/dev/null 2>&1; then useradd --system --home-dir /nonexistent --shell /usr/sbin/nologin postgres; fi
  RUN_AS=(runuser -u postgres --)
fi
as_owner() { "${RUN_AS[@]}" "$@"; }

command="${1:-start}"
case "$command" in
  url)
    echo "$URL"
    exit 0
    ;;
  start | stop | status | destroy) ;;
  *)
    say "usage: $0 [start|stop|destroy|status|url]"
    exit 2
    ;;
esac

BIN="$(find_bindir || true)"
if [ -z "$BIN" ]; then
  if [ "$command" != "start" ]; then say "PostgreSQL is not installed" && exit 1; fi
  install_postgres
  BIN="$(find_bindir)"
fi

running() { [ -f "$DATA/PG_VERSION" ] && as_owner "$BIN/pg_ctl" status -D "$DATA" >/dev/null 2>&1; }

case "$command" in
  status)
    if running; then say "running in $DATA" && echo "$URL"; else say "not running" && exit 3; fi
    exit 0
    ;;
  stop | destroy)
    if running; then as_owner "$BIN/pg_ctl" stop -D "$DATA" -m fast -w >&2; fi
    if [ "$command" = "destroy" ]; then rm -rf "$DATA" && say "deleted $DATA"; fi
    exit 0
    ;;
esac

if running; then
  say "already running in $DATA"
  echo "$URL"
  exit 0
fi

if [ ! -f "$DATA/PG_VERSION" ]; then
  say "initialising a cluster in $DATA ($("$BIN/postgres" --version))"
  rm -rf "$DATA"
  as_owner mkdir -p -m 700 "$DATA"
  pwfile="$(mktemp)"
  echo "$PASSWORD" >"$pwfile"
  if [ "${#RUN_AS[@]}" -gt 0 ]; then chown postgres "$pwfile"; fi
  as_owner "$BIN/initdb" -D "$DATA" -U "$ROLE" --pwfile="$pwfile" --auth-host=scram-sha-256 \
    --auth-local=peer -E UTF8 --locale=C.UTF-8 >/dev/null
  rm -f "$pwfile"
  # Throw-away data: durability off for speed; reachable on 127.0.0.1 only; the socket in the data dir.
  as_owner tee -a "$DATA/postgresql.conf" >/dev/null <<EOF

# gatehouse test cluster
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$DATA'
unix_socket_permissions = 0700
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
fi

say "starting on 127.0.0.1:$PORT"
if ! as_owner "$BIN/pg_ctl" start -D "$DATA" -l "$DATA/server.log" -w -t 30 >/dev/null; then
  say "it did not start; the end of $DATA/server.log:"
  tail -n 20 "$DATA/server.log" >&2 || true
  exit 1
fi
echo "$URL"
