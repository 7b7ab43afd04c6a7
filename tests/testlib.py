"""Shared by the test scripts: print each named check and the closing line."""


def report(results, tail=""):
    """results: [(name, ok)] or [(name, ok, detail)] (the detail is printed after a failure).
    Prints ok/FAIL lines and 'N passed, N failed' (then tail); returns the exit status."""
    for name, ok, *detail in results:
        print(("ok   " if ok else "FAIL ") + name + (f": {detail[0]}" if detail and detail[0] and not ok else ""))
    failed = sum(not r[1] for r in results)
    print(f"{len(results) - failed} passed, {failed} failed{tail}")
    return 1 if failed or not results else 0


def report_failures(passed, failures):
    """passed: how many checks passed; failures: their messages. Prints FAIL lines and
    'N passed, N failed'; returns the exit status (1 also when nothing passed)."""
    for f in failures:
        print("FAIL " + f)
    print(f"{passed} passed, {len(failures)} failed")
    return 1 if failures or not passed else 0
