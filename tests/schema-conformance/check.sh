#!/usr/bin/env bash
# Schema conformance check: proves that a mainstream validator (ajv 8, through
# ajv-cli 5, draft-07 mode, strict mode ON, ajv-formats for "format") accepts
# the published schema schemas/inventory/1.0/inventory.schema.json, accepts
# every document in valid/ and examples/inventories/, and rejects every
# document in invalid/ for the one reason that document was written to break.
#
# It also checks the JSON reports of svcstd (validate, diff, score, catalogue search/coverage/build/export, due, event,
# schema diff) against schemas/reports/1.0 (draft 2020-12).
#
# Usage: tests/schema-conformance/check.sh   (from anywhere; needs Node.js + npm, and the .NET SDK for the reports)
# Exit: 0 when everything passed, 1 otherwise.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

if [[ ! -d node_modules ]]; then
    npm ci --no-audit --no-fund >&2
fi

SCHEMA=../../schemas/inventory/1.0/inventory.schema.json
EXAMPLES=../../examples/inventories
AJV=(node_modules/.bin/ajv)
# --spec=draft7: the schema declares draft-07.  --strict=true: every strict
# check (strictSchema, strictNumbers, strictTypes, strictTuples,
# strictRequired) throws instead of logging.  -c ajv-formats: "format": "date".
OPTS=(--spec=draft7 --strict=true -c ajv-formats)

# What each invalid/ document breaks: "<instancePath> <keyword>".  The run must
# report this error, and every other error it reports must sit on the same
# path or on one of its ancestors (the oneOf/$ref wrappers), i.e. the document
# breaks exactly one thing.  A new invalid/ file needs an entry here.
declare -A EXPECT=(
    [missing-schemaVersion.json]="'' required"
    [schemaVersion-2.0.yaml]="/schemaVersion enum"
    [region-code-5-digits.json]="/region/code pattern"
    [basicCode-number.json]="/items/0/basicCode type"
    [type-licence.yaml]="/items/0/type enum"
    [onlineDepth-5.json]="/items/0/guide/onlineDepth maximum"
    [timeLimit-as-string.yaml]="/items/0/timeLimits/committed type"
    [material-without-name.json]="/items/0/guide/materials/0 required"
    [fees-without-charged.yaml]="/items/0/guide/fees required"
    [publishedOn-invalid-date.json]="/publishedOn format"
    [timeLimit-negative.yaml]="/items/0/timeLimits/legal/value minimum"
)

passed=0
failed=0

pass() { printf 'ok   %-7s %s\n' "$1" "$2"; passed=$((passed + 1)); }
fail() {
    printf 'FAIL %-7s %s: %s\n' "$1" "$2" "$3"
    if [[ -n "${4:-}" ]]; then printf '%s\n' "$4" | sed 's/^/     | /'; fi
    failed=$((failed + 1))
}

# 1. The schemas themselves compile (every published version).
for schema in "$SCHEMA" ../../schemas/inventory/1.1/inventory.schema.json; do
    if out=$("${AJV[@]}" compile "${OPTS[@]}" -s "$schema" 2>&1); then
        pass schema "$schema"
    else
        fail schema "$schema" "ajv compile rejected the schema" "$out"
    fi
done

