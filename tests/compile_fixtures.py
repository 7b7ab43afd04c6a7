#!/usr/bin/env python3
"""Every fixture is real C: it must pass `cc -fsyntax-only` with warnings as
errors against the real OpenSSL headers. usage: compile_fixtures.py CC DIR..."""
import os
import subprocess
import sys


def main(argv):
    cc, dirs = argv[1], argv[2:]
    files = sorted(os.path.join(r, f) for d in dirs for r, _, fs in os.walk(d)
                   for f in fs if f.endswith(".c"))
    failed = 0
    for path in files:
        p = subprocess.run([cc, "-std=c11", "-fsyntax-only", "-Wall", "-Wextra", "-Werror",
                            "-D_POSIX_C_SOURCE=200809L", "-I" + os.path.dirname(path), path],
                           capture_output=True, text=True)
        if p.returncode:
            failed += 1
            print(f"FAIL {path}\n{p.stderr}")
    print(f"{len(files) - failed} passed, {failed} failed")
    return 1 if failed or not files else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
