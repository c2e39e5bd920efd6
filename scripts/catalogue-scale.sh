#!/usr/bin/env bash
# Reproduces the catalogue's scale figures (docs/catalogue.md, section "Scale"):
#   1. build time of a 20,000-item catalogue (200 counties x 100 items), cold, next to the time to validate the same files;
#   2. the same build again with nothing changed, then with one file changed;
#   3. search latency (median, p95) over 1,000 varied queries on a 100,000-item catalogue (1,000 x 100).
# The corpora come from scripts/catalogue-corpus.py (seeded: the same bytes every run), the latency from
# scripts/catalogue-bench.cs (a .NET file-based program over the library). Needs the .NET SDK and python3;
# writes about 1.5 GB under WORK (default: a temporary folder, removed at the end).
# Usage: scripts/catalogue-scale.sh [WORK]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if [[ $# -gt 0 ]]; then work="$1"; mkdir -p "$work"; else work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT; fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build src/ServiceStandard.Cli -c Release -o "$work/svcstd" -v quiet -nologo >&2
svcstd=(dotnet "$work/svcstd/svcstd.dll")
# Wall-clock time, and the CPU time the command used (user + system): on a machine shared with other work the
# first grows with the load, the second much less.
TIMEFORMAT='%R s wall, %U s user + %S s system CPU'

"${svcstd[@]}" catalogue build examples/inventories --db "$work/examples.db" >/dev/null
"${svcstd[@]}" catalogue export --db "$work/examples.db" --format json -o "$work/templates.json"
python3 scripts/catalogue-corpus.py "$work/templates.json" "$work/corpus-20k" --regions 200 --items 100 >&2
python3 scripts/catalogue-corpus.py "$work/templates.json" "$work/corpus-100k" --regions 1000 --items 100 >&2

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start, .NET SDK $(dotnet --version)"

echo "== validate, 20,000 items (what the build's time is compared with)"
{ time "${svcstd[@]}" validate "$work/corpus-20k" --lang en | tail -1 ; } 2>&1

rm -f "$work/20k.db"
echo "== build, 20,000 items (200 files, $(du -sh "$work/corpus-20k" | cut -f1) of JSON)"
{ time "${svcstd[@]}" catalogue build "$work/corpus-20k" --db "$work/20k.db" --lang en | tail -1 ; } 2>&1
echo "database: $(du -h "$work/20k.db" | cut -f1)"

echo "== rebuild, nothing changed"
{ time "${svcstd[@]}" catalogue build "$work/corpus-20k" --db "$work/20k.db" --lang en | tail -1 ; } 2>&1

echo "== rebuild, one file changed"
one="$(ls "$work/corpus-20k" | head -1)"
sed -i 's/"name":"公共场所卫生许可"/"name":"公共场所卫生许可（修订）"/' "$work/corpus-20k/$one"
{ time "${svcstd[@]}" catalogue build "$work/corpus-20k" --db "$work/20k.db" --lang en | grep -v '^unchanged' ; } 2>&1

rm -f "$work/100k.db"
echo "== build, 100,000 items (1,000 files)"
{ time "${svcstd[@]}" catalogue build "$work/corpus-100k" --db "$work/100k.db" --lang en | tail -1 ; } 2>&1
echo "database: $(du -h "$work/100k.db" | cut -f1)"

echo "== search latency, 100,000 items"

dotnet build -c Release scripts/catalogue-bench.cs -v quiet -nologo >&2
dotnet run -c Release --no-build scripts/catalogue-bench.cs -- "$work/100k.db" 1000 7
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
