#!/usr/bin/env python3
"""CTest: the HTML report as a real browser draws it. Debian's chromium (headless) renders the
page kefu kpi --format html wrote to a PNG screenshot; this decodes the PNG (zlib, standard
library only) and checks that the four charts were drawn: four plot areas (the charts' light
grey background) each holding pixels of the charts' colours, and every colour the small month's
charts use present.

    check_report_screenshot.py CHROMIUM PAGE.html OUT.png
"""
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

chromium, page, png = sys.argv[1], os.path.abspath(sys.argv[2]), sys.argv[3]
width, height = 900, 2600
if shutil.which(chromium) is None:
    sys.exit(f"{chromium}: not found: install Debian's chromium (scripts/run test does)")
with tempfile.TemporaryDirectory() as profile:
    if os.path.exists(png):
        os.remove(png)
    run = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu",
                          "--hide-scrollbars", "--no-first-run", f"--user-data-dir={profile}",
                          f"--screenshot={png}", f"--window-size={width},{height}",
                          "file://" + page], capture_output=True, text=True, timeout=120)
if not os.path.exists(png):
    sys.exit(f"chromium wrote no screenshot (exit {run.returncode}): {run.stderr}")


def decode_png(path):
    """Rows of (r, g, b) tuples of an 8-bit RGB or RGBA PNG, not interlaced."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit(f"{path}: not a PNG")
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    w, h, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace:
        sys.exit(f"{path}: depth {depth}, colour type {colour}, interlace {interlace}: "
                 "expected 8-bit RGB or RGBA")
    channels = 3 if colour == 2 else 4
    stride = w * channels
    raw = zlib.decompress(idat)
    rows, previous = [], bytearray(stride)
    for y in range(h):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if kind == 1:
            for i in range(channels, stride):
                line[i] = (line[i] + line[i - channels]) & 0xFF
        elif kind == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, previous))
        elif kind == 3:
            for i in range(stride):
                left = line[i - channels] if i >= channels else 0
                line[i] = (line[i] + (left + previous[i]) // 2) & 0xFF
        elif kind == 4:
            for i in range(stride):
                a = line[i - channels] if i >= channels else 0
                b = previous[i]
                c = previous[i - channels] if i >= channels else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                predictor = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + predictor) & 0xFF
        rows.append([tuple(line[x:x + 3]) for x in range(0, stride, channels)])
        previous = line
    return w, h, rows


w, h, rows = decode_png(png)
failures = []
if (w, h) != (width, height):
    failures.append(f"screenshot {w}x{h}, expected {width}x{height}")


def rgb(hex_colour):
    return tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))


plot_background = rgb("#fafafa")
# The colours of the small month's charts (tools/kefu/html_report.cpp): phone, online chat,
# WeChat and app columns; p50 and p90 lines; breached and not breached; satisfied, basically
# satisfied and unrated.
chart_colours = {"phone": "#4e79a7", "online_chat": "#f28e2b", "wechat": "#ff9da7",
                 "app": "#9c755f", "p90 and breached": "#e15759", "not breached": "#bab0ac",
                 "satisfied": "#59a14f", "basically satisfied": "#8cd17d", "unrated": "#e8e4e1"}
palette = {name: rgb(c) for name, c in chart_colours.items()}

# Plot areas: runs of rows mostly of the plot background (grid lines and columns cross them).
bands, start = [], None
for y, row in enumerate(rows):
    plot_row = sum(1 for p in row if p == plot_background) >= 200
    if plot_row and start is None:
        start = y
    elif not plot_row and start is not None:
        bands.append((start, y))
        start = None
# A grid line or a legend-high column breaks a run for a row or two: join runs closer than 4.
joined = []
for a, b in bands:
    if joined and a - joined[-1][1] < 4:
        joined[-1] = (joined[-1][0], b)
    else:
        joined.append((a, b))
bands = [(a, b) for a, b in joined if b - a >= 100]
if len(bands) != 4:
    failures.append(f"{len(bands)} chart plot areas of 100 rows or more, expected 4: {bands}")
seen = {name: 0 for name in palette}
for number, (a, b) in enumerate(bands, 1):
    coloured = 0
    for row in rows[a:b]:
        for p in row:
            for name, c in palette.items():
                if p == c:
                    seen[name] += 1
                    coloured += 1
    if coloured < 50:
        failures.append(f"chart {number} (rows {a}-{b}): {coloured} pixels of chart colours")
for name, count in seen.items():
    if count < 20:
        failures.append(f"colour of {name} ({chart_colours[name]}): {count} pixels in the charts")
distinct = {p for row in rows for p in row}
if len(distinct) < 12:
    failures.append(f"only {len(distinct)} distinct colours in the screenshot")

for failure in failures:
    print("FAIL:", failure)
print(f"{png}: {w}x{h}, plot areas {bands}, chart colour pixels {seen}")
sys.exit(1 if failures else 0)
