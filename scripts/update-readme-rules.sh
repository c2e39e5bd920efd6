#!/usr/bin/env bash
# Regenerates the rules table of README.md (between the rules:begin and rules:end markers) from the
# diagnostic catalogue, by running the README test and taking the table it prints on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
dotnet test tests/ServiceStandard.Tests --filter "FullyQualifiedName~ReadmeTests" >"$log" 2>&1 || true
python3 - "$log" <<'PY'
import re, sys
log = open(sys.argv[1], encoding="utf-8").read()
if "Replace it with:" not in log:
    print("README rules table is up to date."); sys.exit(0)
rest = log[log.index("Replace it with:") + len("Replace it with:"):].lstrip("\n")
rows = []
for line in rest.split("\n"):
    line = line.strip()
    if not line.startswith("|"):
        break
    rows.append(line)
readme = open("README.md", encoding="utf-8").read()
new = re.sub(r"(<!-- rules:begin -->\n).*?(<!-- rules:end -->)", lambda m: m.group(1) + "\n".join(rows) + "\n" + m.group(2), readme, flags=re.S)
open("README.md", "w", encoding="utf-8").write(new)
print(f"README rules table regenerated: {len(rows) - 2} rules.")
PY
