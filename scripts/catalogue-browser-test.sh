#!/usr/bin/env bash
# Browser test of the exported catalogue site and of the page `svcstd serve` serves: builds the example catalogue,
# exports the site, and drives it in Debian's Chromium with playwright-core (no browser download): queries, facets,
# an item's guide and its comparison across regions, its schema.org GovernmentService JSON-LD, a hostile item name
# shown as text; then starts `svcstd serve` on the same catalogues (ephemeral ports) and runs the same checks
# against the served page, fed from the API, with SQLite and (SERVICESTANDARD_TEST_POSTGRES set) PostgreSQL behind it. Takes docs/catalogue-search.png and docs/catalogue-item.png. Needs Node.js and npm; installs Debian's chromium when it is missing (as root).
# Usage: scripts/catalogue-browser-test.sh [SHOTS]   Prints "N passed, M failed"; exit 0 when all passed.
#   SHOTS: the folder for the two screenshots (default docs; CI passes a scratch folder).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [[ ! -x /usr/bin/chromium ]]; then
    if [[ $(id -u) -eq 0 ]]; then
        (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk) >&2
    else
        echo "catalogue-browser-test: needs /usr/bin/chromium (apt-get install chromium fonts-noto-cjk)" >&2
        exit 2
    fi
fi

if [[ ! -d scripts/catalogue-browser/node_modules ]]; then
    (cd scripts/catalogue-browser && npm ci --no-audit --no-fund) >&2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build src/ServiceStandard.Cli -v quiet -nologo >&2
svcstd=(dotnet "src/ServiceStandard.Cli/bin/Debug/net10.0/svcstd.dll")

"${svcstd[@]}" catalogue build examples/inventories --db "$work/catalogue.db" >&2
"${svcstd[@]}" catalogue export --db "$work/catalogue.db" --format html -o "$work/site" >&2

# What the command line finds, for the site to find the same.
{
    printf '{'
    sep=''
    for query in 卫生许可 药品 营业执照 身份证明 '卫生 许可' 证 000123020000; do
        printf '%s"%s": ' "$sep" "$query"
        "${svcstd[@]}" catalogue search "$query" --db "$work/catalogue.db" --limit 1000 --format json \
            | python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin)["results"], ensure_ascii=False))'
        sep=','
    done
    printf '}\n'
} > "$work/expected.json"

# A region whose item name is markup: the site must show it as text.
mkdir -p "$work/hostile"
sed '0,/    name: 公共场所卫生许可/s//    name: "<img src=x onerror=alert(1)><\/script><!-- 公共场所卫生许可"/' \
    examples/inventories/zhejiang-jiaxing.yaml > "$work/hostile/zhejiang-jiaxing.yaml"
"${svcstd[@]}" catalogue build "$work/hostile" --db "$work/hostile.db" >&2
"${svcstd[@]}" catalogue export --db "$work/hostile.db" --format html -o "$work/hostile-site" >&2

shots="${1:-docs}"
mkdir -p "$shots"
static_status=0
node scripts/catalogue-browser/test.mjs "$work/site" "$work/expected.json" "$shots" "$work/hostile-site" || static_status=$?

# The same checks against `svcstd serve` (one process per catalogue, on ports the system picks).
serve() { # database, output file; prints the address the process listens on
    "${svcstd[@]}" serve --db "$1" --urls http://127.0.0.1:0 --lang en > "$2" 2>&1 &
    echo $! >> "$work/serve.pids"
    for _ in $(seq 1 100); do
        grep -qoE 'http://127\.0\.0\.1:[0-9]+' "$2" && break
        sleep 0.1
    done
    grep -oE 'http://127\.0\.0\.1:[0-9]+' "$2" | head -1
}
drop_schemas() { :; } # PostgreSQL's schemas, once made (below)
cleanup() {
    while read -r pid; do kill "$pid" 2>/dev/null || true; done < "$work/serve.pids" 2>/dev/null
    drop_schemas
    rm -rf "$work"
}
trap cleanup EXIT
served=$(serve "$work/catalogue.db" "$work/serve.out")
hostile_served=$(serve "$work/hostile.db" "$work/hostile-serve.out")
served_status=0
node scripts/catalogue-browser/test.mjs "$served/" "$work/expected.json" - "$hostile_served/" || served_status=$?

# And with PostgreSQL behind `svcstd serve`, when SERVICESTANDARD_TEST_POSTGRES names a server (.ci/run passes the one
# scripts/postgres.sh started): the same catalogues built into two schemas of their own, dropped at the end, and the same
# checks against the served page. The expected results are still those of the SQLite catalogue.
postgres_status=0
if [[ -n "${SERVICESTANDARD_TEST_POSTGRES:-}" ]]; then
    pg="$SERVICESTANDARD_TEST_POSTGRES"
    schemas="browser_$$_examples browser_$$_hostile"
    drop_schemas() { for schema in $schemas; do psql -q "$pg" -c "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1 || true; done; }
    with_schema() { [[ "$pg" == *\?* ]] && echo "$pg&Search%20Path=$1,public" || echo "$pg?Search%20Path=$1,public"; }
    # pg_trgm in public, where both search paths find it (a first build would otherwise create it in its own schema).
    psql -q "$pg" -c "CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public" >&2
    for schema in $schemas; do psql -q "$pg" -c "CREATE SCHEMA $schema" >&2; done
    "${svcstd[@]}" catalogue build examples/inventories --db "$(with_schema "browser_$$_examples")" >&2
    "${svcstd[@]}" catalogue build "$work/hostile" --db "$(with_schema "browser_$$_hostile")" >&2
    pg_served=$(serve "$(with_schema "browser_$$_examples")" "$work/serve-pg.out")
    pg_hostile_served=$(serve "$(with_schema "browser_$$_hostile")" "$work/hostile-serve-pg.out")
    echo "served page with PostgreSQL behind it: $pg_served" >&2
    node scripts/catalogue-browser/test.mjs "$pg_served/" "$work/expected.json" - "$pg_hostile_served/" || postgres_status=$?
else
    echo "catalogue-browser-test: the served page was not tried with PostgreSQL behind it (SERVICESTANDARD_TEST_POSTGRES is not set)" >&2
fi
[[ $static_status -eq 0 && $served_status -eq 0 && $postgres_status -eq 0 ]]
