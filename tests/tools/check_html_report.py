#!/usr/bin/env python3
"""CTest: kefu kpi --format html on the small month (data/kpi_month.jsonl, data/README.md) and
what the page holds: the scorecard rows worked out by hand, the status marks, the four charts'
SVG elements with the values worked out by hand below, and nothing fetched from anywhere.

    check_html_report.py KEFU OUT.html   (run in tests/tools/data)
"""
import html.parser
import re
import subprocess
import sys

kefu, out = sys.argv[1], sys.argv[2]
run = subprocess.run([kefu, "kpi", "kpi_month.jsonl", "--month", "2026-10", "--calls",
                      "kpi_calls.csv", "--lang", "en", "--format", "html", "-o", out],
                     capture_output=True, text=True)
failures = []
if run.returncode != 0:
    sys.exit(f"kefu kpi exited with {run.returncode}: {run.stderr}")
if run.stdout:
    failures.append(f"-o {out}: nothing expected on stdout, got {run.stdout!r}")
page = open(out, encoding="utf-8").read()


class Page(html.parser.HTMLParser):
    """Table rows (class and cell texts), SVG elements by name, and every <title> in an SVG."""

    def __init__(self):
        super().__init__()
        self.rows, self.elements, self.svg_titles = [], {}, []
        self.row = None
        self.cell = None
        self.in_svg = 0
        self.title = None

    def handle_starttag(self, tag, attrs):
        self.elements[tag] = self.elements.get(tag, 0) + 1
        attrs = dict(attrs)
        if tag == "tr" and "class" in attrs:
            self.row = (attrs["class"], [])
        elif tag == "td" and self.row is not None:
            self.cell = ""
        elif tag == "svg":
            self.in_svg += 1
        elif tag == "title" and self.in_svg:
            self.title = ""

    def handle_endtag(self, tag):
        if tag == "td" and self.cell is not None:
            self.row[1].append(self.cell)
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.rows.append(self.row)
            self.row = None
        elif tag == "svg":
            self.in_svg -= 1
        elif tag == "title" and self.title is not None:
            self.svg_titles.append(self.title)
            self.title = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data
        if self.title is not None:
            self.title += data


parsed = Page()
parsed.feed(page)

# The scorecard of data/README.md ("kpi_month.jsonl and kpi_calls.csv"), row by row:
# indicator, value, target, status.
expected_rows = [
    ("System connection rate", "85.71% (6/7)", ">= 85%", "pass"),  # 6 connected / 7 dialled
    ("Human answer rate", "60.00% (3/5)", ">= 85%", "fail"),  # 3 answered / 5 asking
    ("Inquiry reply rate", "100.00% (2/2)", ">= 100%", "pass"),
    ("Inquiry timely reply rate", "50.00% (1/2)", ">= 100%", "fail"),  # K1 only
    ("Complaint timely reply rate", "33.33% (1/3)", ">= 100%", "fail"),  # K4 only
    ("Repeat complaint rate", "100.00% (2/2)", "<= 1%", "fail"),  # K3's reopen, K5
    ("Inquiry satisfaction", "50.00% (1/2)", ">= 90%", "fail"),  # K1 满意
    ("Cross-province complaint satisfaction", "n/a (0/0)", ">= 85%", "no_data"),
    ("Key-account complaint satisfaction", "100.00% (1/1)", ">= 95%", "pass"),  # K3
    ("Complaint answer time (max)", "79:00:00", "<= 48:00:00", "fail"),  # K3
    ("Complaint answer time (mean)", "62:30:00", "-", "no_target"),  # (79 + 46) / 2 h
    ("Complaints answered in time (48 h)", "50.00% (1/2)", "-", "no_target"),
    ("Service level (20 s)", "40.00% (2/5)", ">= 80%", "fail"),  # c1, c7
    ("Abandonment rate", "40.00% (2/5)", "-", "no_target"),  # c3, c4
    ("First-contact resolution", "16.67% (1/6)", "-", "no_target"),  # K1
    ("Resolution rate", "50.00% (3/6)", "-", "no_target"),
    ("Reopen rate", "40.00% (2/5)", "-", "no_target"),
    ("Average handle time", "0:03:20", "-", "no_target"),  # (300 + 200 + 100) / 3 s
    ("First response time p50", "0:00:08.031", "-", "no_target"),  # 8 s, histogram
    ("First response time p90", "0:00:40.191", "-", "no_target"),  # 40 s, histogram
    ("CSAT", "66.67% (2/3)", "-", "no_target"),  # K1, K3 of K1, K3, K4
]
status_text = {"pass": "\u2713 pass", "fail": "\u2717 FAIL", "no_data": "no data",
               "no_target": "-"}
