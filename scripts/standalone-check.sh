#!/usr/bin/env bash
# The standalone executable on a machine without .NET: builds linux-x64 (scripts/publish-standalone.sh; Native AOT on a
# linux-x64 host, AOT=0 for the ReadyToRun single file), then runs it
# with an environment that has no dotnet (env -i, PATH an empty folder, no DOTNET_* variables) and, where this runs as
# root and unshare works, with the machine's .NET installation hidden too (an empty tmpfs over it).
# Prints one "ok"/"FAIL" line per check and closes with "N passed, M failed".
# CROSS=1 also builds win-x64, osx-arm64 and linux-arm64 (cross-compiled here; 13-19 minutes each on 2 cores shared
# with six other builds, docs/performance.md) and checks each file's format (PE32+ x86-64, Mach-O arm64, ELF aarch64) and zip; CI (.ci/run) leaves it
# out to keep its time and builds and runs linux-x64 only.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD
# check DESCRIPTION COMMAND..., finish, and the scratch folder $work.
source scripts/checks.sh

if [ "${NO_PUBLISH:-}" != 1 ]; then   # NO_PUBLISH=1: check the executable built before
    check "scripts/publish-standalone.sh linux-x64 builds" bash scripts/publish-standalone.sh linux-x64
fi
exe=$root/artifacts/standalone/linux-x64/svcstd
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props | head -n 1)
[ -x "$exe" ] || finish

# PATH is a folder with the few tools the checks use, and no dotnet.
mkdir -p "$work/bin" "$work/home"
for tool in sh grep ls mount cmp; do
    ln -s "$(command -v "$tool")" "$work/bin/$tool"
done
# bare COMMAND...: runs with nothing of .NET in reach: no dotnet on PATH, no DOTNET_ variable; .NET's installation
# folder hidden when possible.
dotnet_home=$(dirname "$(readlink -f "$(command -v dotnet)")" 2>/dev/null || true)
hide=""
if [ "$(id -u)" -eq 0 ] && [ -n "$dotnet_home" ] && unshare -m true 2>/dev/null; then
    hide=$dotnet_home
fi
bare() {
    if [ -n "$hide" ]; then
        env -i PATH="$work/bin" HOME="$work/home" LANG=C.UTF-8 "$(command -v unshare)" -m /bin/sh -c 'mount -t tmpfs none "$0" && exec "$@"' "$hide" "$@"
    else
        env -i PATH="$work/bin" HOME="$work/home" LANG=C.UTF-8 "$@"
    fi
}

check "no dotnet in the environment${hide:+ (and $hide hidden)}" \
    bare /bin/sh -c '! command -v dotnet && ! ls "$0"/dotnet 2>/dev/null && [ -z "${DOTNET_ROOT:-}" ]' "${hide:-/nonexistent}"
if grep -q "Native AOT" "$root/artifacts/standalone/linux-x64/README.txt" 2>/dev/null; then
    # Native AOT: no .NET host inside (a single-file bundle carries hostfxr's and hostpolicy's code and names), and
    # SQLite's native library beside the executable.
    check "svcstd is Native AOT: an ELF executable with no .NET host inside ($(du -h "$exe" | cut -f1))" \
        bash -c 'file -b "$1" | grep -q "^ELF 64-bit LSB pie executable, x86-64" && ! grep -aq -e hostfxr -e hostpolicy "$1"' _ "$exe"
    zipped="README.txt libe_sqlite3.so svcstd "
else
    zipped="README.txt svcstd "
fi
check "the zip holds ${zipped% }" \
    bash -c 'unzip -Z1 "$1" | sort | tr "\n" " " | grep -qx "$2"' _ "$root/artifacts/standalone/svcstd-$version-linux-x64.zip" "$zipped"
bare "$exe" --version >"$work/version.txt" 2>&1
check "svcstd --version prints $version" test "$(cat "$work/version.txt")" = "$version"
bare "$exe" validate "$root/examples/inventories" --lang en >"$work/validate.txt" 2>&1
check "svcstd validate examples/inventories exits 0: $(tail -n 1 "$work/validate.txt")" \
    grep -qx "4 file(s), 44 item(s): 0 error(s), 0 warning(s), 0 info(s)." "$work/validate.txt"
