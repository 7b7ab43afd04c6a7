#!/usr/bin/env python3
"""--write-baseline / --baseline: findings already in the baseline are not
reported even after the lines move; a new finding is; a broken baseline is a
one-line error with exit 2. usage: test_baseline.py CHECKER FIXTURE"""
import os
import shutil
import subprocess
import sys
import tempfile

from testlib import report

NEW_BUG = """
int added_later(SSL *s, char *b)
{
	int n = SSL_read(s, b, 4), e = SSL_get_error(s, n);
	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE;
}
"""


def run(args, cwd):
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=60)


def main(argv):
    checker, fixture = os.path.abspath(argv[1]), argv[2]
    tmp = tempfile.mkdtemp(prefix="ossl-lint-baseline-")
    results = []
    try:
        shutil.copy(fixture, os.path.join(tmp, "x.c"))
        first = run([checker, "x.c"], tmp)
        results.append(("the fixture has findings", first.returncode == 1))
        w = run([checker, "--write-baseline", "base.json", "x.c"], tmp)
        results.append(("--write-baseline exits 0 and writes the file",
                        w.returncode == 0 and os.path.exists(os.path.join(tmp, "base.json"))))
        src = open(os.path.join(tmp, "x.c")).read()
        open(os.path.join(tmp, "x.c"), "w").write("/* moved */\n\n\n" + src)
        b = run([checker, "--baseline", "base.json", "x.c"], tmp)
        results.append(("baselined findings stay hidden after lines move",
                        b.returncode == 0 and b.stdout == ""))
        open(os.path.join(tmp, "x.c"), "a").write(NEW_BUG)
        n = run([checker, "--baseline", "base.json", "x.c"], tmp)
        lines = [l for l in n.stdout.splitlines() if ": warning: " in l]
        results.append(("a new finding is reported",
                        n.returncode == 1 and len(lines) == 1 and "OSSL001" in lines[0]))
        open(os.path.join(tmp, "bad.json"), "w").write('{"version": 1, "findings": [')
        bad = run([checker, "--baseline", "bad.json", "x.c"], tmp)
        results.append(("a broken baseline: one line naming it, exit 2",
                        bad.returncode == 2 and sum("bad.json" in l for l in bad.stderr.splitlines()) == 1))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return report(results)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
