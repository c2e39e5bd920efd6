#!/usr/bin/env bash
# Reproduces the catalogue's PostgreSQL scale figures (docs/catalogue-at-scale.md):
#   1. build time of the 20,000-item corpus (200 counties x 100 items) into SQLite and into PostgreSQL, cold, and the
#      time to validate the same files;
#   2. a 100,000-item PostgreSQL build (1,000 x 100), then search latency (median, p95) over 1,000 varied queries,
#      1 and 4 at a time (scripts/catalogue-bench.cs), against PostgreSQL (counting up to 1,000, as svcstd serve does)
#      and against SQLite (counting every match);
#   3. with MILLION=1, the same for 1,000,000 items (2,500 counties x 400 items: GB/T 2260 has fewer than 3,000 counties).
# The server: SERVICESTANDARD_TEST_POSTGRES when set (each catalogue in a schema of its own), else one that
# scripts/postgres.sh starts and stops. Needs the .NET SDK and python3.
# Usage: scripts/catalogue-scale-postgres.sh [WORK]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if [[ $# -gt 0 ]]; then work="$1"; mkdir -p "$work"; else work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT; fi
if [[ -z "${SERVICESTANDARD_TEST_POSTGRES:-}" ]]; then
  SERVICESTANDARD_TEST_POSTGRES="$(scripts/postgres.sh start)"
  trap 'scripts/postgres.sh stop; rm -rf "$work"' EXIT
fi
url="$SERVICESTANDARD_TEST_POSTGRES"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build src/ServiceStandard.Cli -c Release -o "$work/svcstd" -v quiet -nologo >&2
dotnet build -c Release scripts/catalogue-bench.cs -v quiet -nologo >&2
svcstd=(dotnet "$work/svcstd/svcstd.dll")
TIMEFORMAT='%R s wall, %U s user + %S s system CPU (client)'

# The CPU time (s) the server has used so far: the postmaster and every backend it has reaped (its children's time), when
# the server is the one scripts/postgres.sh started; the wall time of a build on a loaded machine says little.
server_cpu() {
  local pid_file state="${TMPDIR:-/tmp}/svcstd-postgres.path"
  [[ -f "$state" ]] && pid_file="$(cat "$state")/data/postmaster.pid" && [[ -f "$pid_file" ]] || { echo "?"; return; }
  sleep 1
  awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15 + $16 + $17) / hz }' "/proc/$(head -1 "$pid_file")/stat"
}

# Runs a build, printing its client time and the server's CPU time for it.
timed_build() {
  local before after
  before="$(server_cpu)"
  { time "${svcstd[@]}" catalogue build "$1" --db "$2" --lang en | tail -1 ; } 2>&1
  after="$(server_cpu)"
  [[ "$before" == "?" ]] || echo "server CPU: $(echo "$after - $before" | bc) s"
}

# A connection string for a fresh schema NAME of the server (dropped first when it exists).
schema() {
  psql "$url" -q -v ON_ERROR_STOP=1 -c "CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public" -c "DROP SCHEMA IF EXISTS $1 CASCADE" -c "CREATE SCHEMA $1" >&2
  python3 - "$url" "$1" <<'PY'
import sys, urllib.parse as u
p = u.urlparse(sys.argv[1])
print(f"Host={p.hostname};Port={p.port or 5432};Database={p.path.lstrip('/')};Username={u.unquote(p.username or '')};Password={u.unquote(p.password or '')};Search Path={sys.argv[2]},public")
PY
}

"${svcstd[@]}" catalogue build examples/inventories --db "$work/examples.db" >/dev/null
"${svcstd[@]}" catalogue export --db "$work/examples.db" --format json -o "$work/templates.json"
[[ -d "$work/corpus-20k" ]] || python3 scripts/catalogue-corpus.py "$work/templates.json" "$work/corpus-20k" --regions 200 --items 100 >&2
[[ -d "$work/corpus-100k" ]] || python3 scripts/catalogue-corpus.py "$work/templates.json" "$work/corpus-100k" --regions 1000 --items 100 >&2

echo "machine: $(nproc) cores (shared), load average $(cut -d' ' -f1-3 /proc/loadavg) at the start, .NET SDK $(dotnet --version), $(psql "$url" -Atc 'SELECT version()' | cut -d, -f1)"

echo "== validate, 20,000 items"
{ time "${svcstd[@]}" validate "$work/corpus-20k" --lang en | tail -1 ; } 2>&1
rm -f "$work/20k.db"
echo "== build, 20,000 items, SQLite"
{ time "${svcstd[@]}" catalogue build "$work/corpus-20k" --db "$work/20k.db" --lang en | tail -1 ; } 2>&1
db20="$(schema bench20k)"
echo "== build, 20,000 items, PostgreSQL"
timed_build "$work/corpus-20k" "$db20"
echo "== rebuild, nothing changed, PostgreSQL"
{ time "${svcstd[@]}" catalogue build "$work/corpus-20k" --db "$db20" --lang en | tail -1 ; } 2>&1

db100="$(schema bench100k)"
echo "== build, 100,000 items, PostgreSQL"
timed_build "$work/corpus-100k" "$db100"
echo "database: $(psql "$url" -Atc "SELECT pg_size_pretty(sum(pg_total_relation_size(format('%I.%I', schemaname, tablename)))) FROM pg_tables WHERE schemaname = 'bench100k'")"
rm -f "$work/100k.db"
echo "== build, 100,000 items, SQLite"
{ time "${svcstd[@]}" catalogue build "$work/corpus-100k" --db "$work/100k.db" --lang en | tail -1 ; } 2>&1

for c in 1 4; do
  echo "== search latency, 100,000 items, PostgreSQL, $c at a time, matches counted up to 1,000 (as svcstd serve counts)"
  dotnet run -c Release --no-build scripts/catalogue-bench.cs -- "$db100" 1000 7 "$c" 1000
  echo "== search latency, 100,000 items, SQLite, $c at a time"
  dotnet run -c Release --no-build scripts/catalogue-bench.cs -- "$work/100k.db" 1000 7 "$c"
done

if [[ "${MILLION:-0}" == 1 ]]; then
  [[ -d "$work/corpus-1m" ]] || python3 scripts/catalogue-corpus.py "$work/templates.json" "$work/corpus-1m" --regions 2500 --items 400 >&2
  db1m="$(schema bench1m)"
  echo "== build, 1,000,000 items, PostgreSQL"
  timed_build "$work/corpus-1m" "$db1m"
  for c in 1 4; do
    echo "== search latency, 1,000,000 items, PostgreSQL, $c at a time, matches counted up to 1,000"
    dotnet run -c Release --no-build scripts/catalogue-bench.cs -- "$db1m" 1000 7 "$c" 1000
  done
fi
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
