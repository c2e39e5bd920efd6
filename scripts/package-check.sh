#!/usr/bin/env bash
# Packaging check, as a consumer gets the packages: packs ServiceStandard (library) and svcstd (tool) into
# artifacts/packages, checks what is inside them, installs the tool from that folder feed into a temporary
# tool path and runs it, then builds and runs examples/LibraryUsage against the packed library.
# Usage: bash scripts/package-check.sh      (needs the .NET SDK, unzip, and NuGet for the example's dependencies)
# Prints one "ok"/"FAIL" line per check and closes with "N passed, M failed".
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

feed=$PWD/artifacts/packages
# check DESCRIPTION COMMAND..., finish, and the scratch folder $work.
source scripts/checks.sh

# same_reports FOLDER: the validation and comparison JSON examples/LibraryUsage wrote there are byte for byte what the
# installed svcstd writes for the examples.
same_reports() {
    [ -x "${svcstd:-}" ] || { echo "svcstd is not installed"; return 1; }
    "$svcstd" validate examples/inventories --format json --lang en >"$1/validation.svcstd.json" || return 1
    "$svcstd" diff examples/inventories --format json --lang en >"$1/comparison.svcstd.json" || return 1
    cmp "$1/validation.json" "$1/validation.svcstd.json" && cmp "$1/comparison.json" "$1/comparison.svcstd.json"
}

# has_entries PACKAGE ENTRY...: every entry is a file of the package.
has_entries() {
    local package=$1; shift
    unzip -Z1 "$package" >"$work/entries" || return 1
    local missing=0 entry
    for entry in "$@"; do
        grep -qxF "$entry" "$work/entries" || { echo "missing in $(basename "$package"): $entry"; missing=1; }
    done
    return "$missing"
}

# contains TEXT-FILE PATTERN...: every fixed string occurs in the file (shows the file otherwise).
contains() {
    local file=$1; shift
    local pattern
    for pattern in "$@"; do
        grep -qF -- "$pattern" "$file" || { echo "not found: $pattern"; echo "--- $file:"; cat "$file"; return 1; }
    done
}

version=$(dotnet msbuild src/ServiceStandard/ServiceStandard.csproj -getProperty:Version)
echo "package version (Directory.Build.props): $version"
library=$feed/ServiceStandard.$version.nupkg
symbols=$feed/ServiceStandard.$version.snupkg
tool=$feed/svcstd.$version.nupkg

# 1. Pack, from a clean feed folder.
rm -rf "$feed"
check "dotnet pack -c Release writes both packages to artifacts/packages" \
    dotnet pack ServiceStandard.sln -c Release
if [ ! -f "$library" ] || [ ! -f "$tool" ]; then
    echo "FAIL no packages in $feed:"; ls -la "$feed" 2>&1 | sed 's/^/     /'; failed=$((failed + 1)); finish
fi
for package in "$library" "$symbols" "$tool"; do
    echo "--- $(basename "$package")"
    unzip -l "$package" | awk 'NR > 3 && $4 != "" && $4 !~ /^(_rels|package)\// && $4 != "[Content_Types].xml" { printf "  %9s  %s\n", $1, $4 }'
done

# 2. The library package: both frameworks with docs and resources, README, schemas, symbols, metadata.
schema_entries=()
for schema in schemas/inventory/*/inventory.schema.json; do schema_entries+=("$schema"); done
for schema in schemas/reports/*/*.schema.json; do schema_entries+=("$schema"); done
lib_entries=(ServiceStandard.nuspec PACKAGE.md "${schema_entries[@]}")
for tfm in net8.0 net10.0; do
    lib_entries+=("lib/$tfm/ServiceStandard.dll" "lib/$tfm/ServiceStandard.xml" "lib/$tfm/zh/ServiceStandard.resources.dll")
done
check "ServiceStandard: lib/net8.0 and lib/net10.0 (dll, xml docs, zh resources), PACKAGE.md, ${#schema_entries[@]} schema(s)" \
    has_entries "$library" "${lib_entries[@]}"
check "ServiceStandard: the .snupkg has the pdb of each framework" \
    has_entries "$symbols" lib/net8.0/ServiceStandard.pdb lib/net10.0/ServiceStandard.pdb
