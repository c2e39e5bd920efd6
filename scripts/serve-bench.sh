#!/usr/bin/env bash
# Throughput of `svcstd serve` with wrk (Debian package wrk), figures for docs/service.md:
#   a 100,000-item catalogue (1,000 counties x 100 items, scripts/catalogue-corpus.py, seeded), a serve process
#   (Release build, rate limit off) with its output cache off (--cache-seconds 0: every request searches) and one
#   with the default cache (30 s), then wrk for 30 s each on
#   1. GET /api/search with 40 varied queries x 6 filters (1 to 4 Chinese characters, two words, region, type and
#      online filters; 240 distinct URLs), page 1, size 20; without, then with the cache;
#   2. GET /api/items/{id} over 100,000 ids (no cache);
#   3. GET /api/facets with the same queries; without, then with the cache.
# Needs the .NET SDK, python3 and wrk. Writes about 1 GB under WORK (default: a temporary folder, removed at the end).
# DB (environment): serve that database instead (a PostgreSQL URL or connection string, or another SQLite file).
# Usage: scripts/serve-bench.sh [WORK] [THREADS] [CONNECTIONS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if [[ $# -gt 0 ]]; then work="$1"; mkdir -p "$work"; else work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT; fi
threads="${2:-2}"
connections="${3:-32}"
command -v wrk >/dev/null || { echo "serve-bench: needs wrk (apt-get install wrk)" >&2; exit 2; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build src/ServiceStandard.Cli -c Release -o "$work/svcstd" -v quiet -nologo >&2
svcstd=(dotnet "$work/svcstd/svcstd.dll")
if [[ -z "${DB:-}" && ! -f "$work/100k.db" ]]; then
    "${svcstd[@]}" catalogue build examples/inventories --db "$work/examples.db" >/dev/null
    "${svcstd[@]}" catalogue export --db "$work/examples.db" --format json -o "$work/templates.json"
    python3 scripts/catalogue-corpus.py "$work/templates.json" "$work/corpus-100k" --regions 1000 --items 100 >&2
    "${svcstd[@]}" catalogue build "$work/corpus-100k" --db "$work/100k.db" --lang en | tail -1
fi

keep=$#
# serve runs in a command substitution (a subshell): each process's id is kept in a file beside its output, so that the
# trap stops it.
trap 'for p in "$work"/*.out.pid; do [[ -f "$p" ]] && kill "$(cat "$p")" 2>/dev/null; rm -f "$p"; done; [[ $keep -gt 0 ]] || rm -rf "$work"' EXIT
serve() { # output file, extra options; prints the address
    "${svcstd[@]}" serve --db "${DB:-$work/100k.db}" --urls http://127.0.0.1:0 --rate-limit 0 --lang en "${@:2}" > "$1" 2>&1 &
    echo $! > "$1.pid"
    for _ in $(seq 1 100); do grep -qoE 'http://127\.0\.0\.1:[0-9]+' "$1" && break; sleep 0.2; done
    grep -oE 'http://127\.0\.0\.1:[0-9]+' "$1" | head -1
}
url=$(serve "$work/serve.out" --cache-seconds 0)
cached=$(serve "$work/serve-cached.out")
curl -sf "$url/healthz" >/dev/null
curl -sf "$cached/healthz" >/dev/null

cat > "$work/search.lua" <<'LUA'
-- 40 queries people type: 1 to 4 characters, two words, filters by province and by type.
local q = { "许可", "卫生", "药品", "证", "营业执照", "身份证明", "食品", "登记", "变更", "注销", "公共场所卫生许可",
  "建筑", "施工许可", "道路运输", "出生", "医疗", "户口", "社会团体", "卫生 许可", "药品 零售", "补证", "延续",
  "跨省通办", "一件事", "告知承诺", "环境", "排污", "消防", "教师", "律师", "驾驶", "车辆", "房屋", "不动产",
  "税务", "社保", "养老", "就业", "残疾", "婚姻" }
local extra = { "", "", "", "&region=330000", "&type=administrativeLicensing", "&region=510000&onlineOnly=true" }
local base = os.getenv("WRK_PATH") or "/api/search"
local i = 0
request = function()
  i = i + 1
  local path = base .. "?q=" .. string.gsub(q[(i % #q) + 1], "([^%w])", function(c) return string.format("%%%02X", string.byte(c)) end) .. extra[(i % #extra) + 1]
  if base == "/api/search" then path = path .. "&size=20" end
  return wrk.format("GET", path)
end
LUA
# The items' ids as the catalogue numbers them (layout 3: in search order, not 1 to N), read from the database.
db="${DB:-$work/100k.db}"
if [[ "$db" == postgres://* || "$db" == postgresql://* || ( ! -f "$db" && "$db" == *=* ) ]]; then
    psql -Atq "$db" -c "SELECT id FROM items ORDER BY id" > "$work/ids.txt" # a URL; for a connection string set PG* variables instead
else
    python3 -c 'import sqlite3,sys; print("\n".join(str(r[0]) for r in sqlite3.connect(sys.argv[1]).execute("SELECT id FROM items ORDER BY id")))' "$db" > "$work/ids.txt"
fi
cat > "$work/items.lua" <<'LUA'
local ids = {}
for line in io.lines(os.getenv("IDS")) do ids[#ids + 1] = line end
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/items/" .. ids[(i * 97) % #ids + 1])
end
LUA

status=0
bench() { # wrk ARGS...: and a run that got errors (a wrong id, a refused query) is said to be one, not taken as a figure
    wrk "$@" | tee "$work/wrk.out"
    if grep -q "Non-2xx" "$work/wrk.out"; then
        echo "serve-bench: answers above were errors, not results: that figure does not count" >&2
        status=1
    fi
}
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start, .NET SDK $(dotnet --version)"
echo "catalogue: $("${svcstd[@]}" catalogue search '' --db "${DB:-$work/100k.db}" --limit 0 --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])') items"
wrk -t2 -c8 -d5s -s "$work/search.lua" "$url" >/dev/null # warm-up: the JIT and SQLite's page cache
wrk -t2 -c8 -d5s -s "$work/search.lua" "$cached" >/dev/null
echo "== GET /api/search, $threads threads, $connections connections, 30 s"
WRK_PATH=/api/search bench -t"$threads" -c"$connections" -d30s --latency -s "$work/search.lua" "$url"
echo "== GET /api/items/{id}, $threads threads, $connections connections, 30 s"
IDS="$work/ids.txt" bench -t"$threads" -c"$connections" -d30s --latency -s "$work/items.lua" "$url"
echo "== GET /api/facets, $threads threads, $connections connections, 30 s"
WRK_PATH=/api/facets bench -t"$threads" -c"$connections" -d30s --latency -s "$work/search.lua" "$url"
echo "== cached (--cache-seconds 30): GET /api/search, $threads threads, $connections connections, 30 s"
WRK_PATH=/api/search bench -t"$threads" -c"$connections" -d30s --latency -s "$work/search.lua" "$cached"
echo "== cached (--cache-seconds 30): GET /api/facets, $threads threads, $connections connections, 30 s"
WRK_PATH=/api/facets bench -t"$threads" -c"$connections" -d30s --latency -s "$work/search.lua" "$cached"
exit "$status"
