#!/bin/sh
# ossl-lint audit of libhv (github.com/ithewei/libhv) 6bcfc5026b1e467c39ffb49c1ac765b48c76bc6d (2026-07-23)
# usage: libhv.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/libhv
# preparation: git archive of the commit into $R/libhv/src, then in src:
#   ./configure --with-openssl        (writes hconfig.h and config.mk only)
# flags: those of Makefile.in for a Linux release build with WITH_OPENSSL=yes
# (-std=gnu99 -fPIC -DNDEBUG -DWITH_OPENSSL, -I of the core source dirs).
# Files: the OpenSSL backend (ssl/openssl.c, ssl/hssl.c) and its C callers, the event loop
# (event/nio.c: handshake, read, write; event/hevent.c, event/hloop.c). The other caller,
# http/client/HttpClient.cpp, is C++ and not in the run.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/libhv" ] || { echo "$0: $R/libhv: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/libhv/src
exec "$BIN" "$@" -j2 \
  $S/ssl/openssl.c $S/ssl/hssl.c $S/event/nio.c $S/event/hevent.c $S/event/hloop.c \
  -- -std=gnu99 -fPIC -DNDEBUG -DWITH_OPENSSL \
     -I$S -I$S/base -I$S/ssl -I$S/event -I$S/event/kcp -I$S/util
