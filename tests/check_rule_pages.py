#!/usr/bin/env python3
"""Every rule the checker registers has its page rules/ID-NAME.md with the fixed
sections, and every page belongs to a registered rule.
usage: check_rule_pages.py CHECKER RULES_DIR"""
import os
import re
import subprocess
import sys

from testlib import report_failures

SECTIONS = ["## What it finds", "## Why it matters", "## Bad", "## Fixed",
            "## How to suppress", "## Known limits"]


def main(argv):
    checker, rules_dir = argv[1], argv[2]
    listed = [l.split() for l in subprocess.run([checker, "--list-rules"], capture_output=True,
                                               text=True, check=True).stdout.splitlines()]
    failures, passed = [], 0
    for rule_id, name in listed:
        page = os.path.join(rules_dir, f"{rule_id}-{name}.md")
        if not os.path.exists(page):
            failures.append(f"{rule_id}: no page {page}")
            continue
        text = open(page, encoding="utf-8").read()
        missing = [s for s in SECTIONS if s not in text]
        if not text.startswith(f"# {rule_id} {name}"):
            missing.insert(0, f"title '# {rule_id} {name}'")
        if missing:
            failures.append(f"{page}: missing {', '.join(missing)}")
        else:
            passed += 1
    ids = {r[0] for r in listed}
    for f in sorted(os.listdir(rules_dir)):
        m = re.match(r"(OSSL\d+)-.*\.md$", f)
        if m and m.group(1) not in ids:
            failures.append(f"{f}: page of a rule the checker does not register")
    return report_failures(passed, failures)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
