#!/bin/sh
# ossl-lint audit of memcached 1.6.45 (memcached/memcached 2d51e364799bc9698bd4b11728ea978cea12da6e, 2026-07-09)
# config.h from: cd $AUDIT_ROOT/memcached/src && ./autogen.sh && ./configure --enable-tls
# proxy_tls.c: -DPROXY -DPROXY_TLS by hand (the vendored Lua is not fetched; Debian liblua5.4-dev headers instead)
# usage: memcached.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/memcached (docs/audit-corpus/README.md)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/memcached" ] || { echo "$0: $R/memcached: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/memcached/src
exec "$BIN" "$@" -j2 $S/tls.c $S/proxy_tls.c \
  -- -DHAVE_CONFIG_H -I$S -DNDEBUG -pthread -DPROXY -DPROXY_TLS -I/usr/include/lua5.4
