#!/usr/bin/env python3
"""The git pre-commit hook (scripts/pre-commit) in real git repositories.

usage: test_precommit.py OSSL_LINT PRE_COMMIT_HOOK

Each case makes a fresh repository in one temporary directory (removed at the
end), installs the hook as .git/hooks/pre-commit with OSSL_LINT pointing at the
checker, and commits. Prints one line per case and "N passed, N failed"; exits
1 on any failure. Every subprocess has a timeout.
"""
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile

TIMEOUT = 120  # seconds, for any one git or checker run

HEADERS = "#include <openssl/ssl.h>\n#include <openssl/err.h>\n\n"

BUGGY = HEADERS + """int read_some(SSL *s) {
  char b[4];
  int n = SSL_read(s, b, 4);
  return SSL_get_error(s, n);
}
"""

GOOD = HEADERS + """int read_some(SSL *s, char *b, int len) {
  ERR_clear_error();
  int n = SSL_read(s, b, len);
  if (n > 0) return n;
  switch (SSL_get_error(s, n)) {
  case SSL_ERROR_WANT_READ:
  case SSL_ERROR_WANT_WRITE:
    return 0;
  case SSL_ERROR_ZERO_RETURN:
    return -2;
  default:
    return -1;
  }
}
"""

# Correct unless compiled with -DUSE_BUG.
CONDITIONAL = HEADERS + """int read_some(SSL *s, char *b, int len) {
#ifndef USE_BUG
  ERR_clear_error();
#endif
  int n = SSL_read(s, b, len);
  if (n > 0) return n;
  switch (SSL_get_error(s, n)) {
  case SSL_ERROR_WANT_READ:
  case SSL_ERROR_WANT_WRITE:
    return 0;
  case SSL_ERROR_ZERO_RETURN:
    return -2;
  default:
    return -1;
  }
}
"""


class Failure(Exception):
    pass


