#!/usr/bin/env python3
"""Every fixture is real C: it must pass `cc -fsyntax-only` with warnings as
errors against the real OpenSSL headers. A fixture of old C says how its
project compiles it, in its top comment: `compile-flags: -std=gnu89 ...` (the
flags may continue on the comment's next lines, each starting with ` *   -`).
usage: compile_fixtures.py CC DIR..."""
import os
import re
import subprocess
import sys


def own_flags(path):
    """The flags a fixture's `compile-flags:` comment gives, or none."""
    with open(path, encoding="utf-8") as fh:
        head = fh.read(4096)
    m = re.search(r"compile-flags:(.*(?:\n \*\s+-.*)*)", head)
    if not m:
        return []
    return [w for w in m.group(1).replace("*/", "").split() if w.startswith("-")]


def main(argv):
    cc, dirs = argv[1], argv[2:]
    files = sorted(os.path.join(r, f) for d in dirs for r, _, fs in os.walk(d)
                   for f in fs if f.endswith(".c"))
    failed = 0
    for path in files:
        p = subprocess.run([cc, "-std=c11", "-fsyntax-only", "-Wall", "-Wextra", "-Werror",
                            "-D_POSIX_C_SOURCE=200809L", "-I" + os.path.dirname(path)]
                           + own_flags(path) + [path],
                           capture_output=True, text=True)
        if p.returncode:
            failed += 1
            print(f"FAIL {path}\n{p.stderr}")
    print(f"{len(files) - failed} passed, {failed} failed")
    return 1 if failed or not files else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
