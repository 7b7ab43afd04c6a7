#!/bin/sh
# ossl-lint audit of wget (mirror/wget 8775506f632f14404e4755dbae679dea07abf12a, 2024-06-09)
# Only src/openssl.c calls OpenSSL I/O (src/http.c and src/connect.c match the grep in comments only).
# wget from git has no configure script and no gnulib: $AUDIT_ROOT/wget/stub holds a hand-written
# config.h and minimal gnulib headers (see README.md).
# usage: wget.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/wget (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/wget" ] || { echo "$0: $R/wget: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/wget/src
exec "$B" "$@" -j2 $S/src/openssl.c -- -I$R/wget/stub -I$S/src -I$S/lib