same_schemas() {
    local schema
    for schema in "${schema_entries[@]}"; do unzip -p "$library" "$schema" | cmp - "$schema" || return 1; done
}
check "ServiceStandard: the packed schemas are the published files byte for byte" same_schemas
unzip -p "$library" ServiceStandard.nuspec >"$work/library.nuspec"
commit=$(git rev-parse HEAD 2>/dev/null || echo unknown)
check "ServiceStandard: nuspec has version, MIT licence expression, readme, project URL, tags and the commit" \
    contains "$work/library.nuspec" "<version>$version</version>" '<license type="expression">MIT</license>' \
    '<readme>PACKAGE.md</readme>' '<projectUrl>https://' '<tags>' "commit=\"$commit\"" \
    '<group targetFramework="net8.0">' '<group targetFramework="net10.0">'
# The catalogue is its own package: the core package carries no database engine.
catalogue=$feed/ServiceStandard.Catalogue.$version.nupkg
catalogue_entries=(ServiceStandard.Catalogue.nuspec PACKAGE.md)
for tfm in net8.0 net10.0; do catalogue_entries+=("lib/$tfm/ServiceStandard.Catalogue.dll" "lib/$tfm/ServiceStandard.Catalogue.xml"); done
check "ServiceStandard.Catalogue: lib/net8.0 and lib/net10.0 (dll, xml docs), PACKAGE.md" has_entries "$catalogue" "${catalogue_entries[@]}"
unzip -p "$catalogue" ServiceStandard.Catalogue.nuspec >"$work/catalogue.nuspec"
check "ServiceStandard.Catalogue: depends on ServiceStandard $version and Microsoft.Data.Sqlite" \
    contains "$work/catalogue.nuspec" "<dependency id=\"ServiceStandard\" version=\"$version\"" '<dependency id="Microsoft.Data.Sqlite"'
check "ServiceStandard: no dependency on SQLite (validate-only users carry no database engine)" \
    bash -c '! grep -qi "sqlite" "$1"' _ "$work/library.nuspec"
if [ "${CI:-}" = "true" ]; then
    # ContinuousIntegrationBuild maps the clone's folder to /_/: the assemblies name their pdb as
    # /_/src/..., and nothing in them depends on where the clone is.
    ci_paths() {
        local tfm
        for tfm in net8.0 net10.0; do
            unzip -p "$library" "lib/$tfm/ServiceStandard.dll" >"$work/ServiceStandard.dll"
            grep -aqF "/_/src/ServiceStandard/obj/Release/$tfm/ServiceStandard.pdb" "$work/ServiceStandard.dll" \
                || { echo "lib/$tfm: no /_/ pdb path"; return 1; }
            ! grep -aqF "$PWD" "$work/ServiceStandard.dll" || { echo "lib/$tfm names $PWD"; return 1; }
        done
    }
    check "ServiceStandard: deterministic CI build (paths mapped to /_/, none of the clone's folder)" ci_paths
fi
if git remote get-url origin 2>/dev/null | grep -q 'github\.com'; then
    unzip -p "$symbols" lib/net10.0/ServiceStandard.pdb >"$work/ServiceStandard.pdb"
    check "ServiceStandard: SourceLink maps the sources to raw.githubusercontent.com at $commit" \
        grep -aqF "raw.githubusercontent.com" "$work/ServiceStandard.pdb"
else
    echo "note SourceLink not checked: origin is not a GitHub repository ($(git remote get-url origin 2>/dev/null || echo 'no remote'))"
fi

# 3. The tool: svcstd points to one package per platform (.NET 10 RID-specific tool packages), each
#    precompiled (ReadyToRun) for its platform, and to svcstd.any, the portable fallback.
tool_rids=$(dotnet msbuild src/ServiceStandard.Cli/ServiceStandard.Cli.csproj -getProperty:ToolPackageRuntimeIdentifiers -p:_IsPacking=true)
echo "tool platforms (ServiceStandard.Cli.csproj): $tool_rids"
check "svcstd: PACKAGE.md and a settings file that names the command and one package per platform" \
    has_entries "$tool" PACKAGE.md tools/any/any/DotnetToolSettings.xml