class Repo:
    def __init__(self, root, name, hook, checker):
        self.path = os.path.join(root, name)
        os.makedirs(self.path)
        self.env = dict(os.environ)
        for var in list(self.env):  # when run from inside a git hook or another repo
            if var.startswith("GIT_"):
                del self.env[var]
        self.env.update({
            "HOME": root,  # no user configuration (core.hooksPath, templates, ...)
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_CONFIG_GLOBAL": os.devnull,
            "OSSL_LINT": checker,
            "LC_ALL": "C",
        })
        self.git("init", "-q")
        self.git("config", "user.name", "Pre Commit Test")
        self.git("config", "user.email", "test@example.invalid")
        self.git("config", "commit.gpgsign", "false")
        hook_path = os.path.join(self.path, ".git", "hooks", "pre-commit")
        os.makedirs(os.path.dirname(hook_path), exist_ok=True)
        shutil.copyfile(hook, hook_path)
        os.chmod(hook_path, os.stat(hook_path).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        self.write("README", "test repository\n")
        self.git("add", "README")
        self.git("commit", "-q", "--no-verify", "-m", "initial")

    def run(self, *args):
        try:
            return subprocess.run(args, cwd=self.path, env=self.env, stdin=subprocess.DEVNULL,
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                  timeout=TIMEOUT, text=True, errors="replace")
        except subprocess.TimeoutExpired:
            raise Failure("timed out after %ds: %s" % (TIMEOUT, " ".join(args)))

    def git(self, *args):
        r = self.run("git", *args)
        if r.returncode != 0:
            raise Failure("git %s failed (%d):\n%s" % (" ".join(args), r.returncode, r.stdout))
        return r.stdout

    def write(self, rel, text):
        full = os.path.join(self.path, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w") as fh:
            fh.write(text)

    def commit(self, message="change"):
        """git commit with the hook; returns (status, output)."""
        before = self.head()
        r = self.run("git", "commit", "-m", message)
        self.committed = self.head() != before
        return r.returncode, r.stdout

    def head(self):
        return self.git("rev-parse", "HEAD").strip()


def expect_blocked(repo, status, out, file, rule="OSSL001"):
    if status == 0:
        raise Failure("the commit was not blocked:\n" + out)
    if repo.committed:
        raise Failure("a commit was made although the hook failed")
    if file + ":" not in out or rule not in out:
        raise Failure("the output does not name %s and %s:\n%s" % (file, rule, out))
    if "ossl-lint-pre-commit." in out:
        raise Failure("the temporary directory leaks into the output:\n" + out)


def expect_committed(repo, status, out):
    if status != 0:
        raise Failure("the commit was blocked (%d):\n%s" % (status, out))
    if not repo.committed:
        raise Failure("no commit was made:\n" + out)


# ---- the cases ----

def case_buggy_staged_file_is_blocked(repo):
    repo.write("src/bug.c", BUGGY)
    repo.git("add", "src/bug.c")
    status, out = repo.commit()
    expect_blocked(repo, status, out, "src/bug.c")


def case_correct_file_is_committed(repo):
    repo.write("src/good.c", GOOD)
    repo.git("add", "src/good.c")
    status, out = repo.commit()
    expect_committed(repo, status, out)


def case_only_staged_files_are_checked(repo):
    repo.write("src/tracked.c", GOOD)
    repo.git("add", "src/tracked.c")
    repo.git("commit", "-q", "--no-verify", "-m", "tracked")
    repo.write("src/tracked.c", BUGGY)      # a modified, unstaged tracked file
    repo.write("src/untracked.c", BUGGY)    # an untracked file
    repo.write("src/good.c", GOOD)
    repo.git("add", "src/good.c")
    status, out = repo.commit()
    expect_committed(repo, status, out)
    if "tracked.c" in out:
        raise Failure("an unstaged file was checked:\n" + out)


def case_staged_content_is_checked(repo):
    repo.write("src/io.c", BUGGY)
    repo.git("add", "src/io.c")
    repo.write("src/io.c", GOOD)  # fixed in the work tree only
    status, out = repo.commit()
    expect_blocked(repo, status, out, "src/io.c")
    # and the other way round: a fixed staged version with a buggy work tree passes
    repo.write("src/io.c", GOOD)
    repo.git("add", "src/io.c")
    repo.write("src/io.c", BUGGY)
    status, out = repo.commit()
    expect_committed(repo, status, out)


def case_flags_come_from_compile_commands(repo):
    repo.write("src/cond.c", CONDITIONAL)
    repo.git("add", "src/cond.c")

    def compdb(flags):
        repo.write("build/compile_commands.json", json.dumps([{
            "directory": repo.path,
            "command": "cc %s -c src/cond.c -o build/cond.o" % flags,
            "file": "src/cond.c",
        }]))

    compdb("-DUSE_BUG")
    status, out = repo.commit()
    expect_blocked(repo, status, out, "src/cond.c")
    # the same staged file without -DUSE_BUG in the database is clean
    compdb("-DOTHER")
    status, out = repo.commit()
    expect_committed(repo, status, out)


def case_no_c_files_skips_the_checker(repo):
    marker = os.path.join(repo.path, "..", os.path.basename(repo.path) + ".checker-ran")
    fake = os.path.join(repo.path, "..", os.path.basename(repo.path) + "-fake-ossl-lint")
    with open(fake, "w") as fh:
        fh.write("#!/bin/sh\ntouch '%s'\nexit 2\n" % marker)
    os.chmod(fake, 0o755)
    repo.env["OSSL_LINT"] = fake
    repo.write("src/untracked.c", BUGGY)
    repo.write("README", "test repository, changed\n")
    repo.git("add", "README")
    status, out = repo.commit()
    expect_committed(repo, status, out)
    if os.path.exists(marker):
        raise Failure("the checker ran on a commit without C files")
    if out.count("ossl-lint") != 0:
        raise Failure("the hook printed something:\n" + out)


# The two-file shape: the staged file clears, classifies and describes the queue through helpers
# defined in another file of the project, which is not staged. Only the whole-project view knows
# that tls_classify() classifies (so read_stale()'s SSL_read() is checked for a stale queue) and
# that tls_describe() empties the queue (before read_described()'s classification).
TLS_H = """#include <openssl/ssl.h>

void log_line(const char *what, const char *text);
void tls_clear(void);
void tls_describe(const char *what);
int tls_classify(SSL *s, int ret);
"""

TLS_HELPERS = """#include <openssl/err.h>
#include "tls.h"

void tls_clear(void)
{
  ERR_clear_error();
}

void tls_describe(const char *what)
{
  unsigned long e;

  while ((e = ERR_get_error()) != 0)
    log_line(what, ERR_reason_error_string(e));
}

int tls_classify(SSL *s, int ret)
{
  return SSL_get_error(s, ret);
}
"""

READER = """#include "tls.h"

int read_cleared(SSL *s, char *b, int len)
{
  int n;

  tls_clear();
  n = SSL_read(s, b, len);
  return n > 0 ? n : tls_classify(s, n);
}

int read_stale(SSL *s, char *b, int len)
{
  int n = SSL_read(s, b, len);
  return n > 0 ? n : tls_classify(s, n);
}

int read_described(SSL *s, char *b, int len)
{
  int n;

  tls_clear();
  n = SSL_read(s, b, len);
  if (n <= 0) {
    tls_describe("read");
    return tls_classify(s, n);
  }
  return n;
}
"""

READER_FIXED = READER.replace("""  int n = SSL_read(s, b, len);
  return""", """  int n;

  tls_clear();
  n = SSL_read(s, b, len);
  return""").replace("""    tls_describe("read");
    return tls_classify(s, n);""", """    int r = tls_classify(s, n);
    tls_describe("read");
    return r;""")


def two_file_project(repo):
    repo.write("src/tls.h", TLS_H)
    repo.write("src/tls_helpers.c", TLS_HELPERS)
    repo.write("src/reader.c", '#include "tls.h"\n')
    repo.write("build/compile_commands.json", json.dumps([{
        "directory": repo.path,
        "arguments": ["cc", "-Isrc", "-c", "src/%s.c" % f, "-o", "build/%s.o" % f],
        "file": "src/%s.c" % f,
    } for f in ("tls_helpers", "reader")]))
    repo.git("add", "src")
    repo.git("commit", "-q", "--no-verify", "-m", "the project")


def findings_of(text, file):
    """[(line, rule id)] of the warnings in `file`."""
    return sorted((int(l.split(":")[1]), l.rsplit("[", 1)[-1][:7])
                  for l in text.splitlines() if l.startswith(file + ":") and ": warning: " in l)


def case_whole_project_view(repo):
    two_file_project(repo)
    checker = repo.env["OSSL_LINT"]
    # without the other file's summaries (the staged file alone) nothing is found: the case needs them
    repo.write("src/reader.c", READER)
    alone = repo.run(checker, "-q", "src/reader.c", "--", "-Isrc")
    if alone.returncode != 0:
        raise Failure("the staged file alone already has findings:\n" + alone.stdout)
    repo.git("add", "src/reader.c")
    status, out = repo.commit()
    expect_blocked(repo, status, out, "src/reader.c")
    if "filling the cache" not in out:
        raise Failure("the first use does not say that it fills the cache:\n" + out)
    got = findings_of(out, "src/reader.c")
    if got != [(14, "OSSL001"), (25, "OSSL004")]:
        raise Failure("expected OSSL001 on line 14 (read_stale) and OSSL004 on line 25 "
                      "(read_described), got %s:\n%s" % (got, out))
    # the same as a full run over the staged tree (here the work tree is the staged one)
    full = repo.run(checker, "-q", "--no-cache", "-p", "build")
    if findings_of(full.stdout.replace(repo.path + "/", ""), "src/reader.c") != got:
        raise Failure("the hook's findings differ from a full run's:\n%s\n---\n%s" % (out, full.stdout))
    # the second commit uses the cache: it does not say it fills it, and still sees the helpers;
    # the staged content (buggy) is checked, not the work tree (fixed)
    repo.write("src/reader.c", READER_FIXED)
    status, out = repo.commit()
    expect_blocked(repo, status, out, "src/reader.c", "OSSL004")
    if "filling the cache" in out:
        raise Failure("the second use fills the cache again:\n" + out)
    repo.git("add", "src/reader.c")
    status, out = repo.commit()
    expect_committed(repo, status, out)


CASES = [
    ("a. a staged buggy C file is blocked, naming the file and OSSL001",
     case_buggy_staged_file_is_blocked),
    ("b. a correct C file is committed", case_correct_file_is_committed),
    ("c. only staged files are checked", case_only_staged_files_are_checked),
    ("d. the staged content is checked, not the work tree", case_staged_content_is_checked),
    ("e. flags come from build/compile_commands.json (-DUSE_BUG)",
     case_flags_come_from_compile_commands),
    ("f. a commit without C files does not run the checker", case_no_c_files_skips_the_checker),
    ("g. the staged file is checked with the whole project's summaries (the cache)",
     case_whole_project_view),
]


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: test_precommit.py OSSL_LINT PRE_COMMIT_HOOK\n")
        return 2
    checker, hook = (os.path.abspath(a) for a in sys.argv[1:3])
    for path in (checker, hook):
        if not os.path.isfile(path):
            sys.stderr.write("test_precommit.py: %s: no such file\n" % path)
            return 2
    if shutil.which("git") is None:
        sys.stderr.write("test_precommit.py: git not found\n")
        return 2
    root = tempfile.mkdtemp(prefix="ossl-lint-precommit-test.")
    passed = failed = 0
    try:
        for i, (name, fn) in enumerate(CASES):
            try:
                fn(Repo(root, "repo%d" % i, hook, checker))
            except Failure as e:
                failed += 1
                print("FAIL %s\n  %s" % (name, str(e).replace("\n", "\n  ")))
            else:
                passed += 1
                print("PASS %s" % name)
            sys.stdout.flush()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
