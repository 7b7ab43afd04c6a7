#!/usr/bin/env python3
"""Bad input: each case gives ossl-lint one bad input beside a good file with a
known finding, and checks that (1) stderr has one line naming the bad file and
the problem, (2) the good file is still analyzed, (3) the exit status is 2.

usage: test_bad_input.py CHECKER MODEL
"""
import os
import shutil
import subprocess
import sys
import tempfile

from testlib import report_failures

GOOD = """#include <openssl/ssl.h>
int rd(SSL *s, char *b) { int n = SSL_read(s, b, 4); return SSL_get_error(s, n); }
"""
GOOD_FINDING = "good.c:2:35: warning:"


def run(cmd, cwd, user=None):
    if user is not None:
        cmd = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups"] + cmd
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=120)


def main(argv):
    checker, model = os.path.abspath(argv[1]), os.path.abspath(argv[2])
    failures, passed = [], 0
    tmp = tempfile.mkdtemp(prefix="ossl-lint-bad-")
    os.chmod(tmp, 0o755)
    try:
        def write(name, data, mode="w"):
            path = os.path.join(tmp, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, mode) as fh:
                fh.write(data)
            return path

        write("good.c", GOOD)
        write("syntax.c", "#include <openssl/ssl.h>\nint f(SSL *s { return SSL_read(s, 0, 0) }\n")
        write("missing.c", '#include "no_such_header.h"\nint f(void) { return 0; }\n')
        write("broken.h", "int broken( {\n")
        write("inhdr.c", '#include "broken.h"\nint g(void) { return 0; }\n')
        write("binary.c", b"\x7fELF\x00\x01\x02\x00garbage", "wb")
        os.mkdir(os.path.join(tmp, "adir.c"))
        unreadable = write("unreadable.c", GOOD)
        os.chmod(unreadable, 0)
        write("emptydb/compile_commands.json", "[]")
        write("brokendb/compile_commands.json", '[{"directory": "/tmp", "file": ')
        write("bad-model.yaml", "version: 1\nfunctions:\n  - {name: SSL_read, role: reader}\n")
        write("notyaml.yaml", "version: [1\n")
        write("bad-available.yaml", "version: 1\navailable:\n  - {query: SSL_pending, io: [SSL_read]}\n")
        with open(model) as fh:  # the hand-written model, with an SSL_ctrl of its own without cmd_arg
            hand = "".join(l for l in fh if not l.startswith("derived:"))
            write("iocmd.yaml", hand.replace("\nfunctions:\n", "\nfunctions:\n  - {name: SSL_ctrl, role: pushes}\n", 1))
            # {functions, cmd[, bits]} mappings with a key left out (it would read as 0)
            write("eofcmd.yaml", hand.replace("mem_eof_return: {functions: [BIO_ctrl], cmd: 130}",
                                              "mem_eof_return: {functions: [BIO_ctrl]}", 1))
            write("pwbits.yaml", hand.replace("partial_write: {functions: [SSL_CTX_ctrl, SSL_ctrl], cmd: 33, bits: 0x1}",
                                              "partial_write: {functions: [SSL_CTX_ctrl, SSL_ctrl], cmd: 33}", 1))
        write("cfgfail/.ossl-lint.yaml",
              "functions:\n  - {name: SSL_set_fd, role: pushes_on_failure}\n")
        write("cfgfail/x.c", GOOD)
        write("cfgcmd/.ossl-lint.yaml",
              "functions:\n  - name: SSL_ctrl\n    role: pushes\n    cmd_arg: 1\n"
              "    commands: [{cmd: 33, role: pure}, {cmd: 33, role: pushes}]\n")
        write("cfgcmd/x.c", GOOD)
        write("cfgwhen/.ossl-lint.yaml",
              "functions:\n  - name: SSL_ctrl\n    role: pushes\n    cmd_arg: 1\n"
              "    commands: [{cmd: 33, role: pure, when_arg: {index: 2}}]\n")
        write("cfgwhen/x.c", GOOD)
        write("cfgdir/.ossl-lint.yaml", "rules:\n  disable: [OSSL999]\n")
        write("cfgdir/x.c", GOOD)
        user = 65534 if os.geteuid() == 0 else None  # root reads any file: drop to nobody

        # (name, argv, expected fragments on one stderr line, good file analyzed?)
        cases = [
            ("nonexistent file", ["nope.c", "good.c"], ["nope.c", "no such file"], True),
            ("directory", ["adir.c", "good.c"], ["adir.c", "is a directory"], True),
            ("binary file", ["binary.c", "good.c"], ["binary.c", "binary file"], True),
            ("syntax error", ["syntax.c", "good.c"], ["syntax.c:2:", "error:"], True),
            ("missing include", ["missing.c", "good.c"],
             ["missing.c:1:10", "'no_such_header.h' file not found"], True),
            ("error in an included header", ["inhdr.c", "good.c"],
             ["inhdr.c: error: in ", "broken.h:1:13", "expected"], True),
            ("unreadable file", ["unreadable.c", "good.c"], ["unreadable.c", "cannot read"], True),
            ("empty compile_commands.json", ["-p", "emptydb"],
             ["emptydb/compile_commands.json", "no compile commands"], False),
            ("broken compile_commands.json", ["-p", "brokendb"],
             ["brokendb/compile_commands.json", "cannot load compilation database"], False),
            ("missing compile_commands.json", ["-p", "nodb"],
             ["nodb/compile_commands.json", "No such file"], False),
            ("broken model", ["--model", "bad-model.yaml", "good.c"],
             ["bad-model.yaml:3:", "unknown role 'reader'"], False),
            ("an available entry without len_arg", ["--model", "bad-available.yaml", "good.c"],
             ["bad-available.yaml:3:", "needs query, io and len_arg"], False),
            ("an io command of a function without cmd_arg", ["--model", "iocmd.yaml", "good.c"],
             ["iocmd.yaml:", "io command of 'SSL_ctrl', which has no cmd_arg"], False),
            ("a ctrl mapping without its cmd", ["--model", "eofcmd.yaml", "good.c"],
             ["eofcmd.yaml:", "custom_bio.mem_eof_return needs both functions and cmd"], False),
            ("a ctrl mapping without its bits", ["--model", "pwbits.yaml", "good.c"],
             ["pwbits.yaml:", "custom_bio.partial_write needs functions, cmd and bits"], False),
            ("model not YAML", ["--model", "notyaml.yaml", "good.c"],
             ["notyaml.yaml:", "invalid YAML"], False),
            ("unknown option", ["--frobnicate", "good.c"], ["frobnicate"], False),
            ("pushes_on_failure without failure values", ["cfgfail/x.c", "good.c"],
             ["cfgfail/.ossl-lint.yaml:2:5", "needs a non-empty failure list"], True),
            ("a ctrl command listed twice", ["cfgcmd/x.c", "good.c"],
             ["cfgcmd/.ossl-lint.yaml:5:", "command listed twice"], True),
            ("a command's when_arg without its value", ["cfgwhen/x.c", "good.c"],
             ["cfgwhen/.ossl-lint.yaml:5:", "when_arg needs index and value"], True),
            ("broken .ossl-lint.yaml", ["cfgdir/x.c", "good.c"],
             ["cfgdir/.ossl-lint.yaml:2:13", "unknown rule 'OSSL999'"], True),
        ]
        for name, args, fragments, analyzes_good in cases:
            cmd = [checker] + (["--model", model] if "--model" not in args else []) + args
            p = run(cmd, tmp, user if name == "unreadable file" else None)
            lines = [l for l in p.stderr.splitlines() if all(f in l for f in fragments)]
            problems = []
            if p.returncode != 2:
                problems.append(f"exit status {p.returncode}, expected 2")
            if len(lines) != 1:
                problems.append(f"expected one stderr line with {fragments}, got {p.stderr!r}")
            if analyzes_good and GOOD_FINDING not in p.stdout:
                problems.append(f"good.c was not analyzed: stdout {p.stdout!r}")
            if "Segmentation" in p.stderr or p.returncode < 0:
                problems.append("crashed")
            if problems:
                failures.append(f"{name}: " + "; ".join(problems))
            else:
                passed += 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return report_failures(passed, failures)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
