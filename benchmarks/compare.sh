#!/usr/bin/env bash
# Times svcstd against ajv-cli (ajv 8 + ajv-formats, the fastest mainstream JSON Schema validator) on the
# generated corpus, side by side, and prints the ratios of the performance issue (medians of RUNS runs).
# Not part of CI. Needs the .NET SDK, Node.js + npm, hyperfine (apt-get install hyperfine) and GNU time.
#   bash benchmarks/compare.sh            # RUNS=5 by default; REGIONS=40 ITEMS=500
#                                         # times svcstd as a department gets it: the standalone executable of
#                                         # scripts/publish-standalone.sh for this machine (Native AOT on linux-x64)
#   SVCSTD=path/to/svcstd bash benchmarks/compare.sh
#                                         # times that executable instead, e.g. the dotnet tool's ReadyToRun build:
#                                         # dotnet publish -c Release -r linux-x64 src/ServiceStandard.Cli -o /tmp/r2r
#                                         # then SVCSTD=/tmp/r2r/svcstd
# Targets (docs/performance.md): validation at most 0.6 of ajv-cli's time (goal: a third), one small file under 80 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
regions=${REGIONS:-40}
items=${ITEMS:-500}
half=$((regions / 2))
corpus=benchmarks/corpus
tools=benchmarks/.tools
results=benchmarks/results
mkdir -p "$results" "$tools"

if [ -n "${SVCSTD:-}" ]; then
  echo "== svcstd: $SVCSTD (as given)"
  svcstd=("$(readlink -f "$SVCSTD")")
else
  rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
  echo "== build: svcstd as a department gets it (scripts/publish-standalone.sh $rid)"
  bash scripts/publish-standalone.sh "$rid" >/dev/null
  svcstd=("$PWD/artifacts/standalone/$rid/svcstd")
  head -n 1 "artifacts/standalone/$rid/README.txt"
fi
dotnet build -c Release benchmarks/ServiceStandard.Benchmarks >/dev/null
generate=(dotnet benchmarks/ServiceStandard.Benchmarks/bin/Release/net10.0/ServiceStandard.Benchmarks.dll generate --regions)

echo "== corpus (seeded, deterministic)"
rm -rf "$corpus"
"${generate[@]}" "$regions" --items "$items" --format json --out "$corpus/json"
"${generate[@]}" "$regions" --items "$items" --format yaml --out "$corpus/yaml"
"${generate[@]}" "$half" --items "$items" --format json --out "$corpus/json-half"
"${generate[@]}" "$regions" --items "$items" --format json --out "$corpus/single" --single

echo "== ajv-cli (scratch install)"
if [ ! -x "$tools/node_modules/.bin/ajv" ]; then
  printf '{ "name": "svcstd-benchmark-tools", "private": true }\n' > "$tools/package.json"
  (cd "$tools" && npm install --no-audit --no-fund ajv-cli@5.0.0 ajv@8.20.0 ajv-formats@3.0.1 >/dev/null)
fi
ajv="$tools/node_modules/.bin/ajv validate --spec=draft7 -c ajv-formats -s schemas/inventory/1.0/inventory.schema.json"

echo "== timing ($runs runs each, medians)"
hyperfine --runs "$runs" --warmup 1 --style basic --export-json "$results/hyperfine.json" \
  -n "ajv json"          "$ajv -d '$corpus/json/*.json'" \
  -n "svcstd json"       "${svcstd[*]} validate $corpus/json" \
  -n "ajv yaml"          "$ajv -d '$corpus/yaml/*.yaml'" \
  -n "svcstd yaml"       "${svcstd[*]} validate $corpus/yaml" \
  -n "svcstd diff half"  "${svcstd[*]} diff $corpus/json-half --format json -o /dev/null" \
  -n "svcstd diff full"  "${svcstd[*]} diff $corpus/json --format json -o /dev/null" \
  -n "svcstd startup"    "${svcstd[*]} validate examples/inventories/shaanxi-taibai.yaml" >/dev/null

echo "== peak memory (max RSS)"
rss() { /usr/bin/time -f "%M" "$@" >/dev/null 2>"$tools/rss.txt" || true; tail -1 "$tools/rss.txt"; }
rss_json=$(rss "${svcstd[@]}" validate "$corpus/json")
rss_yaml=$(rss "${svcstd[@]}" validate "$corpus/yaml")
rss_single=$(rss "${svcstd[@]}" validate "$corpus/single")
rss_diff=$(rss "${svcstd[@]}" diff "$corpus/json" --format json -o /dev/null)

python3 - "$results/hyperfine.json" "$rss_json" "$rss_yaml" "$rss_single" "$rss_diff" "$corpus" <<'PY' | tee "$results/compare-latest.txt"
import json, os, sys, platform, subprocess
runs = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
med = {name: r["median"] for name, r in runs.items()}
rss_json, rss_yaml, rss_single, rss_diff = (int(x) / 1024 for x in sys.argv[2:6])
corpus = sys.argv[6]
size = lambda d: sum(os.path.getsize(os.path.join(d, f)) for f in os.listdir(d)) / 1e6
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
print(f"machine: {cpu}, {os.cpu_count()} cores; corpus: json {size(corpus + '/json'):.1f} MB, yaml {size(corpus + '/yaml'):.1f} MB, single file {size(corpus + '/single'):.1f} MB")
def row(label, value, target, ok):
    print(f"{label:<58} {value:>10}   target {target:<8} {'met' if ok else 'NOT met'}")
r = med["svcstd json"] / med["ajv json"]; row(f"validate json / ajv json ({med['svcstd json']:.2f} s / {med['ajv json']:.2f} s)", f"{r:.2f}", "<= 0.6", r <= 0.6)
r = med["svcstd yaml"] / med["ajv yaml"]; row(f"validate yaml / ajv yaml ({med['svcstd yaml']:.2f} s / {med['ajv yaml']:.2f} s)", f"{r:.2f}", "<= 0.6", r <= 0.6)
row("peak RSS, validate json corpus", f"{rss_json:.0f} MB", "<= 400", rss_json <= 400)
row("peak RSS, validate yaml corpus", f"{rss_yaml:.0f} MB", "<= 400", rss_yaml <= 400)
row("peak RSS, validate one 20,000-item file", f"{rss_single:.0f} MB", "<= 300", rss_single <= 300)
r = med["svcstd diff full"] / med["svcstd diff half"]; row(f"diff full / diff half ({med['svcstd diff full']:.2f} s / {med['svcstd diff half']:.2f} s)", f"{r:.2f}", "<= 2.3", r <= 2.3)
r = med["svcstd diff full"] / med["ajv json"]; row("diff full / ajv json", f"{r:.2f}", "<= 1.5", r <= 1.5)
row(f"peak RSS, diff full", f"{rss_diff:.0f} MB", "-", True)
row("start-up: validate one small file", f"{med['svcstd startup'] * 1000:.0f} ms", "< 80 ms", med["svcstd startup"] < 0.08)
print(f"load average at the end: {' '.join(open('/proc/loadavg').read().split()[:3])} ({os.cpu_count()} cores)")
PY
