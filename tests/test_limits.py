#!/usr/bin/env python3
"""Limits: 10,000 nested blocks and a 10,000-branch else-if chain neither crash
nor overflow the stack; a file over --max-file-size and a file that takes longer
than --file-timeout get a clear one-line message and exit 2; nothing hangs.
usage: test_limits.py CHECKER"""
import os
import shutil
import subprocess
import sys
import tempfile

from testlib import report

HEAD = "#include <openssl/ssl.h>\n"
TAIL = "  int r = SSL_read(s, b, 4); return SSL_get_error(s, r);\n}\n"


def main(argv):
    checker = os.path.abspath(argv[1])
    tmp = tempfile.mkdtemp(prefix="ossl-lint-limits-")
    results = []

    def run(args, timeout=240):
        return subprocess.run([checker] + args, cwd=tmp, capture_output=True, text=True,
                              timeout=timeout)
    try:
        n = 10000
        with open(os.path.join(tmp, "nested.c"), "w") as f:
            f.write(HEAD + "int f(SSL *s, char *b, int x) {\n" + "{" * n + "x++;" + "}" * n + "\n" + TAIL)
        with open(os.path.join(tmp, "elseif.c"), "w") as f:
            f.write(HEAD + "int g(SSL *s, char *b, int x) {\nif (x == 0) x++;\n")
            f.writelines(f"else if (x == {i}) x++;\n" for i in range(1, n))
            f.write(TAIL)
        p = run(["nested.c"])
        results.append(("10,000 nested blocks: a parse error (clang's bracket limit), no crash",
                        p.returncode == 2 and "nested.c:" in p.stderr and "bracket" in p.stderr))
        p = run(["elseif.c"])
        results.append(("a 10,000-branch else-if chain is analyzed, no stack overflow",
                        p.returncode == 1 and "OSSL001" in p.stdout))
        p = run(["--max-file-size", "1000", "elseif.c"])
        results.append(("--max-file-size: a clear message, exit 2",
                        p.returncode == 2 and "elseif.c: error: too large" in p.stderr))
        with open(os.path.join(tmp, "slow.c"), "w") as f:  # clang takes a while on this one
            f.write(HEAD + "int h(SSL *s, char *b, int x) {\nif (x == 0) x++;\n")
            f.writelines(f"else if (x == {i}) x++;\n" for i in range(1, 60000))
            f.write(TAIL)
        p = run(["--file-timeout", "1", "slow.c"], timeout=60)
        results.append(("--file-timeout: the file is named, exit 2, well before the parse ends",
                        p.returncode == 2 and "slow.c: error: gave up after 1 s" in p.stderr))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return report(results)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
