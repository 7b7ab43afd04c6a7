#!/usr/bin/env python3
"""The translation-unit cache (--cache, -p's BUILD_DIR/.ossl-lint-cache), shards and --merge.

usage: test_cache.py OSSL_LINT TESTDATA_DIR

- every fixture directory (all its .c files in one run): the output and exit status without a
  cache, with a cold cache and with a warm one are identical (JSON, and the HTML report with the
  findings' paths), and the warm run rewrites no entry;
- damaged entries (truncated, a flipped byte, garbage, another checker's, a leftover temporary
  file) change nothing in the output but one note on stderr, and are rebuilt;
- runs sharing one cache at the same time each report what a run without the cache reports;
- a project with a compilation database where one file, then a header, changes between runs:
  the cached run equals an uncached one and rewrites exactly the entries of the units that
  read the changed file;
- --shard K/N parses only its share; --merge over the shards' caches reports exactly what one
  run reports, parses nothing, and fails (exit 2, one line) when a shard is missing.
Prints one line per case and "N passed, N failed"; exits 1 on any failure.
"""
import concurrent.futures
import json
import os
import shutil
import subprocess
import sys
import tempfile

TIMEOUT = 300


class Failure(Exception):
    pass


def run(checker, args, cwd=None):
    p = subprocess.run([checker] + args, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT)
    if p.returncode not in (0, 1, 2):
        raise Failure("%s exited %d:\n%s" % (" ".join(args), p.returncode, p.stderr))
    return p.returncode, p.stdout, p.stderr


def entries(cache):
    """entry name -> inode (a rewrite renames a new file into place)."""
    if not os.path.isdir(cache):
        return {}
    return {f: os.stat(os.path.join(cache, f)).st_ino for f in os.listdir(cache) if f.endswith(".tu")}


def same(what, a, b):
    if a != b:
        raise Failure("%s differs:\n--- expected (exit %d)\n%s%s\n--- got (exit %d)\n%s%s"
                      % (what, a[0], a[1], a[2], b[0], b[1], b[2]))


def html_without_command(result):
    """The HTML report names the command line (with or without --cache): left out."""
    status, out, err = result
    return status, "".join(l for l in out.splitlines(True) if "<dt>Command</dt>" not in l), err


def fixture_dirs(testdata):
    for root, dirs, files in os.walk(testdata):
        dirs.sort()
        sources = sorted(os.path.join(root, f) for f in files if f.endswith(".c"))
        if sources:
            yield root, sources


def case_fixture_directories(checker, testdata, tmp):
    # the directories are independent: two at a time (the test is the longest one of ctest's)
    dirs = list(fixture_dirs(testdata))
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        for f in [pool.submit(check_fixture_directory, checker, d, sources, os.path.join(tmp, "fixtures-%d" % n))
                  for n, (d, sources) in enumerate(dirs)]:
            f.result()  # raises the first directory's Failure
    if len(dirs) < 10:
        raise Failure("only %d fixture directories found" % len(dirs))


def check_fixture_directory(checker, d, sources, cache):
    """Two runs parse: one without the cache (JSON), and the cold run, which fills the cache
    and reports from the units it just parsed, as a run without the cache does (HTML: each
    finding's path, the blocks' places and conditions). The warm runs read every unit from the
    cache and must give both reports again."""
    args = ["--format", "json"] + sources + ["--", "-I" + d]
    html = ["--format", "html"] + args[2:]
    plain = run(checker, ["--no-cache"] + args)
    cold = html_without_command(run(checker, ["--cache", cache] + html))
    if (cold[0], cold[2]) != (plain[0], plain[2]):
        raise Failure("%s: the cold cached run exited %d (stderr %r), the run without the cache %d (%r)"
                      % (d, cold[0], cold[2], plain[0], plain[2]))
    before = entries(cache)
    if len(before) != len(sources):
        raise Failure("%s: %d entries for %d files" % (d, len(before), len(sources)))
    warm = run(checker, ["--cache", cache] + args)
    same("%s: the warm cached run" % d, plain, warm)
    same("%s: the warm cached run's HTML report" % d, cold,
         html_without_command(run(checker, ["--cache", cache] + html)))
    if entries(cache) != before:
        raise Failure("%s: the warm runs rewrote entries" % d)


