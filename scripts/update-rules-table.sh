#!/usr/bin/env bash
# Regenerates the rules table of docs/rules.md (between the rules:begin and rules:end markers) from the
# diagnostic catalogue, by running the documentation test and taking the table it prints on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
dotnet test tests/ServiceStandard.Tests --filter "FullyQualifiedName~ReadmeTests" >"$log" 2>&1 || true
python3 - "$log" <<'PY'
import re, sys
log = open(sys.argv[1], encoding="utf-8").read()
if "Replace it with:" not in log:
    print("docs/rules.md: the rules table is up to date."); sys.exit(0)
rest = log[log.index("Replace it with:") + len("Replace it with:"):].lstrip("\n")
rows = []
for line in rest.split("\n"):
    line = line.strip()
    if not line.startswith("|"):
        break
    rows.append(line)
path = "docs/rules.md"
page = open(path, encoding="utf-8").read()
new, count = re.subn(r"(<!-- rules:begin -->\n).*?(<!-- rules:end -->)", lambda m: m.group(1) + "\n".join(rows) + "\n" + m.group(2), page, flags=re.S)
if count != 1:
    sys.exit(f"{path}: the rules:begin and rules:end markers were not found; the table was not rewritten.")
open(path, "w", encoding="utf-8").write(new)
print(f"docs/rules.md: rules table regenerated, {len(rows) - 2} rules.")
PY