unzip -p "$tool" tools/any/any/DotnetToolSettings.xml >"$work/DotnetToolSettings.xml"
rid_lines=('<Command Name="svcstd"')
for rid in ${tool_rids//;/ }; do rid_lines+=("<RuntimeIdentifierPackage RuntimeIdentifier=\"$rid\" Id=\"svcstd.$rid\" />"); done
check "svcstd: the command is svcstd, with packages for: ${tool_rids//;/ }" contains "$work/DotnetToolSettings.xml" "${rid_lines[@]}"
# ReadyToRun: the CLI header of a precompiled assembly points to a native header (ECMA-335 II.25.3.3,
# ManagedNativeHeader); an IL-only assembly leaves it empty.
precompiled() {
    python3 - "$@" <<'PY'
import struct, sys
def native_header_size(data):
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    sections, optional = struct.unpack_from("<H", data, pe + 6)[0], struct.unpack_from("<H", data, pe + 20)[0]
    opt = pe + 24
    dirs = opt + (96 if struct.unpack_from("<H", data, opt)[0] == 0x10B else 112)
    cli_rva = struct.unpack_from("<I", data, dirs + 14 * 8)[0]
    for i in range(sections):
        sec = opt + optional + 40 * i
        size, va, _, raw = struct.unpack_from("<IIII", data, sec + 8)
        if va <= cli_rva < va + max(size, 1):
            return struct.unpack_from("<I", data, raw + cli_rva - va + 0x40 + 4)[0]
    raise SystemExit("no CLI header")
expected, files = sys.argv[1] == "yes", sys.argv[2:]
bad = [f for f in files if (native_header_size(open(f, "rb").read()) > 0) != expected]
for f in bad: print(("IL only: " if expected else "precompiled: ") + f)
sys.exit(1 if bad else 0)
PY
}
for rid in ${tool_rids//;/ }; do
    package=$feed/svcstd.$rid.$version.nupkg
    dir=tools/net10.0/$rid
    case $rid in win-*) apphost=svcstd.exe ;; *) apphost=svcstd ;; esac
    [ "$rid" = any ] && apphost=svcstd.deps.json  # no executable: the portable package runs with dotnet
    check "svcstd.$rid: ${apphost/svcstd.deps.json/no executable,} svcstd.dll, the library, the zh resources of both, runtimeconfig, settings" \
        has_entries "$package" PACKAGE.md "$dir/DotnetToolSettings.xml" "$dir/$apphost" "$dir/svcstd.dll" \
        "$dir/ServiceStandard.dll" "$dir/zh/ServiceStandard.resources.dll" "$dir/zh/svcstd.resources.dll" "$dir/svcstd.runtimeconfig.json"
    rm -rf "$work/rid" && mkdir -p "$work/rid" && unzip -q "$package" "$dir/*" -d "$work/rid"
    if [ "$rid" = any ]; then
        check "svcstd.any: portable IL (no precompiled code), runs with dotnet" \
            precompiled no "$work/rid/$dir/svcstd.dll" "$work/rid/$dir/ServiceStandard.dll"
        check "svcstd.any: dotnet svcstd.dll --version prints $version" \
            test "$(dotnet "$work/rid/$dir/svcstd.dll" --version 2>&1)" = "$version"
    else
        check "svcstd.$rid: svcstd.dll, ServiceStandard.dll and YamlDotNet.dll are precompiled (ReadyToRun)" \
            precompiled yes "$work/rid/$dir/svcstd.dll" "$work/rid/$dir/ServiceStandard.dll" "$work/rid/$dir/YamlDotNet.dll"
    fi
done

# NuGet keeps one copy per version: a repacked version must not be served from the cache.
global_packages=$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')
rm -rf "$global_packages/servicestandard/$version" "$global_packages/servicestandard.catalogue/$version" "$global_packages"/svcstd*/"$version"

tools=$work/tools
check "dotnet tool install svcstd --tool-path TMP --add-source artifacts/packages --version $version" \
    dotnet tool install svcstd --tool-path "$tools" --add-source "$feed" --version "$version"
