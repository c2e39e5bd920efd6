#!/usr/bin/env bash
# The composite action (action.yml) and scripts/install-standalone.sh, run here the way a GitHub runner runs them
# (tests/ci-action/run-action.py), against a release laid out in a local folder (file://) that holds the linux-x64 zip
# of scripts/publish-standalone.sh and its SHA256SUMS, with no dotnet on PATH. Needs that zip (.ci/run builds it in
# scripts/standalone-check.sh just before), python3 with PyYAML, curl, unzip.
# Prints one "ok"/"FAIL" line per check and closes with "N passed, M failed".
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
root=$PWD
source scripts/checks.sh

version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props | head -n 1)
zip=$root/artifacts/standalone/svcstd-$version-linux-x64.zip
if [ ! -f "$zip" ]; then
    echo "FAIL $zip is missing: run bash scripts/publish-standalone.sh linux-x64 first (.ci/run does, in scripts/standalone-check.sh)"
    failed=$((failed + 1))
    finish
fi
if ! python3 -c 'import yaml' 2>/dev/null; then
    [ "$(id -u)" -eq 0 ] && apt-get install -y -qq python3-yaml >/dev/null 2>&1
fi

# A release as GitHub lays it out: RELEASES/download/vX.Y.Z/{zip,SHA256SUMS}.
release=$work/releases/download/v$version
mkdir -p "$release"
cp "$zip" "$release/"
(cd "$release" && sha256sum -- *.zip > SHA256SUMS)
export SVCSTD_RELEASES="file://$work/releases"

# PATH with the tools a runner has, and no dotnet.
mkdir -p "$work/bin"
for tool in bash sh env curl unzip sha256sum awk sed grep cut mktemp rm mkdir chmod cat dirname uname head tail; do
    ln -sf "$(command -v "$tool")" "$work/bin/$tool"
done
ln -sf "$(python3 -c 'import sys; print(sys.executable)')" "$work/bin/python3"   # the interpreter, not a pyenv shim
runner() { env -i PATH="$work/bin" HOME="$work" LANG=C.UTF-8 SVCSTD_RELEASES="$SVCSTD_RELEASES" "$@"; }
export -f runner
export work

check "no dotnet on the runner's PATH" runner bash -c '! command -v dotnet'

runner bash scripts/install-standalone.sh "$version" "$work/installed" >"$work/install.out" 2>&1
check "install-standalone.sh installs svcstd $version from the release and prints its path" \
    bash -c '[ "$(tail -n 1 "$1")" = "$2/installed/svcstd" ] && [ "$("$2/installed/svcstd" --version)" = "$3" ]' _ "$work/install.out" "$work" "$version"

expect_refusal() { # DESCRIPTION EXPECTED-MESSAGE COMMAND...: exit 2 and the message on stderr
    local what=$1 message=$2; shift 2
    check "$what" bash -c 'out=$("${@:2}" 2>&1); code=$?; [ "$code" -eq 2 ] && grep -qF -- "$1" <<<"$out" || { echo "exit $code: $out"; exit 1; }' _ "$message" "$@"
}
cp -r "$work/releases" "$work/tampered"
printf 'x' >> "$work/tampered/download/v$version/svcstd-$version-linux-x64.zip"
expect_refusal "a zip that does not match SHA256SUMS is refused (exit 2), nothing installed" "does not match SHA256SUMS" \
    runner env SVCSTD_RELEASES="file://$work/tampered" bash scripts/install-standalone.sh "$version" "$work/tampered-install"
check "… and the tampered install folder was not made" test ! -e "$work/tampered-install"
cp -r "$work/releases" "$work/unsummed"
rm "$work/unsummed/download/v$version/SHA256SUMS"
expect_refusal "a release without SHA256SUMS is refused (exit 2)" "the zip cannot be checked" \
    runner env SVCSTD_RELEASES="file://$work/unsummed" bash scripts/install-standalone.sh "$version" "$work/unsummed-install"
expect_refusal "a version never released is named (exit 2)" "could not download" \
    runner bash scripts/install-standalone.sh 9.9.9 "$work/none"
expect_refusal "a platform with no build is named, with the alternative (exit 2)" "dotnet tool install" \
    runner env RUNNER_OS=FreeBSD RUNNER_ARCH=X64 bash scripts/install-standalone.sh "$version" "$work/none"
expect_refusal "a version that is not one is refused (exit 2)" "is not a release version" \
    runner bash scripts/install-standalone.sh 'latest; rm -rf /' "$work/none"

# The action itself, on a repository of inventories.
mkdir -p "$work/repo/inventories" "$work/broken/inventories"
cp examples/inventories/*.yaml "$work/repo/inventories/"
sed 's/code: "610331"/code: "61033"/' examples/inventories/shaanxi-taibai.yaml > "$work/broken/inventories/taibai.yaml"
action() { runner python3 tests/ci-action/run-action.py "$root/action.yml" "$@"; }

action "$work/repo" paths=inventories "version=$version" >"$work/clean.out" 2>&1; clean_exit=$?
check "the action on the examples: installs, validates, exit-code 0, SARIF written, upload step reached" \
    bash -c '[ "$1" -eq 0 ] && grep -qx "output: steps.validate.outputs.exit-code=0" "$2" && grep -q "^uses: github/codeql-action/upload-sarif" "$2" \
        && python3 -c "import json,sys; r=json.load(open(sys.argv[1])); assert r[\"version\"]==\"2.1.0\" and r[\"runs\"][0][\"results\"]==[]" "$3" \
        || { echo "exit $1"; cat "$2"; exit 1; }' _ "$clean_exit" "$work/clean.out" "$work/repo/svcstd.sarif"

action "$work/broken" paths=inventories github.action_ref="v$version" >"$work/broken.out" 2>&1; broken_exit=$?
check "the action on a broken inventory (version from the action's tag): uploads, then fails the job" \
    bash -c '[ "$1" -eq 1 ] && grep -qx "output: steps.validate.outputs.exit-code=1" "$2" && grep -q "^uses: github/codeql-action/upload-sarif" "$2" \
        && grep -q "\"ruleId\": *\"SS1104\"" "$3" || { echo "exit $1"; cat "$2"; exit 1; }' _ "$broken_exit" "$work/broken.out" "$work/broken/svcstd.sarif"

action "$work/broken" paths=inventories "version=$version" fail-on-errors=false upload=false >"$work/lenient.out" 2>&1; lenient_exit=$?
check "fail-on-errors: false and upload: false: the job passes, exit-code output 1, no upload" \
    bash -c '[ "$1" -eq 0 ] && grep -qx "output: steps.validate.outputs.exit-code=1" "$2" && ! grep -q "^uses: github/codeql-action" "$2" \
        || { echo "exit $1"; cat "$2"; exit 1; }' _ "$lenient_exit" "$work/lenient.out"

action "$work/repo" paths=inventories "executable=$work/installed/svcstd" >"$work/given.out" 2>&1; given_exit=$?
check "executable given: nothing downloaded, that executable validates" \
    bash -c '[ "$1" -eq 0 ] && grep -qx "skip: Install svcstd (standalone, no .NET)" "$2" || { echo "exit $1"; cat "$2"; exit 1; }' _ "$given_exit" "$work/given.out"

finish