def damage(path, how):
    data = open(path, "rb").read()
    if how == "truncated":
        data = data[: len(data) // 2]
    elif how == "flipped":
        i = len(data) * 2 // 3
        data = data[:i] + bytes([data[i] ^ 0x40]) + data[i + 1:]
    elif how == "garbage":
        data = b"not a cache entry at all\n" * 3
    elif how == "foreign":  # another checker build: its id in the header
        data = data[:16] + bytes(8 * [0x5A]) + data[24:]
    elif how == "empty":
        data = b""
    open(path, "wb").write(data)


def case_damaged_entries(checker, testdata, tmp):
    d = os.path.join(testdata, "OSSL001")
    sources = sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".c"))
    args = ["--format", "json"] + sources + ["--", "-I" + d]
    plain = run(checker, ["--no-cache"] + args)
    cache = os.path.join(tmp, "damaged")
    run(checker, ["--cache", cache] + args)
    names = sorted(entries(cache))
    kinds = ["truncated", "flipped", "garbage", "foreign", "empty"]
    for name, how in zip(names, kinds):
        damage(os.path.join(cache, name), how)
    # half-written entries of runs that were killed: never read, never in the way; an old one
    # is removed, a recent one (perhaps a live run's) is left alone
    old, recent = (os.path.join(cache, names[0] + ".tmp.9999%d.0" % i) for i in (8, 9))
    for t in (old, recent):
        open(t, "wb").write(b"OSSLCACH\x01")
    os.utime(old, (1, 1))
    status, out, err = run(checker, ["--cache", cache] + args)
    same("the run over damaged entries (stdout)", plain[:2], (status, out))
    notes = [l for l in err.splitlines() if "cache entr" in l]
    if len(notes) != 2 or "4 damaged cache entries" not in notes[0] or "another build" not in notes[1]:
        raise Failure("expected one note for the damaged entries and one for the foreign one:\n" + err)
    if err.replace("\n".join(notes) + "\n", "") != plain[2]:
        raise Failure("stderr differs beyond the notes:\n" + err)
    again = run(checker, ["--cache", cache] + args)
    same("the run after the rebuild", plain, again)
    if os.path.exists(old) or not os.path.exists(recent):
        raise Failure("the old temporary file should be gone and the recent one kept")


