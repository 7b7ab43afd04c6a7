#!/usr/bin/env python3
"""--format html in a real browser: Debian's chromium renders the report of
fixture directories headless (the page holds no script at all, which the test
checks: headless chromium's --dump-dom and --screenshot need scripting on);
the test reads the DOM it
dumps and checks that every finding of the JSON output of the same run is
there with its message, that every step of its path is shown, numbered in
order, in the step list and (when it lies in the function) on its source line,
that every in-page link has its target, that the page loads nothing from
elsewhere, and that the summary's counts are the findings'. It also takes a
screenshot of each report (written next to the test's output, for a person to
look at) and checks that it is a real, non-blank image.
usage: test_html_report.py CHECKER OUT_DIR FIXTURE_DIR..."""
import html.parser
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

from testlib import report


class Dom(html.parser.HTMLParser):
    """The element tree, enough for ids, classes, text and ancestry."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = {"tag": "#root", "attrs": {}, "children": [], "parent": None, "text": []}
        self.cur = self.root
        self.by_id = {}
        self.all = []

    VOID = {"meta", "link", "br", "img", "hr", "input", "source", "col", "area", "base", "wbr", "embed"}

    def handle_starttag(self, tag, attrs):
        el = {"tag": tag, "attrs": dict(attrs), "children": [], "parent": self.cur, "text": []}
        self.cur["children"].append(el)
        self.all.append(el)
        if "id" in el["attrs"]:
            self.by_id.setdefault(el["attrs"]["id"], el)
        if tag not in self.VOID:
            self.cur = el

    def handle_endtag(self, tag):
        el = self.cur
        while el is not self.root and el["tag"] != tag:
            el = el["parent"]
        if el is not self.root:
            self.cur = el["parent"]

    def handle_data(self, data):
        self.cur["children"].append(data)


def text(el):
    out = []
    for c in el["children"]:
        out.append(c if isinstance(c, str) else text(c))
    return "".join(out)


def norm(s):
    return " ".join(s.split())


def classes(el):
    return el["attrs"].get("class", "").split()


def find_all(el, pred):
    for c in el["children"]:
        if isinstance(c, str):
            continue
        if pred(c):
            yield c
        yield from find_all(c, pred)


def ancestors(el):
    p = el["parent"]
    while p is not None:
        yield p
        p = p["parent"]


def png_is_real(path):
    """A PNG whose pixels are not all one colour (decoded with zlib alone)."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return False, "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    idat, pos = b"", 8
    while pos < len(data):
        n = struct.unpack(">I", data[pos:pos + 4])[0]
        kind = data[pos + 4:pos + 8]
        if kind == b"IDAT":
            idat += data[pos + 8:pos + 8 + n]
        pos += 12 + n
    raw = zlib.decompress(idat)
    distinct = len(set(raw[::97]))
    return width > 0 and height > 0 and distinct > 8, f"{width}x{height}, {distinct} distinct sampled bytes"


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        p = shutil.which(name)
        if p:
            return p
    return None


def browse(browser, page, profile, extra):
    cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
           "--no-first-run", f"--user-data-dir={profile}", "--window-size=1280,2400"] + extra + \
          ["file://" + os.path.abspath(page)]
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    return p


