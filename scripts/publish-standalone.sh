#!/usr/bin/env bash
# Standalone svcstd: a self-contained, single-file, ReadyToRun executable per platform, which runs on a machine with
# no .NET installed (the runtime is inside; native libraries such as SQLite's are extracted on first use).
# Usage: bash scripts/publish-standalone.sh RID...    e.g. linux-x64 win-x64 osx-arm64 linux-arm64
# Writes artifacts/standalone/<rid>/svcstd (svcstd.exe on Windows) and artifacts/standalone/svcstd-<version>-<rid>.zip
# (the executable, README.txt; what a department downloads, unzips and runs). ReadyToRun for another platform
# than this machine's downloads that platform's runtime pack from NuGet; crossgen2 for this machine compiles for all of
# them (checked from Linux x64 for win-x64, osx-arm64 and linux-arm64: CROSS=1 bash scripts/standalone-check.sh), so no
# platform falls back to JIT only. Not Native AOT yet: docs/performance.md#native-aot says what blocks it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if [ "$#" -eq 0 ]; then
    echo "usage: bash scripts/publish-standalone.sh RID...   (e.g. linux-x64 win-x64 osx-arm64 linux-arm64)" >&2
    exit 2
fi

version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props | head -n 1)
for rid in "$@"; do
    out=artifacts/standalone/$rid
    rm -rf "$out"
    dotnet publish src/ServiceStandard.Cli -c Release -r "$rid" --self-contained true -o "$out" -v q -nologo \
        -p:PublishSingleFile=true -p:PublishReadyToRun=true -p:IncludeNativeLibrariesForSelfExtract=true \
        -p:DebugType=none -p:GenerateDocumentationFile=false
    cat > "$out/README.txt" <<TEXT
svcstd $version ($rid): 政务服务事项清单校验工具 / validator of government service item inventories.
无需安装 .NET：解压后直接运行。No .NET needed: unzip and run.
  ./svcstd validate 清单文件夹/          (Windows: svcstd.exe validate 清单文件夹\\)
  ./svcstd init                          (a starter inventory / 起步清单)
  ./svcstd --help --lang zh|en
https://github.com/servicestandard/servicestandard
TEXT
    archive=$PWD/artifacts/standalone/svcstd-$version-$rid.zip
    rm -f "$archive"
    (cd "$out" && zip -q -X "$archive" -- *)
    echo "$out: $(du -sh "$out" | cut -f1); $archive"
done
