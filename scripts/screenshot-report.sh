#!/usr/bin/env bash
# Renders the example inventories as the HTML diff report, takes a screenshot with headless Chromium
# (Debian package `chromium`; no network), and checks that the picture is not blank.
#   bash scripts/screenshot-report.sh [OUT.png]      (default: docs/diff-report.png)
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:-docs/diff-report.png}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

command -v chromium >/dev/null || { echo "screenshot-report: needs chromium (apt-get install -y chromium fonts-noto-cjk)" >&2; exit 2; }

dotnet run --project src/ServiceStandard.Cli -v q -- diff examples/inventories --format html --lang zh -o "$work/report.html"

chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/profile" --hide-scrollbars \
  --window-size=1400,1000 --screenshot="$work/shot.png" "file://$work/report.html" >/dev/null 2>&1

python3 - "$work/shot.png" <<'PY'
import struct, sys, zlib

data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, chunks, header = 8, [], None
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR":
        header = struct.unpack(">IIBBBBB", body)
    elif kind == b"IDAT":
        chunks.append(body)
    pos += 12 + length
width, height, depth, colour = header[:4]
assert depth == 8 and colour in (2, 6), f"unexpected PNG format depth={depth} colour={colour}"
channels = 3 if colour == 2 else 4
raw = zlib.decompress(b"".join(chunks))
stride = width * channels
rows, previous, pos = [], bytearray(stride), 0
for _ in range(height):
    kind, line = raw[pos], bytearray(raw[pos + 1:pos + 1 + stride])
    pos += 1 + stride
    for i in range(stride):
        left = line[i - channels] if i >= channels else 0
        up, corner = previous[i], previous[i - channels] if i >= channels else 0
        if kind == 1: line[i] = (line[i] + left) & 255
        elif kind == 2: line[i] = (line[i] + up) & 255
        elif kind == 3: line[i] = (line[i] + (left + up) // 2) & 255
        elif kind == 4:
            p = left + up - corner
            pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
            line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
    rows.append(bytes(line))
    previous = line
colours = {row[i:i + 3] for row in rows[::7] for i in range(0, stride, channels * 5)}
print(f"screenshot: {width}x{height}, {len(data)} bytes, {len(colours)} distinct colours (sampled)")
assert width == 1400 and height == 1000, "unexpected size"
assert len(colours) > 50, "the screenshot looks blank"
PY

mkdir -p "$(dirname "$out")"
cp "$work/shot.png" "$out"
echo "screenshot-report: wrote $out"
