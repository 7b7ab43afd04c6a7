#!/usr/bin/env python3
"""The command line: -p with compile_commands.json (flags from the database,
duplicates parsed once), -j2 prints exactly what -j1 prints, --enable and
--disable, --list-rules, --dump-summaries, --help, --version.
usage: test_cli.py CHECKER FIXTURE_DIR"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

from testlib import report

BUG_UNDER_FLAG = """#include <openssl/ssl.h>
int rd(SSL *s, char *b)
{
#ifdef USE_BUG
	int n = SSL_read(s, b, 4);
	return SSL_get_error(s, n) == SSL_ERROR_WANT_READ;
#else
	(void)s; (void)b;
	return 0;
#endif
}
"""


def run(checker, args, cwd=None):
    return subprocess.run([checker] + args, cwd=cwd, capture_output=True, text=True, timeout=300)


def main(argv):
    checker, fixtures = os.path.abspath(argv[1]), os.path.abspath(argv[2])
    results = []
    tmp = tempfile.mkdtemp(prefix="ossl-lint-cli-")
    try:
        open(os.path.join(tmp, "a.c"), "w").write(BUG_UNDER_FLAG)
        open(os.path.join(tmp, "broken.c"), "w").write("int f(void) { return 0 }\n")
        db = [{"directory": tmp, "command": "cc -DUSE_BUG -Werror -Wlogical-op -c a.c -o a.o", "file": "a.c"},
              {"directory": tmp, "command": "cc -DUSE_BUG -fPIC -c a.c -o a.pic.o", "file": "a.c"},
              {"directory": tmp, "command": "cc -c broken.c", "file": "broken.c"},
              {"directory": tmp, "command": "cc -fPIC -c broken.c", "file": "broken.c"}]
        os.mkdir(os.path.join(tmp, "build"))
        json.dump(db, open(os.path.join(tmp, "build", "compile_commands.json"), "w"))
        p = run(checker, ["-p", "build"], tmp)
        results.append(("-p: the database's -D flag is used (finding under #ifdef), exit 2 for broken.c",
                        "a.c:5:" in p.stdout and "OSSL001" in p.stdout and p.returncode == 2))
        results.append(("-p: a GCC-only warning flag of the database (-Wlogical-op) is not reported",
                        "unknown warning option" not in p.stderr))
        results.append(("-p: a file listed twice is parsed once (one error line for broken.c)",
                        sum("broken.c:1:" in l for l in p.stderr.splitlines()) == 1))
        twice = run(checker, ["broken.c", "./broken.c", os.path.join(tmp, "broken.c")], tmp)
        results.append(("a file named three ways on the command line is parsed once",
                        sum("broken.c:1:" in l for l in twice.stderr.splitlines()) == 1
                        and twice.returncode == 2))
        p = run(checker, ["-p", "build", "a.c"], tmp)
        results.append(("-p BUILD_DIR FILE: only that file, with its flags",
                        p.returncode == 1 and "a.c:5:" in p.stdout and "broken" not in p.stderr))
        # meson writes dependency files relative to the build directory (-MD -MQ -MF):
        # a parse writes none, and a relative -MF path must not fail the file.
        os.makedirs(os.path.join(tmp, "mesonbuild"))
        json.dump([{"directory": os.path.join(tmp, "mesonbuild"), "file": "../a.c",
                    "command": "cc -DUSE_BUG -MD -MQ a.o -MF sub/dir/a.o.d -MTx.o -c ../a.c -o a.o"}],
                  open(os.path.join(tmp, "mesonbuild", "compile_commands.json"), "w"))
        p = run(checker, ["-p", "mesonbuild"], tmp)
        results.append(("-p: dependency-file flags (-MD -MQ -MF with a missing directory) are dropped",
                        p.returncode == 1 and "a.c:5:" in p.stdout and p.stderr.strip() == ""))
        open(os.path.join(tmp, "new.c"), "w").write(BUG_UNDER_FLAG)
        p = run(checker, ["-p", "build", "new.c"], tmp)
        results.append(("-p with a file missing from the database: flags inferred from its neighbours",
                        p.returncode == 1 and "new.c:5:" in p.stdout and "error" not in p.stderr))
        p = run(checker, ["a.c"], tmp)
        results.append(("without the database the #ifdef is off: no finding",
                        p.returncode == 0 and p.stdout == ""))

        files = sorted(os.path.join(fixtures, f) for f in os.listdir(fixtures) if f.endswith(".c"))
        one = run(checker, ["-j1"] + files)
        two = run(checker, ["-j2"] + files)
        results.append(("-j2 prints exactly what -j1 prints",
                        one.stdout == two.stdout and one.returncode == two.returncode and one.stdout))
        mixed = files + [os.path.join(fixtures, "..", "OSSL004", "print_errors_before_get_error.c")]
        # the rule selections: one cache, so that only the first of these runs parses
        cache = ["--cache", os.path.join(tmp, "rules-cache")]
        full = run(checker, cache + mixed)
        only = run(checker, cache + ["--enable", "OSSL004"] + mixed)
        results.append(("--enable OSSL004: only OSSL004 findings (the full run has others)",
                        "[OSSL001-" in full.stdout and "[OSSL004-" in only.stdout and
                        all("[OSSL004-" in l for l in only.stdout.splitlines() if ": warning: " in l)))
        without = run(checker, cache + ["--disable", "stale-error-queue"] + files)
        results.append(("--disable by name removes that rule",
                        "[OSSL001-" not in without.stdout and "[OSSL001-" in one.stdout))
        # The hand-written model alone (without the derived one, which has them all).
        alone = os.path.join(tmp, "hand-written.yaml")
        api = os.path.join(fixtures, "..", "..", "rules", "openssl-api.yaml")
        open(alone, "w").write("".join(l for l in open(api) if not l.startswith("derived:")))
        un = run(checker, ["--model", alone, "--list-unmodelled", os.path.join(fixtures, "..", "OSSL002",
                                                            "peer_cert_between_read_and_get_error.c")])
        listed = dict(l.split() for l in un.stdout.splitlines())
        results.append(("--list-unmodelled names the OpenSSL calls the model lacks, with counts",
                        un.returncode == 0 and listed.get("SSL_get1_peer_certificate") == "1"
                        and "SSL_read" not in listed and "X509_free" not in listed))
        # Notes name the OpenSSL macro a call is written through (the one written, when nested),
        # not SSL_ctrl() nor the project's macro.
        names = run(checker, [os.path.join(fixtures, "..", "macros", "review_macro_argument.c"),
                              os.path.join(fixtures, "..", "macros", "review_macro_project_wrapper.c"),
                              os.path.join(fixtures, "..", "macros", "review_macro_nested.c")]).stdout
        results.append(("notes name OpenSSL macros (SSL_set_tlsext_host_name(), DTLSv1_handle_timeout())",
                        names.count("SSL_set_tlsext_host_name() may leave an error") == 2
                        and "DTLSv1_handle_timeout() may run with a stale error" in names
                        and "BIO_do_accept() runs between" in names and "BIO_do_connect() may leave" in names
                        and "BIO_do_handshake()" not in names and "BIO_ctrl()" not in names
                        and "LOGGED()" not in names and "SET_SNI()" not in names and "SSL_ctrl()" not in names))
        # A loop that goes round only on a WANT code (an empty queue): the stale error the note names
        # is the caller's, not "a pass through the loop".
        loop = run(checker, [os.path.join(fixtures, "loop_on_want_classified_in_branch.c")]).stdout
        unclear = loop[loop.find(":58:"):]
        results.append(("the note of a loop repeating only on a WANT code names the function's entry",
                        "read_retrying_unclear() starts here" in unclear.split("warning:")[1]
                        and "a pass through the loop" not in unclear.split("warning:")[1]))
        sup = run(checker, [os.path.join(fixtures, "..", "suppress", "inline_suppressions.c")])
        unused = [l for l in sup.stderr.splitlines() if "unused suppression" in l]
        results.append(("an unused suppression is reported (only those), and -q silences it",
                        len(unused) == 2 and ":21: " in unused[0] and "OSSL004" in unused[0]
                        and ":27: " in unused[1] and
                        "unused" not in run(checker, ["-q", os.path.join(fixtures, "..", "suppress",
                                                                         "inline_suppressions.c")]).stderr))
        dump = run(checker, ["--dump-cfg", os.path.join(tmp, "a.c")])
        results.append(("--dump-cfg prints each function's blocks",
                        dump.stdout.startswith("rd:\nB0(entry): -> B2\nB1(exit):")))
        ngx = os.path.join(fixtures, "nginx_recv_clear_before_loop.c")
        sums = run(checker, ["-q", "--dump-summaries", ngx]).stdout.splitlines()
        classify = [l for l in sums if ": recv_classify: " in l]
        # R_AGAIN (-2) is returned after SSL_ERROR_WANT_*: the queue was empty there.
        results.append(("--dump-summaries: the wrapper classifies argument 2, returns R_OK only when it is >= 1",
                        len(classify) == 1 and "classifies argument 2" in classify[0]
                        and " 0 when argument 2 >= 1 {caller's}" in classify[0]
                        and " -2 {empty}" in classify[0]))
        results.append(("--dump-summaries: a loop until ERR_peek_error() == 0 empties the queue",
                        any(": log_ssl_errors: queue at exit {empty}; drains" in l for l in sums)))
        results.append(("--dump-summaries: functions that do nothing to the queue are left out",
                        not any(": ngx_like_recv: queue at exit {caller's}" in l for l in sums)
                        and len(sums) == 4))
        scopes = os.path.join(fixtures, "..", "config_scopes")
        a = os.path.join(scopes, "a", "reset_clears.c")
        b = os.path.join(scopes, "b", "reset_pushes.c")
        ab, ba = run(checker, ["-q", a, b]), run(checker, ["-q", b, a])
        results.append(("each file is analyzed with its own directory's roles, in either order",
                        ab.stdout == ba.stdout and "reset_pushes.c:17:" in ab.stdout
                        and "reset_clears.c" not in ab.stdout))
        lr = run(checker, ["--list-rules"])
        results.append(("--list-rules", lr.returncode == 0 and lr.stdout.startswith("OSSL001 stale-error-queue")))
        h = run(checker, ["--help"])
        v = run(checker, ["--version"])
        results.append(("--help and --version exit 0",
                        h.returncode == 0 and "usage:" in h.stdout and v.stdout.startswith("ossl-lint ")))
        bad = run(checker, ["--enable", "OSSL999", "x.c"])
        results.append(("an unknown rule id is a usage error", bad.returncode == 2 and "OSSL999" in bad.stderr))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return report(results)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
