#!/usr/bin/env python3
"""Run ossl-lint on every fixture and compare with the annotations in it.

A fixture says what it expects on the line of each finding:
    n = SSL_read(ssl, buf, len); // expect: OSSL001
    ERR_print_errors_fp(stderr); // expect: OSSL004, OSSL002
    x = f();                     // expect-todo: OSSL002   (a known miss, counted)
    y = g();                     // expect-fp: OSSL001     (a known false positive, counted)
Every line without an annotation must produce no finding. The run fails on a
missing finding, on an extra one, on a known miss or known false positive
that is gone (so its annotation gets updated), and on an
exit status that does not match (1 with findings, 0 without). Annotations for
rules the checker does not list (--list-rules) are counted as not yet checked.
Every fixture is one run of the checker, except the files under a directory
that holds a ONE_RUN marker: they are one run together (a project whose
summaries cross files, or whose directories have their own configurations),
and a finding in any other file (a header) fails it.

usage: run_fixtures.py CHECKER [--flag=-I...] PATH...   (files or directories)
"""
import os
import re
import subprocess
import sys

EXPECT = re.compile(r"//\s*expect(-todo|-fp)?:\s*(OSSL\d{3}(?:\s*,\s*OSSL\d{3})*)")
FINDING = re.compile(r"^(.*?):(\d+):(\d+): warning: .* \[(OSSL\d+)-[a-z-]+\]$")


def fixture_runs(paths):
    """Lists of files, each list one run of the checker: one file, or every
    file of a directory holding a ONE_RUN marker (a project: its summaries
    cross files)."""
    for p in paths:
        if not os.path.isdir(p):
            yield [p]
            continue
        for root, dirs, files in os.walk(p):
            dirs.sort()
            if "ONE_RUN" in files:  # every .c file below, in one run
                sources = sorted(os.path.join(r, f) for r, _, fs in os.walk(root)
                                 for f in fs if f.endswith(".c"))
                dirs.clear()
                if sources:
                    yield sources
                continue
            for f in sorted(files):
                if f.endswith(".c"):
                    yield [os.path.join(root, f)]


def annotations(path):
    expect, todo, fp = set(), set(), set()
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            m = EXPECT.search(line)
            if not m:
                continue
            for rule in filter(None, (r.strip() for r in m.group(2).split(","))):
                {"-todo": todo, "-fp": fp}.get(m.group(1), expect).add((lineno, rule))
    return expect, todo, fp


def main(argv):
    checker, flags, paths = argv[1], [], []
    for a in argv[2:]:
        if a.startswith("--flag="):
            flags.append(a[len("--flag="):])
        else:
            paths.append(a)
    known = {line.split()[0] for line in subprocess.run(
        [checker, "--list-rules"], capture_output=True, text=True, check=True).stdout.splitlines()}
    failures, checked, todos, fps, unchecked = [], 0, 0, 0, 0
    for run in fixture_runs(paths):
        cmd = [checker] + run + ["--", "-I" + os.path.dirname(run[0])] + flags
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        found = []
        for line in proc.stdout.splitlines():
            m = FINDING.match(line)
            if m:
                found.append((m.group(1), int(m.group(2)), m.group(4)))
        for file, line, rule in found:
            if not any(os.path.samefile(file, path) for path in run):
                failures.append(f"{file}:{line}: unexpected finding {rule} (run of {run[0]})")
        for path in run:
            expect, todo, fp = annotations(path)
            unchecked += len({e for e in expect | todo | fp if e[1] not in known})
            expect = {e for e in expect if e[1] in known}
            todo = {e for e in todo if e[1] in known}
            fp = {e for e in fp if e[1] in known}
            todos += len(todo)
            fps += len(fp)
            got = {(line, rule) for file, line, rule in found if os.path.samefile(file, path)}
            checked += 1
            for line, rule in sorted(expect - got):
                failures.append(f"{path}:{line}: missing finding {rule}")
            for line, rule in sorted(got - expect - todo - fp):
                failures.append(f"{path}:{line}: unexpected finding {rule}")
            for line, rule in sorted(fp - got):
                failures.append(f"{path}:{line}: the known false positive {rule} is gone: "
                                "drop its expect-fp annotation")
            for line, rule in sorted(got & todo):
                failures.append(f"{path}:{line}: {rule} is marked expect-todo but is now found: "
                                "make it an expect")
        if 'had not settled' in proc.stderr:  # the summaries' fixed point hit its cap: findings may be missing
            failures.append(f"{run[0]}: the summaries did not settle; stderr: {proc.stderr.strip()}")
        want_status = 1 if found else 0
        if proc.returncode != want_status:
            failures.append(f"{run[0]}: exit status {proc.returncode}, expected {want_status}; "
                            f"stderr: {proc.stderr.strip()}")
    for f in failures:
        print(f)
    print(f"fixtures: {checked} files, {todos} known misses (expect-todo), "
          f"{fps} known false positives (expect-fp), "
          f"{unchecked} annotations for rules not implemented")
    print(f"{checked - len({f.split(':')[0] for f in failures})} passed, "
          f"{len({f.split(':')[0] for f in failures})} failed")
    return 1 if failures or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