def case_concurrent_runs(checker, testdata, tmp):
    """Two runs filling one cache at the same time: each writes through a temporary file and a
    rename, so neither reads a half-written entry and the cache ends up whole."""
    d = os.path.join(testdata, "OSSL003")
    sources = sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".c"))
    args = ["--format", "json"] + sources + ["--", "-I" + d]
    plain = run(checker, ["--no-cache"] + args)
    cache = os.path.join(tmp, "concurrent")
    for attempt in range(3):
        procs = [subprocess.Popen([checker, "--cache", cache] + args, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for _ in range(2)]
        for p in procs:
            out, err = p.communicate(timeout=TIMEOUT)
            same("a run sharing the cache with another (attempt %d)" % attempt, plain, (p.returncode, out, err))
    warm = run(checker, ["--cache", cache] + args)
    same("the run after the concurrent ones", plain, warm)
    left = [f for f in os.listdir(cache) if not f.endswith(".tu")]
    if left or len(entries(cache)) != len(sources):
        raise Failure("the cache holds %s besides %d entries" % (left, len(entries(cache))))


def write_db(build, src, files, flags):
    db = [{"directory": build, "file": os.path.join(src, f),
           "arguments": ["cc", "-c"] + flags + [os.path.join(src, f), "-o", f + ".o"]} for f in files]
    with open(os.path.join(build, "compile_commands.json"), "w") as fh:
        json.dump(db, fh)


def project_copy(testdata, tmp, name):
    src = os.path.join(tmp, name, "src")
    shutil.copytree(os.path.join(testdata, "project"), src)
    build = os.path.join(tmp, name, "build")
    os.makedirs(build)
    files = sorted(f for f in os.listdir(src) if f.endswith(".c"))
    write_db(build, src, files, ["-I" + src])
    return src, build, files


def edit(path, old, new):
    text = open(path).read()
    if old not in text:
        raise Failure("%s: no %r to change" % (path, old))
    open(path, "w").write(text.replace(old, new, 1))


def case_one_file_changes(checker, testdata, tmp):
    src, build, files = project_copy(testdata, tmp, "changes")
    cache = os.path.join(build, ".ossl-lint-cache")
    status, out, err = run(checker, ["-p", build])
    if len(entries(cache)) != len(files):
        raise Failure("the first -p run did not fill %s:\n%s" % (cache, err))
    first = run(checker, ["-p", build, "--no-cache"])
    same("the warm -p run", first, run(checker, ["-p", build]))
    # one source changes: its helper no longer clears the queue (the other units' findings change)
    before = entries(cache)
    edit(os.path.join(src, "tls_helpers.c"), "ERR_clear_error();", ";")
    plain = run(checker, ["-p", build, "--no-cache"])
    cached = run(checker, ["-p", build])
    same("the run after one file changed", plain, cached)
    if plain[1] == first[1]:
        raise Failure("the change did not change the findings: the case tests nothing")
    after = entries(cache)
    changed = sorted(n for n in after if after[n] != before.get(n))
    if len(changed) != 1:
        raise Failure("%d entries rewritten after one file changed, not 1" % len(changed))
    # the header every unit includes changes: every entry is rebuilt
    before = after
    with open(os.path.join(src, "conn.h"), "a") as fh:
        fh.write("\nint conn_unused_declaration(void);\n")
    same("the run after the header changed", run(checker, ["-p", build, "--no-cache"]), run(checker, ["-p", build]))
    after = entries(cache)
    if any(after[n] == before[n] for n in before):
        raise Failure("an entry of a unit that includes the changed header was kept")
    # a flag changes: the unit's entry is a new one
    write_db(build, src, files, ["-I" + src, "-DSOMETHING=1"])
    same("the run after the flags changed", run(checker, ["-p", build, "--no-cache"]), run(checker, ["-p", build]))


def case_shards_and_merge(checker, testdata, tmp):
    src, build, files = project_copy(testdata, tmp, "shards")
    one = run(checker, ["-p", build, "--no-cache", "--format", "json"])
    dirs = [os.path.join(tmp, "shard-%d" % k) for k in (1, 2, 3)]
    total = 0
    for k, d in enumerate(dirs, 1):
        status, out, err = run(checker, ["-p", build, "--shard", "%d/3" % k, "--cache", d])
        if status != 0 or out:
            raise Failure("shard %d/3: exit %d, output %r" % (k, status, out))
        total += len(entries(d))
    if total != len(files):
        raise Failure("the shards cached %d units, not %d" % (total, len(files)))
    merged = run(checker, ["-p", build, "--merge", "--format", "json"] + sum((["--cache", d] for d in dirs), []))
    same("--merge over the shards", one, merged)
    # a missing shard: one line, exit 2 (a shard's cache that lacks some unit: the paths of this
    # run's temporary directory decide the shares, and may put every unit in one shard)
    partial = [d for d in dirs if len(entries(d)) < len(files)]
    status, out, err = run(checker, ["-p", build, "--merge", "--cache", partial[0]])
    if status != 2 or "--merge" not in err or len(err.splitlines()) != 1:
        raise Failure("--merge with a shard missing: exit %d:\n%s" % (status, err))
    status, out, err = run(checker, ["-p", build, "--shard", "0/3"])
    if status != 2:
        raise Failure("--shard 0/3 accepted")


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    checker, testdata = os.path.abspath(argv[1]), os.path.abspath(argv[2])
    cases = [case_fixture_directories, case_damaged_entries, case_concurrent_runs, case_one_file_changes,
             case_shards_and_merge]
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="ossl-lint-cache-test.") as tmp:
        for case in cases:
            try:
                case(checker, testdata, tmp)
                print("ok   %s" % case.__name__)
                passed += 1
            except (Failure, subprocess.TimeoutExpired) as e:
                print("FAIL %s: %s" % (case.__name__, e))
                failed += 1
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
