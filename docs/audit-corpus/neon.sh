#!/bin/sh
# ossl-lint audit of neon 33063cb663a31d9d232b0d968db93c9ac4be599e (2026-05-04)
# usage: neon.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/neon (docs/audit-corpus/README.md)
# preparation: git archive of the commit into $R/neon/src, then in src:
#   sh autogen.sh && ./configure --with-ssl=openssl
# (generates config.h: HAVE_OPENSSL, HAVE_OPENSSL11, NE_HAVE_SSL; flags from src/Makefile's CPPFLAGS)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/neon" ] || { echo "$0: $R/neon: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/neon/src
exec "$BIN" "$@" -j2 \
  $S/src/ne_socket.c $S/src/ne_openssl.c $S/src/ne_session.c $S/src/ne_request.c $S/src/ne_socks.c \
  -- -DHAVE_CONFIG_H -I$S -I$S/src -DNE_PRIVATE=extern
