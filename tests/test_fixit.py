#!/usr/bin/env python3
"""--fix: on copies of the OSSL001 fixtures, every finding that shows a fix-it
is gone after --fix (and no other finding appears), the file still compiles,
a second --fix changes nothing, and a file with parse errors is never touched.
--fix prints the findings of the file it was given, so the first --fix tells the
findings before and the second those after (two runs of the checker per file).
usage: test_fixit.py CHECKER CC FIXTURE_DIR"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

from testlib import report_failures

FINDING = re.compile(r"^(.*?):(\d+):(\d+): warning: .* \[(OSSL\d+)-[a-z-]+\]$")


def fix(checker, path):
    """Runs --fix on path: the findings it printed (those of the file as it was) and how many
    OSSL001 fix-its it applied."""
    out = subprocess.run([checker, "--fix", path], capture_output=True, text=True, timeout=60).stdout
    found, fixable, last = [], 0, None
    for line in out.splitlines():
        m = FINDING.match(line)
        if m:
            last = m.group(4)
            found.append(last)
        elif line.startswith("fix-it:") and line.endswith("(applied)") and last == "OSSL001":
            fixable += 1
    return found, fixable


def main(argv):
    checker, cc, fixture_dir = argv[1:4]
    failures, passed = [], 0
    tmp = tempfile.mkdtemp(prefix="ossl-lint-fix-")
    try:
        total_fixed = 0
        for name in sorted(os.listdir(fixture_dir)):
            if not name.endswith(".c"):
                continue
            path = os.path.join(tmp, name)
            shutil.copy(os.path.join(fixture_dir, name), path)
            before, fixable = fix(checker, path)
            fixed = open(path).read()
            if not fixable:  # nothing applied: the file is as it was, so are its findings
                if fixed != open(os.path.join(fixture_dir, name)).read():
                    failures.append(f"{name}: --fix changed the file but applied no fix-it")
                else:
                    passed += 1
                continue
            problems = []
            if fixed == open(os.path.join(fixture_dir, name)).read():
                problems.append(f"--fix said it applied {fixable} fix-its but left the file as it was")
            after, again = fix(checker, path)  # the findings of the fixed file
            expect_after = sorted(before)
            for _ in range(fixable):
                expect_after.remove("OSSL001")
            if sorted(after) != expect_after:
                problems.append(f"after --fix {sorted(after)}, expected {expect_after}")
            if again or open(path).read() != fixed:
                problems.append("a second --fix changed the file")
            cp = subprocess.run([cc, "-std=c11", "-fsyntax-only", "-Wall", "-Wextra", "-Werror",
                                 "-D_POSIX_C_SOURCE=200809L", path], capture_output=True, text=True)
            if cp.returncode:
                problems.append("does not compile after --fix: " + cp.stderr.strip())
            total_fixed += fixable
            if problems:
                failures.append(f"{name}: " + "; ".join(problems))
            else:
                passed += 1
        if total_fixed == 0:
            failures.append("no fixture had a fix-it")
        broken = os.path.join(tmp, "broken.c")
        src = ("#include <openssl/ssl.h>\nint f(SSL *s, char *b) {\n  int n = SSL_read(s, b, 4);\n"
               "  return SSL_get_error(s, n) syntax error here;\n}\n")
        open(broken, "w").write(src)
        p = subprocess.run([checker, "--fix", broken], capture_output=True, text=True, timeout=60)
        if open(broken).read() != src or "parse errors" not in p.stderr or p.returncode != 2:
            failures.append(f"a file with parse errors was fixed or not reported: {p.stderr!r}")
        else:
            passed += 1
        print(f"fix-its applied: {total_fixed}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return report_failures(passed, failures)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
