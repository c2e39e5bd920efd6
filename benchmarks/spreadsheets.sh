#!/usr/bin/env bash
# Times `svcstd validate` on one 20,000-item inventory as JSON and as the same items in a workbook (.xlsx, the layout
# of FORMAT.md §8, written by `svcstd normalize -o`), and the peak memory of each (GNU time). Target: the workbook
# validates within 3x the time of the JSON, in bounded memory. Not part of CI.
#   bash benchmarks/spreadsheets.sh        # RUNS=5 by default
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
corpus=benchmarks/corpus/sheets
tools=benchmarks/.tools
results=benchmarks/results
mkdir -p "$results" "$tools" "$corpus"

echo "== build (Release)"
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
dotnet publish -c Release -r "$rid" src/ServiceStandard.Cli -o "$tools/svcstd" >/dev/null
dotnet build -c Release benchmarks/ServiceStandard.Benchmarks >/dev/null
svcstd="$tools/svcstd/svcstd"

echo "== one 20,000-item inventory, JSON and .xlsx"
rm -rf "$corpus" && mkdir -p "$corpus"
dotnet benchmarks/ServiceStandard.Benchmarks/bin/Release/net10.0/ServiceStandard.Benchmarks.dll generate --regions 40 --items 500 --format json --out "$corpus/json" --single >/dev/null
json=$(ls "$corpus"/json/*.json | head -1)
"$svcstd" normalize "$json" -o "$corpus/items.xlsx" 2>/dev/null || true
xlsx="$corpus/items.xlsx"

echo "== timing ($runs runs each, medians)"
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
time_of() { for _ in $(seq "$runs"); do /usr/bin/time -f "%e %M" "$svcstd" validate "$1" >/dev/null 2>>"$tools/time.txt" || true; tail -1 "$tools/time.txt"; done; }
json_runs=$(time_of "$json"); xlsx_runs=$(time_of "$xlsx")
json_s=$(echo "$json_runs" | awk '{ print $1 }' | median); xlsx_s=$(echo "$xlsx_runs" | awk '{ print $1 }' | median)
json_mb=$(echo "$json_runs" | awk '{ print $2 }' | sort -n | tail -1); xlsx_mb=$(echo "$xlsx_runs" | awk '{ print $2 }' | sort -n | tail -1)
python3 - "$json" "$xlsx" "$json_s" "$xlsx_s" "$json_mb" "$xlsx_mb" <<'PY' | tee "$results/spreadsheets-latest.txt"
import os, sys, platform
json, xlsx, js, xs, jm, xm = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5]) / 1024, int(sys.argv[6]) / 1024
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
print(f"machine: {cpu}, {os.cpu_count()} cores; json {os.path.getsize(json) / 1e6:.1f} MB, xlsx {os.path.getsize(xlsx) / 1e6:.1f} MB (20,000 items)")
print(f"validate json      {js:6.2f} s   peak RSS {jm:5.0f} MB")
print(f"validate xlsx      {xs:6.2f} s   peak RSS {xm:5.0f} MB")
r = xs / js
print(f"xlsx / json        {r:6.2f}     target <= 3.0 {'met' if r <= 3.0 else 'NOT met'}")
PY
