#!/bin/sh
# ossl-lint audit of CPython 3.11.8 Modules/_ssl.c (deepin-community/python3.11
# 11b7321f9cc5fef5606e291b0640a7b67a972ad9, 2024-06-28; python/cpython is too large to fetch here)
# pyconfig.h from: cd $AUDIT_ROOT/cpython/src && ./configure --without-ensurepip (see README.md)
# usage: cpython.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/cpython (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/cpython" ] || { echo "$0: $R/cpython: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/cpython/src
exec "$B" "$@" $S/Modules/_ssl.c -- -I$S/Include -I$S/Include/internal -I$S -I$S/Modules \
  -DPy_BUILD_CORE_BUILTIN -std=gnu11
