#!/bin/sh
# ossl-lint audit of curl 5c61e168698a72b87437d58ed728bcdea6d5db42 (2026-08-22): lib/vtls/openssl.c (all
# of curl's OpenSSL I/O and its classifiers; the database lists it twice). Database: cmake (see
# README.md) in $AUDIT_ROOT/curl/build.
# usage: curl.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/curl (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/curl" ] || { echo "$0: $R/curl: No such file or directory (not prepared)" >&2; exit 127; }
exec "$B" "$@" -p $R/curl/build $R/curl/src/lib/vtls/openssl.c
