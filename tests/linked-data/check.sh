#!/usr/bin/env bash
# CPSV-AP conformance check: exports every example inventory (examples/inventories/) and every as-written fixture's
# canonical form (tests/ServiceStandard.Tests/Fixtures/AsWritten/*.canonical.yaml) and the edge cases beside this script
# (*.yaml: what the examples do not show) with `svcstd export --format cpsv-ap`, and the catalogue built from the examples with
# `svcstd catalogue export --format cpsv-ap`, then checks each document with validate.mjs: parsed by jsonld with no
# remote context, validated by rdf-validate-shacl against the official CPSV-AP 3.2 SHACL shapes (cpsv-ap-SHACL.ttl),
# zero results and exactly one cpsv:PublicService per item (the item count read from `svcstd normalize`'s canonical
# JSON, or the catalogue's JSON export).
#
# Usage: tests/linked-data/check.sh   (from anywhere; needs .NET and Node.js + npm)
# Exit: 0 when every check passed, 1 otherwise. Last line: "N passed, M failed".
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$here"

if [[ ! -d node_modules ]]; then
    npm ci --no-audit --no-fund >&2
fi

dotnet build "$root/src/ServiceStandard.Cli" -f net10.0 -v quiet -nologo >&2
svcstd=(dotnet "$root/src/ServiceStandard.Cli/bin/Debug/net10.0/svcstd.dll")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

passed=0
failed=0
count_items() { node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).items.length)' "$1"; }

check() { # label, expected items, JSON-LD file, exit code of the export
    local label=$1 expected=$2 file=$3 rc=$4 out
    if [[ $rc -ne 0 ]]; then
        printf 'FAIL %s: the export exited %s\n' "$label" "$rc"
        failed=$((failed + 1))
        return
    fi
    if out=$(node validate.mjs "$expected" "$file"); then
        printf '%s\n' "${out/$file/$label}"
        passed=$((passed + 1))
    else
        printf '%s\n' "${out/$file/$label}"
        failed=$((failed + 1))
    fi
}

shopt -s nullglob
n=0
for f in "$root"/examples/inventories/*.yaml "$root"/examples/inventories/*.yml "$root"/examples/inventories/*.json \
         "$root"/tests/ServiceStandard.Tests/Fixtures/AsWritten/*.canonical.yaml "$here"/*.yaml; do
    n=$((n + 1))
    label=${f#"$root"/}
    "${svcstd[@]}" normalize "$f" -o "$work/$n.json" 2>/dev/null || true
    expected=$(count_items "$work/$n.json" 2>/dev/null || echo '?')
    rc=0
    "${svcstd[@]}" export "$f" --format cpsv-ap -o "$work/$n.jsonld" >&2 || rc=$?
    check "$label" "$expected" "$work/$n.jsonld" "$rc"
done

# The catalogue of the examples, every region in one document.
"${svcstd[@]}" catalogue build "$root/examples/inventories" --db "$work/catalogue.db" >/dev/null 2>&1
"${svcstd[@]}" catalogue export --db "$work/catalogue.db" --format json -o "$work/catalogue.json" >&2
rc=0
"${svcstd[@]}" catalogue export --db "$work/catalogue.db" --format cpsv-ap -o "$work/catalogue.jsonld" >&2 || rc=$?
check "catalogue export of examples/inventories" "$(count_items "$work/catalogue.json")" "$work/catalogue.jsonld" "$rc"

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
