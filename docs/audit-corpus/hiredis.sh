#!/bin/sh
# ossl-lint audit of hiredis 29ea2791c102fdffff350f1ea6e04d1f71903d0d (2026-08-20)
# usage: hiredis.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/hiredis (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/hiredis" ] || { echo "$0: $R/hiredis: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/hiredis/src
exec "$BIN" "$@" -j2 $S/ssl.c $S/hiredis.c $S/net.c $S/async.c $S/read.c $S/sds.c $S/alloc.c $S/sockcompat.c -- -std=gnu99 -I$S