svcstd=$tools/svcstd
if [ -x "$svcstd" ]; then
    host_rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
    case ";$tool_rids;" in *";$host_rid;"*) expected_package=svcstd.$host_rid ;; *) expected_package=svcstd.any ;; esac
    check "the installed svcstd is the $expected_package package (this machine: $host_rid)" \
        bash -c 'readlink -f "$1" | tee /dev/stderr | grep -qF "/$2/"' _ "$svcstd" "$expected_package"
    "$svcstd" --version >"$work/version.txt" 2>&1
    check "svcstd --version prints $version" test "$(cat "$work/version.txt")" = "$version"
    "$svcstd" --help --lang en >"$work/help.txt" 2>&1
    check "svcstd --help lists the commands, with examples" contains "$work/help.txt" "Usage:" "  validate <PATH>" "  schema" "Examples:"
    check "svcstd validate examples/inventories exits 0" "$svcstd" validate examples/inventories --lang en
    sed 's/code: "610331"/code: "61033"/' examples/inventories/shaanxi-taibai.yaml >"$work/broken.yaml"
    broken_exit=0
    "$svcstd" validate "$work/broken.yaml" --lang en >"$work/broken.txt" 2>&1 || broken_exit=$?
    check "svcstd validate on a broken file exits 1 with SS1104" \
        bash -c '[ "$1" -eq 1 ] && grep -qF "error SS1104" "$2" || { echo "exit $1"; cat "$2"; exit 1; }' _ "$broken_exit" "$work/broken.txt"
    "$svcstd" schema -o "$work/schema.json" >/dev/null 2>&1
    check "svcstd schema writes the newest published schema (1.1)" cmp "$work/schema.json" schemas/inventory/1.1/inventory.schema.json
    "$svcstd" schema --version 1.0 -o "$work/schema-1.0.json" >/dev/null 2>&1
    check "svcstd schema --version 1.0 writes the 1.0 schema as published" cmp "$work/schema-1.0.json" schemas/inventory/1.0/inventory.schema.json
fi

# 4. A consumer's project, built against the packed library (its nuget.config adds artifacts/packages).
check "examples/LibraryUsage builds against the ServiceStandard $version package" \
    dotnet build examples/LibraryUsage -c Release
resolved_from_feed() {
    python3 - examples/LibraryUsage/obj/project.assets.json "ServiceStandard/$version" "$feed" <<'PY'
import json, sys
assets, library, feed = json.load(open(sys.argv[1])), sys.argv[2], sys.argv[3]
kind = assets["libraries"].get(library, {}).get("type")
sources = [s.rstrip("/") for s in assets["project"]["restore"]["sources"]]
print(library, "type:", kind, "sources:", sources)
sys.exit(0 if kind == "package" and feed.rstrip("/") in sources else 1)
PY
}
check "examples/LibraryUsage resolved ServiceStandard $version as a package from the local feed, not a project" resolved_from_feed
for tfm in net8.0 net10.0; do
    dotnet run --project examples/LibraryUsage -c Release -f "$tfm" --no-build -- examples/inventories "$work/reports-$tfm" >"$work/usage-$tfm.txt" 2>&1
    echo "--- examples/LibraryUsage ($tfm; exit $?)"
    sed 's/^/  /' "$work/usage-$tfm.txt"
    check "examples/LibraryUsage ($tfm) loads, locates, validates, normalizes, compares and reads the schema" \
        contains "$work/usage-$tfm.txt" "太白县 (610331): 10 items" "/items/0/timeLimits/committed is written at line 32, column 7" "zhejiang-jiaxing.yaml: valid" \
        "broken.yaml:2:" "SS1104" "normalized: 8 changes, committed limit Immediate" "330400 公共场所卫生许可: committed 7 working days, 9 required materials" \
        "warning committedWorkingDays:" "schema 1.1: https://"
    check "examples/LibraryUsage ($tfm) writes a validation report, a comparison report and an HTML page through the library" \
        contains "$work/usage-$tfm.txt" "4 file(s), 44 item(s): 0 error(s), 0 warning(s), 0 info(s)." \
        "validation report: valid True, 4 files, 44 items -> validation.json" \
        "comparison report: 4 regions, " "-> comparison.json, comparison.html (an HTML page)"
    check "examples/LibraryUsage ($tfm) writes the same validation and comparison JSON as svcstd" \
        same_reports "$work/reports-$tfm"
done
check "examples/LibraryUsage prints the same on net8.0 and net10.0" cmp "$work/usage-net8.0.txt" "$work/usage-net10.0.txt"

finish