def check_report(checker, browser, fixture_dir, out_dir, check):
    name = os.path.basename(os.path.normpath(fixture_dir))
    files = sorted(os.path.join(r, f) for r, _, fs in os.walk(fixture_dir) for f in fs if f.endswith(".c"))
    flags = ["--", "-I" + fixture_dir]
    js = json.loads(subprocess.run([checker, "--format", "json"] + files + flags, capture_output=True,
                                   text=True, timeout=300).stdout)
    findings = js["findings"]
    run = subprocess.run([checker, "--format", "html"] + files + flags, capture_output=True, text=True, timeout=300)
    check(f"{name}: html exits as json does (1: findings)", run.returncode == (1 if findings else 0),
          f"exit {run.returncode}: {run.stderr[-300:]}")
    page = os.path.join(out_dir, f"html_report_{name}.html")
    with open(page, "w") as fh:
        fh.write(run.stdout)
    raw = run.stdout
    check(f"{name}: self-contained (no script, no external style, font or image)",
          not re.search(r"<script|<link|<img|<iframe|<object|<embed|\bsrc\s*=|@import|url\(|@font-face", raw, re.I)
          and not re.search(r'href="(?!#)', raw))

    with tempfile.TemporaryDirectory() as profile:
        dumped = browse(browser, page, profile, ["--dump-dom"])
        check(f"{name}: chromium renders the page", dumped.returncode == 0 and "</html>" in dumped.stdout,
              dumped.stderr[-400:])
        shot = os.path.join(out_dir, f"html_report_{name}.png")
        if os.path.exists(shot):
            os.remove(shot)
        taken = browse(browser, page, profile, [f"--screenshot={shot}"])
        ok = taken.returncode == 0 and os.path.exists(shot)
        real, detail = png_is_real(shot) if ok else (False, taken.stderr[-300:])
        check(f"{name}: a screenshot is taken and is not blank ({shot})", real, detail)

    dom = Dom()
    dom.feed(dumped.stdout)
    h1 = [e for e in dom.all if e["tag"] == "h1"]
    check(f"{name}: one h1, then h2 sections", len(h1) == 1 and
          {"summary-h", "findings-h"} <= {e["attrs"].get("id") for e in dom.all if e["tag"] == "h2"})
    articles = [e for e in dom.all if e["tag"] == "article" and "finding" in classes(e)]
    check(f"{name}: one article per finding of the JSON output", len(articles) == len(findings),
          f"{len(articles)} vs {len(findings)}")
    bad_heading, bad_message, bad_steps, bad_source, hidden = [], [], [], [], []
    for i, (art, f) in enumerate(zip(articles, findings), 1):
        h3 = [e for e in find_all(art, lambda e: e["tag"] == "h3")]
        where = f"{f['file']}:{f['line']}:{f['column']}"
        if not h3 or f["rule"] not in text(h3[0]) or where not in text(h3[0]):
            bad_heading.append(where)
        msgs = [norm(text(e)) for e in find_all(art, lambda e: "message" in classes(e))]
        if norm(f["message"].replace("`", "")) not in msgs:
            bad_message.append(where)
        steps = [e for e in find_all(art, lambda e: e["tag"] == "li" and "step" in classes(e))]
        path = f["path"]
        if len(steps) != len(path):
            bad_steps.append(f"{where}: {len(steps)} shown, {len(path)} in the path")
            continue
        for j, (li, st) in enumerate(zip(steps, path), 1):
            t = norm(text(li))
            badge = next(find_all(li, lambda e: "badge" in classes(e)), None)
            if li["attrs"].get("id") != f"f{i}-s{j}" or badge is None or norm(text(badge)) != str(j) or \
                    norm(st["message"].replace("`", "")) not in t:
                bad_steps.append(f"{where}: step {j}: {t[:80]!r}")
            if any(a["tag"] == "details" and "open" not in a["attrs"] for a in ancestors(li)):
                hidden.append(f"{where}: step {j}")
            note = dom.by_id.get(f"f{i}-n{j}")
            if note is not None:  # on its line of the function's source
                row = next((a for a in ancestors(note) if a["tag"] == "tr"), None)
                rows = row["parent"]["children"] if row else []
                k = next((n for n, r in enumerate(rows) if r is row), 0)
                prev = next((r for r in reversed(rows[:k]) if not isinstance(r, str)
                             and r["attrs"].get("id", "").startswith(f"f{i}-l")), None)
                if prev is None or prev["attrs"]["id"] != f"f{i}-l{st['line']}" or \
                        "hl" not in classes(prev) or norm(st["message"].replace("`", "")) not in norm(text(note)):
                    bad_source.append(f"{where}: step {j} not under line {st['line']}")
            elif os.path.realpath(st["file"]) == os.path.realpath(f["file"]) and \
                    f"f{i}-l{st['line']}" in dom.by_id:
                bad_source.append(f"{where}: step {j} on a shown line without its note")
    check(f"{name}: every finding's heading names its rule and place", not bad_heading, bad_heading[:3])
    check(f"{name}: every finding's message is shown", not bad_message, bad_message[:3])
    check(f"{name}: every step of every path is listed, numbered in order", not bad_steps, bad_steps[:3])
    check(f"{name}: no step is hidden in a closed <details>", not hidden, hidden[:3])
    check(f"{name}: each step in the function is shown under its highlighted source line", not bad_source,
          bad_source[:3])
    n_steps = sum(len(f["path"]) for f in findings)
    n_notes = sum(1 for e in dom.all if re.fullmatch(r"f\d+-n\d+", e["attrs"].get("id", "")))
    check(f"{name}: the source shows most steps ({n_notes} of {n_steps})", n_steps == 0 or n_notes * 2 >= n_steps)

    links = [e["attrs"]["href"][1:] for e in dom.all if e["tag"] == "a" and e["attrs"].get("href", "").startswith("#")]
    missing = sorted({l for l in links if l not in dom.by_id})
    check(f"{name}: every in-page link has its target ({len(links)} links)", links and not missing, missing[:5])
    sources = [e for e in dom.all if "source" in classes(e)]
    check(f"{name}: source regions are focusable (keyboard scrolling)",
          all(e["attrs"].get("tabindex") == "0" and e["attrs"].get("aria-label") for e in sources))

    by_rule = dom.by_id.get("by-rule")
    counts = {}
    for tr in find_all(by_rule, lambda e: e["tag"] == "tr") if by_rule else []:
        cells = [norm(text(c)) for c in tr["children"] if not isinstance(c, str)]
        if cells and re.fullmatch(r"OSSL\d{3}", cells[0]):
            counts[cells[0]] = int(cells[2].split()[0])
    want = {}
    for f in findings:
        want[f["rule"]] = want.get(f["rule"], 0) + 1
    check(f"{name}: the summary counts findings per rule", {k: v for k, v in counts.items() if v} == want,
          f"{counts} vs {want}")
    by_file = dom.by_id.get("by-file")
    file_counts = {}
    for tr in find_all(by_file, lambda e: e["tag"] == "tr") if by_file else []:
        cells = [norm(text(c)) for c in tr["children"] if not isinstance(c, str)]
        if len(cells) == 2 and cells[1].isdigit():
            file_counts[cells[0]] = int(cells[1])
    want_files = {}
    for f in findings:
        want_files[f["file"]] = want_files.get(f["file"], 0) + 1
    check(f"{name}: the summary counts findings per file", file_counts == want_files)
    run_text = norm(text(dom.by_id["summary"])) if "summary" in dom.by_id else ""
    check(f"{name}: the summary names the inputs and the model",
          all(os.path.basename(p) in run_text for p in files[:3]) and "openssl-api.yaml" in run_text
          and "fnv1a64:" in run_text)
    return len(findings), n_steps


def main(argv):
    checker, out_dir, dirs = argv[1], argv[2], argv[3:]
    os.makedirs(out_dir, exist_ok=True)
    browser = chromium()
    if not browser:
        print("FAIL chromium is not installed (scripts/setup installs Debian's chromium)")
        return 1
    checks = []

    def check(name, cond, detail=""):
        checks.append((name, bool(cond), detail))

    total = [0, 0]
    for d in dirs:
        n, s = check_report(checker, browser, d, out_dir, check)
        total[0] += n
        total[1] += s
    check("the fixtures give findings with paths to check", total[0] > 0 and total[1] > total[0],
          f"{total[0]} findings, {total[1]} steps")
    return report(checks, f" ({total[0]} findings, {total[1]} steps)")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
