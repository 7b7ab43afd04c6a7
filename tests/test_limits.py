#!/usr/bin/env python3
"""Limits: 10,000 nested blocks and a 10,000-branch else-if chain neither crash
nor overflow the stack; a 300-deep chain of wrappers is summarized to the end; a file over --max-file-size and a file that takes longer
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
        # A chain of 300 wrappers: the summaries settle (one function per round).
        for name, inner in (("chain_push.c", "ERR_raise(ERR_LIB_SSL, SSL_R_BAD_LENGTH);"),
                            ("chain_clear.c", "ERR_clear_error();")):
            with open(os.path.join(tmp, name), "w") as f:
                f.write(HEAD + "#include <openssl/err.h>\nvoid w0(void) { " + inner + " }\n")
                f.writelines(f"void w{i}(void) {{ w{i - 1}(); }}\n" for i in range(1, 300))
                f.write("int f(SSL *s, char *b) {\n  w299();\n" + TAIL)
        push, clear = run(["chain_push.c"]), run(["chain_clear.c"])
        results.append(("a 300-deep wrapper chain: a push at its end is seen, and so is a clear",
                        push.returncode == 1 and "OSSL001" in push.stdout and "settled" not in push.stderr
                        and clear.returncode == 0 and not clear.stdout))
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
