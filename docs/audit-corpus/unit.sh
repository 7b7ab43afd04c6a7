#!/bin/sh
# ossl-lint audit of nginx/unit ad736f9f4fddd844aed1eb6ee8a9dc88df5533fb (2025-09-25)
# usage: unit.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/unit (docs/audit-corpus/README.md)
# preparation: git archive of the commit into $R/unit/src, then in src:
#   ./configure --openssl
#   make build/include/nxt_version.h
# (generates build/include/nxt_auto_config.h and build/include/nxt_version.h; the flags are
# build/Makefile's CFLAGS and NXT_LIB_INCS, minus warnings, optimisation and -g)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/unit" ] || { echo "$0: $R/unit: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/unit/src
exec "$BIN" "$@" -j2 \
  $S/src/nxt_openssl.c $S/src/nxt_cert.c $S/src/nxt_conn_read.c $S/src/nxt_conn_write.c \
  $S/src/nxt_conn.c $S/src/nxt_h1proto.c $S/src/nxt_h1proto_websocket.c $S/src/nxt_router.c \
  -- -I$S/src -I$S/build/include -std=gnu11 -fPIC -fvisibility=hidden -fno-strict-overflow \
  -funsigned-char -fno-strict-aliasing
