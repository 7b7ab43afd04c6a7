#!/usr/bin/env python3
"""scripts/audit on a small tree: it writes summary.txt with the counts per rule
and per file that the checker's own output gives, a SARIF 2.1.0 file that
validates, and the HTML report with every finding; and its corpus mode on a corpus of two projects made
here, with a verdicts file that gives a TP, an FP, leaves a finding untriaged and has a stale
verdict, and one whose verdicts file is malformed. usage: test_audit.py CHECKER AUDIT_SCRIPT SCHEMA TREE"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

from testlib import report

import jsonschema


def main(argv):
    checker, audit, schema, tree = argv[1:5]
    out = tempfile.mkdtemp(prefix="ossl-lint-audit-")
    results = []
    try:
        p = subprocess.run([sys.executable, audit, "--checker", checker, "--no-db", tree, out],
                           capture_output=True, text=True, timeout=300)
        files = sorted(os.path.join(tree, f) for f in os.listdir(tree) if f.endswith(".c"))
        direct = subprocess.run([checker] + files, capture_output=True, text=True, timeout=300)
        want = {}
        for line in direct.stdout.splitlines():
            m = re.search(r"\[(OSSL\d{3})-", line)
            if m and ": warning: " in line:
                want[m.group(1)] = want.get(m.group(1), 0) + 1
        results.append(("the audit exits like the checker", p.returncode == direct.returncode))
        summary = open(os.path.join(out, "summary.txt")).read()
        results.append(("summary.txt has each rule's count",
                        want and all(re.search(rf"{r}\D+{n}\b", summary) for r, n in want.items())))
        sarif = json.load(open(os.path.join(out, "findings.sarif")))
        try:
            jsonschema.validate(sarif, json.load(open(schema)))
            valid = True
        except jsonschema.ValidationError:
            valid = False
        results.append(("findings.sarif is valid SARIF 2.1.0 with every finding",
                        valid and len(sarif["runs"][0]["results"]) == sum(want.values())))
        page = os.path.join(out, "report.html")
        html = open(page).read() if os.path.exists(page) else ""
        results.append(("report.html is the checker's HTML report with every finding",
                        html.rstrip().endswith("</html>") and
                        html.count('<article class="finding"') == sum(want.values())
                        and "report.html" in summary))
    finally:
        shutil.rmtree(out, ignore_errors=True)
    results += corpus_checks(checker, audit, tree)
    return report(results)


def corpus_checks(checker, audit, tree):
    """--corpus with verdicts: counts, the share, the untriaged and stale lists, --projects,
    a malformed verdicts file."""
    results = []
    work = tempfile.mkdtemp(prefix="ossl-lint-corpus-")
    try:
        root, corpus = os.path.join(work, "trees"), os.path.join(work, "corpus")
        os.makedirs(corpus)
        for name in ("one", "two"):
            shutil.copytree(tree, os.path.join(root, name, "src"))
            with open(os.path.join(corpus, name + ".sh"), "w") as f:
                f.write('R="${AUDIT_ROOT:-/tmp/audit}"\nB="${1:-ossl-lint}"\n'
                        f'exec "$B" "$R/{name}/src/"*.c\n')
        direct = subprocess.run([checker] + sorted(os.path.join(root, "one", "src", f)
                                                   for f in os.listdir(tree) if f.endswith(".c")),
                                capture_output=True, text=True, timeout=300)
        places = []
        for line in direct.stdout.splitlines():
            m = re.match(r"(.+?):(\d+):\d+: warning: .*\[(OSSL\d{3})-", line)
            if m:
                places.append((os.path.relpath(m.group(1), os.path.join(root, "one")) + ":" + m.group(2),
                               m.group(3)))
        results.append(("the tree gives at least three findings", len(places) >= 3))
        with open(os.path.join(corpus, "one.verdicts"), "w") as f:
            f.write("# one: verdicts\n")
            f.write(f"{places[0][0]}\t{places[0][1]}\tTP\ta true one\n")
            f.write(f"{places[1][0]}\t{places[1][1]}\tFP\ta false one\n")
            f.write("src/gone.c:7\tOSSL001\tFP\tno longer reported\n")
        with open(os.path.join(corpus, "two.verdicts"), "w") as f:
            f.write("src/x.c:1 OSSL001 TP spaces, not tabs\n")
        env = dict(os.environ, AUDIT_ROOT=root)
        run = subprocess.run([sys.executable, audit, "--corpus", corpus, "--checker", checker],
                             capture_output=True, text=True, timeout=600, env=env)
        n = len(places)
        results.append(("corpus: a malformed verdicts file fails the run and is named with its line",
                        run.returncode == 2 and "two.verdicts:1: malformed verdict" in run.stderr))
        results.append(("corpus: the project's row gives 1 TP, 1 FP and the rest untriaged",
                        re.search(rf"^one\s.*\s{n}\s+1\s+1\s+{n - 2}\s+ok$", run.stdout, re.M) is not None))
        results.append(("corpus: the share of false positives among the triaged, 50.0%",
                        "2 findings triaged, 1 TP / 1 FP: false positives 50.0% of the triaged; "
                        f"{n - 2} untriaged; 1 stale verdict(s)" in run.stdout))
        results.append(("corpus: the untriaged findings and the stale verdict are listed",
                        f"untriaged: one: {places[2][0]} {places[2][1]}" in run.stdout
                        and "stale: one: src/gone.c:7 OSSL001 (FP)" in run.stdout))
        with open(os.path.join(work, "list"), "w") as f:
            f.write("# only one\none\n")
        only = subprocess.run([sys.executable, audit, "--corpus", corpus, "--checker", checker,
                               "--projects", os.path.join(work, "list")],
                              capture_output=True, text=True, timeout=600, env=env)
        results.append(("corpus --projects: only the listed project runs",
                        only.returncode == 0 and re.search(r"^one\s", only.stdout, re.M) is not None
                        and re.search(r"^two\s", only.stdout, re.M) is None
                        and "1 of 1 project(s) run" in only.stdout))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return results


if __name__ == "__main__":
    sys.exit(main(sys.argv))
