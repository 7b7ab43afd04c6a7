#!/bin/sh
# ossl-lint audit of luasec 989ee5f993c4d2486c25763c079b9f3163336dc9 (2025-07-10)
# usage: luasec.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/luasec (docs/audit-corpus/README.md)
# preparation: git archive of the commit into $R/luasec/src, then in src:
#   nothing to configure (plain Makefile); flags are those of `make linux`
#   (DEFS=-DWITH_LUASOCKET -DOPENSSL_API_COMPAT=0x10101000L, INCDIR=-I. in src/,
#   luasocket/ adds -DLUASOCKET_DEBUG) plus the Lua 5.4 headers (apt-get install -y liblua5.4-dev)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/luasec" ] || { echo "$0: $R/luasec: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/luasec/src/src
exec "$BIN" "$@" -j2 \
  $S/ssl.c $S/context.c $S/x509.c \
  $S/luasocket/io.c $S/luasocket/buffer.c $S/luasocket/timeout.c $S/luasocket/usocket.c \
  -- -DWITH_LUASOCKET -DOPENSSL_API_COMPAT=0x10101000L -DLUASOCKET_DEBUG -I$S -I/usr/include/lua5.4
