#!/bin/sh
# ossl-lint audit of neomutt ed494b0 (2026-07-24): the only TLS I/O file, conn/openssl.c
# usage: neomutt.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/neomutt (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
B="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/neomutt" ] || { echo "$0: $R/neomutt: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/neomutt/src
exec "$B" "$@" $S/conn/openssl.c -- -std=c11 -D_ALL_SOURCE=1 -D_GNU_SOURCE=1 -D__EXTENSIONS__ \
  -D_XOPEN_SOURCE_EXTENDED -DNCURSES_WIDECHAR -I$S
