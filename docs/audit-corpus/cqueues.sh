#!/bin/sh
# ossl-lint audit of cqueues (github.com/wahern/cqueues, branch master) c36614982fe07917b2e1ce5a9e7a0e55b81be262 (2026-03-18, "src/lib/socket.c: libressl 3.5.0 made bio structs opaque")
# usage: cqueues.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/cqueues (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev liblua5.4-dev): git archive --prefix=src/ of the commit into $R/cqueues
#   (the repository has a src/ of its own, so the tree's sources are under $R/cqueues/src/src);
#   nothing to configure: as the GNUmakefile's config.h rules do, config.h.guess copied to
#   src/config.h, src/src/config.h and src/src/lib/config.h; flags are the union of the GNUmakefile's
#   ALL_CPPFLAGS (-D_REENTRANT -D_THREAD_SAFE -D_GNU_SOURCE, -std=gnu99), src/lib's
#   (-DSOCKET_DEBUG -DHAVE_CONFIG_H -DDNS_RANDOM=RAND_bytes) and src's (-DCOMPAT53_PREFIX=cqueues)
#   plus the Lua 5.4 headers
# Files: src/lib/socket.c is the socket layer without Lua (so_open(), so_starttls(), so_read(),
#   so_write(), so_shutdown(), its non-blocking handshake so_starttls_() and ssl_error()'s
#   classification of SSL_get_error()); src/socket.c is the Lua binding (the cqueues.socket module,
#   its buffered reads and writes, lso_* methods) that calls it.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/cqueues" ] || { echo "$0: $R/cqueues: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/cqueues/src/src
exec "$BIN" "$@" -j2 \
  $S/lib/socket.c $S/socket.c \
  -- -std=gnu99 -D_REENTRANT -D_THREAD_SAFE -D_GNU_SOURCE -DSOCKET_DEBUG -DHAVE_CONFIG_H -DDNS_RANDOM=RAND_bytes -DCOMPAT53_PREFIX=cqueues -I$S -I/usr/include/lua5.4