# 2. Documents that must validate.
shopt -s nullglob
for f in valid/*.json valid/*.yaml valid/*.yml "$EXAMPLES"/*.json "$EXAMPLES"/*.yaml "$EXAMPLES"/*.yml; do
    if out=$("${AJV[@]}" validate "${OPTS[@]}" --all-errors --errors=text -s "$SCHEMA" -d "$f" 2>&1); then
        pass valid "$f"
    else
        fail valid "$f" "expected valid" "$out"
    fi
done

# 3. Documents that must be rejected, one ajv run per file.
for f in invalid/*.json invalid/*.yaml invalid/*.yml; do
    name=${f#invalid/}
    rc=0
    out=$("${AJV[@]}" validate "${OPTS[@]}" --all-errors --errors=line -s "$SCHEMA" -d "$f" 2>&1) || rc=$?
    if [[ $rc -eq 0 ]]; then
        fail invalid "$f" "expected invalid, ajv accepted it"
        continue
    fi
    # ajv-cli prints "<file> invalid" then the errors; anything else (exit 2
    # on a parse error, a schema compile error) is not a validation failure.
    if ! grep -qxF "$f invalid" <<<"$out"; then
        fail invalid "$f" "ajv failed, but not with a validation error (exit $rc)" "$out"
        continue
    fi
    if [[ -z "${EXPECT[$name]+x}" ]]; then
        fail invalid "$f" "no expected error registered in check.sh" "$out"
        continue
    fi
    read -r want_path want_keyword <<<"${EXPECT[$name]}"
    [[ $want_path == "''" ]] && want_path=""
    if why=$(grep -vxF "$f invalid" <<<"$out" | node -e '
        const [wantPath, wantKeyword] = process.argv.slice(1);
        const errors = JSON.parse(require("fs").readFileSync(0, "utf8"));
        const isAncestorOrSelf = (p) => p === wantPath || wantPath.startsWith(p + "/") || p === "";
        const hit = errors.some((e) => e.instancePath === wantPath && e.keyword === wantKeyword);
        const stray = errors.filter((e) => !isAncestorOrSelf(e.instancePath));
        if (!hit) { console.log(`expected ${wantKeyword} error at "${wantPath}"`); process.exit(1); }
        if (stray.length) { console.log("other errors: " + stray.map((e) => `${e.instancePath} ${e.keyword}`).join(", ")); process.exit(1); }
    ' "$want_path" "$want_keyword" 2>&1); then
        pass invalid "$f"
    else
        fail invalid "$f" "$why" "$out"
    fi
done

# 4. The event schema (FORMAT.md section 12): it compiles, accepts the example events and event/valid/, and
# rejects each event/invalid/ document for the one reason it was written to break (same check as 3.).
EVENT_SCHEMA=../../schemas/event/1.0/event.schema.json
declare -A EVENT_EXPECT=(
    [kind-unknown.json]="/kind enum"
    [missing-kind.json]="'' required"
    [step-empty.json]="/steps/0/items minItems"
    [no-steps.json]="/steps minItems"
    [code-11-chars.json]="/steps/0/items/0 pattern"
    [code-number.json]="/steps/0/items/0 type"
    [target-unknown-metric.json]="/target additionalProperties"
    [onlineDepth-5.json]="/target/onlineDepth maximum"
    [unknown-key.json]="'' additionalProperties"
)
if out=$("${AJV[@]}" compile "${OPTS[@]}" -s "$EVENT_SCHEMA" 2>&1); then
    pass schema "$EVENT_SCHEMA"
else
    fail schema "$EVENT_SCHEMA" "ajv compile rejected the schema" "$out"
fi
for f in event/valid/*.json ../../examples/events/*.yaml; do
    if out=$("${AJV[@]}" validate "${OPTS[@]}" --all-errors --errors=text -s "$EVENT_SCHEMA" -d "$f" 2>&1); then
        pass valid "$f"
    else
        fail valid "$f" "expected valid" "$out"
    fi
done
for f in event/invalid/*.json; do
    name=${f#event/invalid/}
    rc=0
    out=$("${AJV[@]}" validate "${OPTS[@]}" --all-errors --errors=line -s "$EVENT_SCHEMA" -d "$f" 2>&1) || rc=$?
    if [[ $rc -eq 0 ]] || ! grep -qxF "$f invalid" <<<"$out"; then
        fail invalid "$f" "expected a validation error (exit $rc)" "$out"
        continue
    fi
    read -r want_path want_keyword <<<"${EVENT_EXPECT[$name]:-? ?}"
    [[ $want_path == "''" ]] && want_path=""
    if grep -vxF "$f invalid" <<<"$out" | node -e '
        const [p, k] = process.argv.slice(1);
        const errors = JSON.parse(require("fs").readFileSync(0, "utf8"));
        process.exit(errors.some((e) => e.instancePath === p && e.keyword === k) ? 0 : 1);
    ' "$want_path" "$want_keyword"; then
        pass invalid "$f"
    else
        fail invalid "$f" "expected $want_keyword error at \"$want_path\"" "$out"
    fi
done

# 5. The JSON reports (schemas/reports/1.0, draft 2020-12): each schema compiles, and real output of svcstd for the
# examples (and for documents with planted faults, so that every array has members) validates against its schema.
REPORTS=../../schemas/reports/1.0
ROPTS=(--spec=draft2020 --strict=true --allow-union-types -c ajv-formats)
for schema in "$REPORTS"/*.schema.json; do
    if out=$("${AJV[@]}" compile "${ROPTS[@]}" -s "$schema" 2>&1); then
        pass schema "$schema"
    else
        fail schema "$schema" "ajv compile rejected the schema" "$out"
    fi
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if dotnet build ../../src/ServiceStandard.Cli -c Release -o "$work/svcstd" >"$work/build.log" 2>&1; then
    svcstd=(dotnet "$work/svcstd/svcstd.dll")
    sed -e 's/"0573-82345678"/"82345678"/' -e 's/name: 卫生许可申请表/name: 其他材料/' -e 's/committed: { value: 1,/committed: { value: 9,/' \
        "$EXAMPLES/zhejiang-jiaxing.yaml" > "$work/planted.yaml"
    printf 'schemaVersion: "1.0"\nregion: [not, a, map\n' > "$work/broken.yaml"
    report() { # schema, name, then svcstd arguments
        local schema=$1 name=$2; shift 2
        "${svcstd[@]}" "$@" --format json -o "$work/$name.json" 2>/dev/null || true
        check_report "$schema" "$name"
    }
    printed_report() { # the same for a verb without -o (catalogue build, due): its standard output
        local schema=$1 name=$2; shift 2
        "${svcstd[@]}" "$@" --format json > "$work/$name.json" 2>/dev/null || true
        check_report "$schema" "$name"
    }
    check_report() { # schema, name: $work/name.json validates against the schema
        local schema=$1 name=$2
        if [[ ! -s "$work/$name.json" ]]; then
            fail report "$name" "svcstd wrote no report"
        elif out=$("${AJV[@]}" validate "${ROPTS[@]}" --all-errors --errors=text -s "$REPORTS/$schema.schema.json" -d "$work/$name.json" 2>&1); then
            pass report "$name ($schema)"
        else
            fail report "$name" "expected valid against $schema" "$out"
        fi
    }
    report validation validate-examples validate "$EXAMPLES" --lang en
    report validation validate-faults validate "$work/planted.yaml" "$work/broken.yaml" --lang zh --verbose
    report comparison diff-regions diff "$EXAMPLES" --lang en
    report comparison diff-left-out diff "$EXAMPLES" "$work/broken.yaml" --lang zh
    report comparison diff-versions diff "$EXAMPLES/zhejiang-jiaxing.yaml" "$work/planted.yaml" --lang en
    report score score-union score "$EXAMPLES" --lang en
    report score score-basic score "$EXAMPLES" "$work/broken.yaml" --basic ../../examples/catalogues/basic-catalogue.yaml --lang zh --top 2
else
    fail report svcstd "dotnet build of the tool failed" "$(tail -20 "$work/build.log")"
fi

# 6. The report schemas of the catalogue: real `svcstd catalogue search --format json` and `catalogue coverage
# --format json` output of the example catalogue validates against them.
if [[ -n "${svcstd[*]:-}" ]]; then
    "${svcstd[@]}" catalogue build "$EXAMPLES" --db "$work/catalogue.db" >/dev/null
    "${svcstd[@]}" catalogue search 许可 --db "$work/catalogue.db" --limit 1000 --format json > "$work/search.json"
    "${svcstd[@]}" catalogue coverage --db "$work/catalogue.db" --basic ../../examples/catalogues/basic-catalogue.yaml --format json > "$work/coverage.json"
    for report in search coverage; do
        if out=$("${AJV[@]}" validate "${ROPTS[@]}" --all-errors --errors=text -s "$REPORTS/$report.schema.json" -d "$work/$report.json" 2>&1); then
            pass report "svcstd catalogue $report --format json"
        else
            fail report "svcstd catalogue $report --format json" "expected valid against schemas/reports/1.0/$report.schema.json" "$out"
        fi
    done
fi

# 7. The other JSON reports (catalogue build and export, due, event, schema diff): real output of svcstd, with planted
# faults so that every array has members (an unreadable file, an item with a type that is not one, a missed target),
# validates against its schema. Reuses the tool and the files of 5. and the catalogue of 6.
if [[ -n "${svcstd[*]:-}" ]]; then
    mkdir -p "$work/inventories"
    cp "$EXAMPLES"/* "$work/inventories/"
    sed -i '0,/type: administrativeLicensing/s//type: licence/' "$work/inventories/zhejiang-jiaxing.yaml"
    { cat ../../examples/events/restaurant-opening.yaml; printf 'target: { committedWorkingDays: 5, onsiteVisits: 2 }\n'; } > "$work/event.yaml"
    printed_report catalogue-build build-rejected catalogue build "$EXAMPLES" "$work/broken.yaml" --db "$work/build.db" --lang zh
    printed_report catalogue-build build-left-out catalogue build "$work/inventories" --db "$work/build.db" --lang en
    report catalogue-export catalogue-export catalogue export --db "$work/catalogue.db"
    printed_report due due-limit due --from 2026-09-28 --limit 3个自然日
    printed_report due due-item due --from 2026-09-28 --item 000123020000 --db "$work/catalogue.db"
    report event event-target event "$work/event.yaml" "$EXAMPLES" "$work/broken.yaml" --lang en
    report event event-incomplete event ../../examples/events/business-start.yaml "$EXAMPLES" --lang zh
    report schema-diff schema-diff schema diff ../../schemas/inventory/1.0/inventory.schema.json ../../schemas/inventory/1.1/inventory.schema.json
    sed 's/"\^\[0-9\]{6}\$"/"^[0-9]{12}$"/' ../../schemas/inventory/1.1/inventory.schema.json > "$work/narrowed.schema.json"
    report schema-diff schema-diff-breaking schema diff ../../schemas/inventory/1.1/inventory.schema.json "$work/narrowed.schema.json"
fi

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]] || exit 1
