#!/usr/bin/env bash
# Installs the standalone svcstd (no .NET needed) from a release: downloads svcstd-VERSION-RID.zip for this machine,
# checks it against the release's SHA256SUMS, unzips it into DEST and prints the executable's path.
# The composite action (action.yml) runs it; a Linux or macOS machine can too:
#   bash scripts/install-standalone.sh 0.1.0 ~/.local/svcstd
# Usage: install-standalone.sh VERSION DEST
#   VERSION  a release's version (0.1.0; a leading v is accepted)
#   DEST     the folder to unzip into (created)
# Environment:
#   SVCSTD_RELEASES  where releases are, default https://github.com/servicestandard/servicestandard/releases
#                    (a file:// URL works: the check in tests/ci-action uses one); the zip is read from
#                    $SVCSTD_RELEASES/download/vVERSION/svcstd-VERSION-RID.zip
#   SVCSTD_RID       the platform (linux-x64, linux-arm64, win-x64, osx-arm64); default: this machine's, from
#                    RUNNER_OS/RUNNER_ARCH on a GitHub runner, else uname
# Exit codes: 0 installed, 2 usage, a platform with no build, a failed download or a checksum that does not match.
set -euo pipefail

fail() { echo "install-standalone: $*" >&2; exit 2; }

[ "$#" -eq 2 ] || fail "usage: install-standalone.sh VERSION DEST   (e.g. 0.1.0 \"\$RUNNER_TEMP/svcstd\")"
version=${1#v}
dest=$2
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.-]+)?$ ]] || fail "'$1' is not a release version (e.g. 0.1.0)"
releases=${SVCSTD_RELEASES:-https://github.com/servicestandard/servicestandard/releases}

rid=${SVCSTD_RID:-}
if [ -z "$rid" ]; then
    os=${RUNNER_OS:-$(uname -s)}
    arch=${RUNNER_ARCH:-$(uname -m)}
    case "$os/$arch" in
        Linux/X64 | Linux/x86_64) rid=linux-x64 ;;
        Linux/ARM64 | Linux/aarch64) rid=linux-arm64 ;;
        Windows/X64 | MINGW*/x86_64 | MSYS*/x86_64 | CYGWIN*/x86_64) rid=win-x64 ;;
        macOS/ARM64 | Darwin/arm64) rid=osx-arm64 ;;
        *) fail "no standalone svcstd is built for $os $arch (there are linux-x64, linux-arm64, win-x64, osx-arm64); install the .NET tool instead: dotnet tool install -g svcstd" ;;
    esac
fi
case "$rid" in
    linux-x64 | linux-arm64 | osx-arm64) exe=svcstd ;;
    win-x64) exe=svcstd.exe ;;
    *) fail "no standalone svcstd is built for '$rid' (there are linux-x64, linux-arm64, win-x64, osx-arm64)" ;;
esac

zip=svcstd-$version-$rid.zip
base=$releases/download/v$version
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

curl -fsSL --retry 3 -o "$scratch/$zip" "$base/$zip" || fail "could not download $base/$zip (is v$version released?)"
curl -fsSL --retry 3 -o "$scratch/SHA256SUMS" "$base/SHA256SUMS" || fail "could not download $base/SHA256SUMS: the zip cannot be checked, so it is not installed"
expected=$(awk -v name="$zip" '$2 == name || $2 == "*" name { print $1 }' "$scratch/SHA256SUMS")
[ -n "$expected" ] || fail "$base/SHA256SUMS does not list $zip"
if command -v sha256sum >/dev/null; then
    actual=$(sha256sum "$scratch/$zip" | cut -d' ' -f1)
else
    actual=$(shasum -a 256 "$scratch/$zip" | cut -d' ' -f1)
fi
[ "$actual" = "$expected" ] || fail "$zip does not match SHA256SUMS (got $actual, expected $expected): not installed"

mkdir -p "$dest"
if command -v unzip >/dev/null; then
    unzip -q -o "$scratch/$zip" -d "$dest"
else
    pwsh -NoProfile -Command "Expand-Archive -Force -LiteralPath '$scratch/$zip' -DestinationPath '$dest'"
fi
chmod +x "$dest/$exe"
"$dest/$exe" --version >/dev/null || fail "$dest/$exe does not run on this machine"
echo "$dest/$exe"
