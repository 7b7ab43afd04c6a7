#!/usr/bin/env python3
"""scripts/audit on a small tree: it writes summary.txt with the counts per rule
and per file that the checker's own output gives, a SARIF 2.1.0 file that
validates, and the HTML report with every finding. usage: test_audit.py CHECKER AUDIT_SCRIPT SCHEMA TREE"""
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
    return report(results)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
