#!/usr/bin/env bash
# A throwaway PostgreSQL for the catalogue's PostgreSQL tests and benchmarks (docs/catalogue-at-scale.md).
#   scripts/postgres.sh start [PORT]   installs Debian's postgresql package when initdb/pg_ctl are missing (as root),
#                                      initdb into a temporary folder as the postgres user (UTF8, locale C.UTF-8: the
#                                      locale under which pg_trgm counts Chinese characters as word characters),
#                                      starts it on 127.0.0.1:PORT (default 54329; the socket in the same folder;
#                                      fsync off, it is thrown away; shared_buffers 512MB, so that a 100,000-item
#                                      catalogue stays in memory; POSTGRES_SETTINGS adds or overrides settings, e.g.
#                                      the recommended ones of docs/catalogue-at-scale.md: "-c shared_buffers=6GB ..."),
#                                      creates the database svcstd and prints its URL
#   scripts/postgres.sh url            prints the URL of the running server
#   scripts/postgres.sh stop           stops it and removes the folder
# The folder's name is kept in ${TMPDIR:-/tmp}/svcstd-postgres.path, so that url and stop find it.
set -euo pipefail
state="${TMPDIR:-/tmp}/svcstd-postgres.path"
user=postgres

bin_dir() {
  local found
  for found in /usr/lib/postgresql/*/bin; do
    if [[ -x "$found/initdb" && -x "$found/pg_ctl" ]]; then echo "$found"; fi
  done | sort -V | tail -1
}

as_postgres() {
  if [[ "$(id -u)" -eq 0 ]]; then runuser -u "$user" -- "$@"; else "$@"; fi
}

url_of() {
  local folder="$1"
  echo "postgres://$user:svcstd@127.0.0.1:$(cat "$folder/port")/svcstd"
}

start() {
  local port="${1:-54329}" bin folder
  if [[ -f "$state" && -d "$(cat "$state")" ]]; then
    echo "postgres.sh: a server is already running ($(cat "$state")); run 'scripts/postgres.sh stop' first" >&2
    exit 2
  fi

  bin="$(bin_dir)"
  if [[ -z "$bin" ]]; then
    if [[ "$(id -u)" -ne 0 ]]; then
      echo "postgres.sh: PostgreSQL is not installed and this is not root: apt-get install postgresql (or set SERVICESTANDARD_TEST_POSTGRES to a server of yours)" >&2
      exit 2
    fi
    echo "postgres.sh: installing Debian's postgresql package" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2 || { apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2; }
    bin="$(bin_dir)"
  fi

  if [[ "$(id -u)" -eq 0 ]]; then
    user=postgres
  else
    user="$(id -un)"
  fi

  folder="$(mktemp -d "${TMPDIR:-/tmp}/svcstd-postgres.XXXXXX")"
  chmod 755 "$folder"
  [[ "$(id -u)" -eq 0 ]] && chown "$user" "$folder"
  echo "$port" > "$folder/port"
  echo "$user" > "$folder/user"
  echo svcstd > "$folder/password"
  as_postgres "$bin/initdb" -D "$folder/data" -U "$user" --pwfile="$folder/password" --auth=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 \
    || { cat "$folder/initdb.log" >&2; rm -rf "$folder"; exit 2; }
  as_postgres "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 \
    -o "-p $port -k $folder -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=512MB ${POSTGRES_SETTINGS:-}" start >&2 \
    || { cat "$folder/server.log" >&2; rm -rf "$folder"; exit 2; }
  echo "$folder" > "$state"
  PGPASSWORD=svcstd as_postgres env PGPASSWORD=svcstd "$bin/createdb" -h 127.0.0.1 -p "$port" -U "$user" svcstd
  url_of "$folder"
}

stop() {
  [[ -f "$state" ]] || { echo "postgres.sh: no server started by this script" >&2; return 0; }
  local folder bin
  folder="$(cat "$state")"
  bin="$(bin_dir)"
  if [[ -d "$folder/data" ]]; then
    as_postgres "$bin/pg_ctl" -D "$folder/data" -m fast -w stop >&2 || true
  fi
  rm -rf "$folder" "$state"
}

case "${1:-}" in
  start) start "${2:-}" ;;
  stop) stop ;;
  url)
    [[ -f "$state" ]] || { echo "postgres.sh: no server running; run 'scripts/postgres.sh start'" >&2; exit 2; }
    folder="$(cat "$state")"; user="$(cat "$folder/user")"; url_of "$folder" ;;
  *) echo "usage: scripts/postgres.sh start [PORT] | url | stop" >&2; exit 2 ;;
esac
