#!/usr/bin/env bash
# Standalone svcstd, which runs on a machine with no .NET installed, one per platform:
# - Native AOT for this machine's own platform (linux-x64 here): machine code, no runtime or JIT inside
#   (ServiceStandard.Cli.csproj, Standalone=aot). Native AOT links with the platform's own linker and does not
#   cross-compile between operating systems (nor, without a sysroot, between architectures).
# - Every other platform: self-contained, single-file, ReadyToRun (the runtime is inside; native libraries such as
#   SQLite's are extracted on first use). That platform's runtime pack comes from NuGet; crossgen2 for this machine
#   compiles for all of them (checked from Linux x64 for win-x64, osx-arm64 and linux-arm64: CROSS=1 bash
#   scripts/standalone-check.sh), so no platform falls back to JIT only. AOT=0 makes this machine's one ReadyToRun too.
# Usage: bash scripts/publish-standalone.sh RID...    e.g. linux-x64 win-x64 osx-arm64 linux-arm64
# Writes artifacts/standalone/<rid>/ and artifacts/standalone/svcstd-<version>-<rid>.zip, what a department
# downloads, unzips and runs: svcstd (svcstd.exe on Windows), README.txt and, for Native AOT, SQLite's native library
# beside the executable (libe_sqlite3.so: the catalogue commands load it from there). See docs/install.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if [ "$#" -eq 0 ]; then
    echo "usage: bash scripts/publish-standalone.sh RID...   (e.g. linux-x64 win-x64 osx-arm64 linux-arm64)" >&2
    exit 2
fi

version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props | head -n 1)
case "$(uname -s)" in Linux) host_os=linux ;; Darwin) host_os=osx ;; MINGW* | MSYS* | CYGWIN*) host_os=win ;; *) host_os=unknown ;; esac
case "$(uname -m)" in x86_64 | amd64) host_arch=x64 ;; aarch64 | arm64) host_arch=arm64 ;; *) host_arch=unknown ;; esac
for rid in "$@"; do
    out=artifacts/standalone/$rid
    rm -rf "$out"
    if [ "$rid" = "$host_os-$host_arch" ] && [ "${AOT:-1}" != 0 ]; then
        kind="Native AOT"
        # Native AOT links with the platform's linker: on Linux clang and zlib's headers (Debian: clang zlib1g-dev).
        if [ "$host_os" = linux ] && ! { command -v clang >/dev/null && [ -f /usr/include/zlib.h ]; }; then
            if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
                echo "publish-standalone: installing clang and zlib1g-dev for Native AOT (apt-get)" >&2
                (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang zlib1g-dev) >&2
            else
                echo "publish-standalone: Native AOT needs clang and zlib1g-dev (apt-get install clang zlib1g-dev); or AOT=0 for ReadyToRun" >&2
                exit 2
            fi
        fi
        dotnet publish src/ServiceStandard.Cli -c Release -r "$rid" -o "$out" -v q -nologo \
            -p:Standalone=aot -p:DebugType=none -p:GenerateDocumentationFile=false
        # What runs is the executable and the native libraries beside it: the satellite resource assemblies (zh/) are
        # compiled into the executable, the stripped symbols (.dbg) are for debugging only.
        find "$out" -mindepth 1 \( -name '*.dbg' -o -name '*.pdb' -o -type d \) -prune -exec rm -rf {} +
    else
        kind="ReadyToRun single file"
        dotnet publish src/ServiceStandard.Cli -c Release -r "$rid" --self-contained true -o "$out" -v q -nologo \
            -p:PublishSingleFile=true -p:PublishReadyToRun=true -p:IncludeNativeLibrariesForSelfExtract=true \
            -p:DebugType=none -p:GenerateDocumentationFile=false
    fi
    cat > "$out/README.txt" <<TEXT
svcstd $version ($rid, $kind): 政务服务事项清单校验工具 / validator of government service item inventories.
无需安装 .NET：解压后直接运行（各文件放在同一文件夹）。No .NET needed: unzip and run (keep the files together).
  ./svcstd validate 清单文件夹/          (Windows: svcstd.exe validate 清单文件夹\\)
  ./svcstd init                          (a starter inventory / 起步清单)
  ./svcstd --help --lang zh|en
https://github.com/servicestandard/servicestandard
TEXT
    archive=$PWD/artifacts/standalone/svcstd-$version-$rid.zip
    rm -f "$archive"
    (cd "$out" && zip -q -X "$archive" -- *)
    echo "$out ($kind): $(du -sh "$out" | cut -f1); $archive"
done
