#!/usr/bin/env bash
# Reads every cell of the item sheet (then of every sheet) of the 20,000-item workbook made by spreadsheets.sh with the
# project's reader and with DocumentFormat.OpenXml (SAX), MiniExcel and ExcelDataReader; one process per reader and
# scope (for its peak working set), RUNS runs each. Figures: docs/spreadsheets.md, "Why a reader of our own".
#   bash benchmarks/spreadsheets.sh && bash benchmarks/xlsx-readers.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-3}
xlsx=${XLSX:-benchmarks/corpus/sheets/items.xlsx}
dotnet build -c Release benchmarks/ServiceStandard.Benchmarks >/dev/null
dll=benchmarks/ServiceStandard.Benchmarks/bin/Release/net10.0/ServiceStandard.Benchmarks.dll
mkdir -p benchmarks/results
{
  echo "$(date -u '+%F %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (before)"
  for scope in "" --all-sheets; do
    for reader in svcstd-cells openxml-sax miniexcel exceldatareader svcstd-load; do
      [ -n "$scope" ] && [ "$reader" = svcstd-load ] && continue
      dotnet "$dll" xlsx-readers "$xlsx" --reader "$reader" --runs "$runs" $scope
    done
  done
  echo "load average $(cut -d' ' -f1-3 /proc/loadavg) (after)"
} | tee benchmarks/results/xlsx-readers-latest.txt