got_rows = [(cls, cells) for cls, cells in parsed.rows]
if len(got_rows) != len(expected_rows):
    failures.append(f"{len(got_rows)} scorecard rows, expected {len(expected_rows)}")
for (label, value, target, status), (cls, cells) in zip(expected_rows, got_rows):
    want = [label, value, target, status_text[status]]
    if cls != status or cells != want:
        failures.append(f"row {label}: got class {cls} {cells}, expected {status} {want}")

# Charts: four SVGs.
if parsed.elements.get("svg") != 4:
    failures.append(f"{parsed.elements.get('svg')} <svg> elements, expected 4")
titles = set(parsed.svg_titles)
# Daily volume: one column per case of October, by the day and channel it was accepted on
# (K1 phone and K2 chat on the 12th, K3 phone the 13th, K4 WeChat the 20th, K5 app the 28th,
# K6 phone the 30th).
volume = ["12 phone: 1", "12 online_chat: 1", "13 phone: 1", "20 wechat: 1", "28 app: 1",
          "30 phone: 1"]
# First response by day, in the histogram's representatives (kpi::Histogram: 64 buckets per
# power of two, the bucket's midpoint): the 12th K1 10 s and K2 40 s, p50 the first of two,
# 10 000 ms in bucket [9 984, 10 112) -> 10 047 ms; p90 the second, 40 000 in [39 936, 40 448)
# -> 40 191. The 13th K3 5 s: [4 992, 5 056) -> 5 023; the 20th K4 20 s -> 20 095; the 28th K5
# 8 s -> 8 031; the 30th K6 5 s -> 5 023. Written as the scorecard writes durations.
first_response = ["12 P50: 0:00:10.047", "12 P90: 0:00:40.191", "13 P50: 0:00:05.023",
                  "13 P90: 0:00:05.023", "20 P50: 0:00:20.095", "28 P90: 0:00:08.031",
                  "30 P50: 0:00:05.023"]
# First-response clock: the six October cases ran it, K2 answered after 40 s of a 30 s limit.
breaches = ["first_response breached: 1", "first_response not breached: 5"]
# Satisfaction as a share of all the category's cases: inquiries K1 满意, K2 unrated; the
# complaints K3 满意, K4 基本满意 (its last rating), K5 unrated; after-sales K6 unrated.
satisfaction = ["inquiry (2) satisfied: 50%", "inquiry (2) unrated: 50%",
                "complaint (3) satisfied: 33.33%", "complaint (3) basically satisfied: 33.33%",
                "complaint (3) unrated: 33.33%", "after_sales (1) unrated: 100%"]
for title in volume + first_response + breaches + satisfaction:
    if title not in titles:
        failures.append(f"no chart element titled {title!r}")
if sum(1 for t in titles if re.fullmatch(r"\d+ [a-z_]+: \d+", t)) != len(volume):
    failures.append("the volume chart has columns for other days or channels")
if "11 P50" in " ".join(titles) or any(t.startswith("31 ") for t in titles):
    failures.append("a first-response point on a day without cases")
for element in ("polyline", "circle", "rect", "text", "line"):
    if not parsed.elements.get(element):
        failures.append(f"no <{element}> in the charts")
# The 12th and 13th are consecutive: one line per percentile through them; the other days are
# lone dots. Two percentiles on five days: ten dots.
if parsed.elements.get("polyline") != 2 or parsed.elements.get("circle") != 10:
    failures.append(f"{parsed.elements.get('polyline')} polylines and "
                    f"{parsed.elements.get('circle')} dots, expected 2 and 10")
# Its logarithmic axis from 1 s (at or below the fastest, 5.023 s) to 1 min (at or above the
# slowest, 40.191 s).
for tick in (">1 s</text>", ">10 s</text>", ">1 min</text>"):
    if tick not in page:
        failures.append(f"no first-response axis tick {tick}")
if ">10 min</text>" in page:
    failures.append("the first-response axis goes past 1 min")
if "6 cases accepted · 7 calls dialled" not in page:
    failures.append("no '6 cases accepted · 7 calls dialled' summary")

# Self-contained: no script, no external resource of any kind.
for forbidden in ("<script", "<link", "<img", "<iframe", "url(", "@import", "http:", "https:",
                  "//", "src="):
    if forbidden in page.lower():
        failures.append(f"the page contains {forbidden!r}")

for failure in failures:
    print("FAIL:", failure)
sys.exit(1 if failures else 0)
