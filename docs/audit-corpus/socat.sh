#!/bin/sh
# ossl-lint audit of socat 1.8.0.1 (GitHub mirror yonasBSD/socat b941b261136570a2509aaee9bbd3787090a70743, 2024-09-03)
# config.h from: cd $AUDIT_ROOT/socat/src/src && cp ../build/* . && autoconf && ./configure --disable-readline
# usage: socat.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/socat (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/socat" ] || { echo "$0: $R/socat: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/socat/src/src
exec "$BIN" "$@" -j2 $S/xio-openssl.c $S/xioclose.c $S/sslcls.c $S/xioread.c $S/xiowrite.c $S/xioshutdown.c \
  -- -D_GNU_SOURCE -DHAVE_CONFIG_H -I$S
