#!/usr/bin/env python3
"""--fix: on copies of the OSSL001 fixtures, every finding that shows a fix-it
is gone after --fix (and no other finding appears), the file still compiles,
a second --fix changes nothing, and a file with parse errors is never touched.
usage: test_fixit.py CHECKER CC FIXTURE_DIR"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

from testlib import report_failures

FINDING = re.compile(r"^(.*?):(\d+):(\d+): warning: .* \[(OSSL\d+)-[a-z-]+\]$")


def findings(checker, path):
    out = subprocess.run([checker, path], capture_output=True, text=True, timeout=60).stdout
    found, fixable, last = [], 0, None
    for line in out.splitlines():
        m = FINDING.match(line)
        if m:
            last = m.group(4)
            found.append(last)
        elif line.startswith("fix-it:") and last == "OSSL001":
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
            before, fixable = findings(checker, path)
            subprocess.run([checker, "--fix", path], capture_output=True, timeout=60)
            after, _ = findings(checker, path)
            expect_after = sorted(before)
            for _ in range(fixable):
                expect_after.remove("OSSL001")
            problems = []
            if sorted(after) != expect_after:
                problems.append(f"after --fix {sorted(after)}, expected {expect_after}")
            cp = subprocess.run([cc, "-std=c11", "-fsyntax-only", "-Wall", "-Wextra", "-Werror",
                                 "-D_POSIX_C_SOURCE=200809L", path], capture_output=True, text=True)
            if cp.returncode:
                problems.append("does not compile after --fix: " + cp.stderr.strip())
            text = open(path).read()
            subprocess.run([checker, "--fix", path], capture_output=True, timeout=60)
            if open(path).read() != text:
                problems.append("a second --fix changed the file")
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