sed 's/code: "610331"/code: "61033"/' examples/inventories/shaanxi-taibai.yaml >"$work/broken.yaml"
broken_exit=0
bare "$exe" validate "$work/broken.yaml" --format github --lang zh >"$work/broken.txt" 2>&1 || broken_exit=$?
check "svcstd validate --format github on a broken file exits 1 with an SS1104 annotation" \
    bash -c '[ "$1" -eq 1 ] && grep -q "^::error file=.*title=SS1104::" "$2" || { echo "exit $1"; cat "$2"; exit 1; }' _ "$broken_exit" "$work/broken.txt"
bare "$exe" validate "$root/examples/inventories/shaanxi-taibai.yaml" --lang zh >"$work/zh.txt" 2>&1
check "svcstd validate --lang zh answers in Chinese: $(tail -n 1 "$work/zh.txt")" \
    grep -qx "1 个文件，[0-9]* 个事项：0 个错误，0 个警告，0 条提示。" "$work/zh.txt"
profile_exit=0
bare "$exe" validate --profile "$root/examples/profiles/zhejiang.yaml" "$root/examples/profiles/zhejiang-inventory.yaml" --lang en >"$work/profile.txt" 2>&1 || profile_exit=$?
check "svcstd validate --profile zhejiang.yaml exits 1 with its 4 SS1401 errors at their lines" \
    bash -c '[ "$1" -eq 1 ] && [ "$(grep -c ": error SS1401: Profile zhejiang-2026" "$2")" -eq 4 ] && grep -q "zhejiang-inventory.yaml:31:20: error SS1401: Profile zhejiang-2026 (minimum)" "$2" || { echo "exit $1"; cat "$2"; exit 1; }' _ "$profile_exit" "$work/profile.txt"
check "svcstd schema prints the published 1.1 schema byte for byte, --version 1.0 the 1.0 one, --profile the effective schema" \
    bare /bin/sh -c '"$0" schema | cmp - "$1/schemas/inventory/1.1/inventory.schema.json" && "$0" schema --version 1.0 | cmp - "$1/schemas/inventory/1.0/inventory.schema.json" && "$0" schema --profile "$1/examples/profiles/zhejiang.yaml" | grep -q zjItemCode' "$exe" "$root"
check "svcstd normalize writes an .xlsx workbook that svcstd validate reads back with no error" \
    bare /bin/sh -c '"$0" normalize "$1/examples/inventories/shaanxi-taibai.yaml" -o "$2/taibai.xlsx" && "$0" validate "$2/taibai.xlsx" --lang en | grep -q "^1 file(s), [0-9]* item(s): 0 error(s)"' "$exe" "$root" "$work"
check "svcstd init writes an inventory that validates" \
    bare /bin/sh -c '"$0" init "$1/new" --lang en && "$0" validate "$1/new" --lang en' "$exe" "$work"
check "svcstd catalogue build and search (SQLite's native library beside the executable, or from the single file)" \
    bare /bin/sh -c '"$0" catalogue build "$1" --db "$2/c.db" && "$0" catalogue search 卫生许可 --db "$2/c.db" --lang en | grep -q "4 item(s)"' "$exe" "$root/examples/inventories" "$work"

# The other platforms' executables: built here, not run (no such machine); their format and zip are checked.
if [ "${CROSS:-}" = 1 ]; then
    for target in "win-x64 svcstd.exe PE32[+] executable.*x86-64" "osx-arm64 svcstd Mach-O 64-bit.*arm64" "linux-arm64 svcstd ELF 64-bit LSB.*ARM aarch64"; do
        read -r rid name format <<<"$target"
        if [ "${NO_PUBLISH:-}" != 1 ]; then
            check "scripts/publish-standalone.sh $rid builds" bash scripts/publish-standalone.sh "$rid"
        fi
        check "$rid: $name is $format ($(du -h "$root/artifacts/standalone/$rid/$name" 2>/dev/null | cut -f1))" \
            bash -c 'file -b "$1" | tee /dev/stderr | grep -Eq "^$2"' _ "$root/artifacts/standalone/$rid/$name" "$format"
        check "$rid: the zip holds $name and README.txt" \
            bash -c 'unzip -Z1 "$1" | sort | tr "\n" " " | grep -qx "README.txt $2 "' _ "$root/artifacts/standalone/svcstd-$version-$rid.zip" "$name"
    done
fi

finish
