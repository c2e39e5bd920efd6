#!/usr/bin/env bash
# Coverage-guided fuzzing of the loader, validator and normalizer with AFL++ and SharpFuzz.
#   bash tests/fuzz/run.sh [SECONDS]     (default 600)
# Installs afl++ (Debian) and the SharpFuzz instrumentation tool, builds the harness, instruments
# ServiceStandard.dll and YamlDotNet.dll, and fuzzes from tests/fuzz/corpus. Findings go to
# tests/fuzz/findings/ (not committed); each crash should become a fixture under tests/.../Fixtures.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-600}
command -v afl-fuzz >/dev/null || { apt-get update >/dev/null && apt-get install -y afl++ >/dev/null; }
tools=$PWD/.tools
[ -x "$tools/sharpfuzz" ] || dotnet tool install SharpFuzz.CommandLine --tool-path "$tools" >/dev/null
dotnet build ServiceStandard.Fuzz -c Release -o build >/dev/null
"$tools/sharpfuzz" build/ServiceStandard.dll
"$tools/sharpfuzz" build/YamlDotNet.dll
rm -rf findings
export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_SKIP_BIN_CHECK=1
timeout --preserve-status $((seconds + 60)) afl-fuzz -i corpus -o findings -t 5000 -m none -V "$seconds" -- dotnet build/ServiceStandard.Fuzz.dll || true
stats=findings/default/fuzzer_stats
if [ -f "$stats" ]; then
  grep -E "run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs" "$stats"
fi
echo "crashes: $(ls findings/default/crashes 2>/dev/null | grep -vc README || true)"
