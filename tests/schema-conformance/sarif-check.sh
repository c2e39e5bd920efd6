#!/usr/bin/env bash
# SARIF conformance: svcstd's --format sarif output, for the examples and for a document with planted
# faults, must pass Microsoft's SARIF validator (sarif-multitool validate) with no error or warning.
# Usage: tests/schema-conformance/sarif-check.sh   (needs Node.js + npm and the .NET SDK)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
root=../..

if [[ ! -d node_modules ]]; then
    npm ci --no-audit --no-fund >&2
fi
# npm does not run the package's postinstall here; it only marks the binary executable.
chmod u+x node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sed -e 's/"0573-82345678"/"82345678"/' -e 's/name: 卫生许可申请表/name: 其他材料/' \
    "$root/examples/inventories/zhejiang-jiaxing.yaml" > "$work/planted.yaml"

svcstd=(dotnet run --project "$root/src/ServiceStandard.Cli" -c Release --)
passed=0 failed=0
check() { # name, then svcstd arguments
    local name=$1; shift
    "${svcstd[@]}" validate "$@" --format sarif -o "$work/$name.sarif" || true
    if npx --no-install sarif-multitool validate "$work/$name.sarif" -o "$work/$name.check.sarif" >/dev/null 2>&1 \
        && python3 - "$work/$name.check.sarif" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["runs"][0].get("results", [])
for r in results:
    print("   ", r.get("level"), r.get("ruleId"), r.get("message", {}).get("text", ""))
sys.exit(1 if any(r.get("level") in ("error", "warning") for r in results) else 0)
PY
    then echo "ok   sarif $name"; passed=$((passed + 1))
    else echo "FAIL sarif $name"; failed=$((failed + 1))
    fi
}
check examples "$root/examples/inventories" --lang en
check planted "$work/planted.yaml" --lang zh
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
