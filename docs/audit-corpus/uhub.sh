#!/bin/sh
# ossl-lint audit of uhub (github.com/janvidar/uhub, branch master) 579f0da444c5ec572717704903b8709480b27941 (2026-08-22, "fuse: fix the remaining CI failures")
# usage: uhub.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/uhub (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libsqlite3-dev libbz2-dev cmake): git
#   archive of the commit into $R/uhub/src, without third_party/sqlite3/sqlite3.c (the snapshot
#   lacks that blob; `git archive HEAD -- ':!third_party/sqlite3/sqlite3.c'`; the build takes the
#   system SQLite); then `cmake ../src -DUHUB_TESTS=OFF` in $R/uhub/build (only configures: writes
#   build/system.h and build/version.h, which every unit includes, and compile_commands.json;
#   nothing is built); the flags are compile_commands.json's (-D_GNU_SOURCE -Isrc/src -Ibuild
#   -std=gnu2x, which is what CMake gives for C_STANDARD 23), the warnings, -O2, the hardening
#   and -D_FORTIFY_SOURCE aside
# Files: network/openssl.c is the TLS layer (net_ssl_context_create and the certificate/key
#   loaders; net_con_ssl_handshake: SSL_new over the non-blocking socket, then
#   net_con_ssl_accept/net_con_ssl_connect; net_ssl_send/net_ssl_recv/net_ssl_peek with
#   SSL_write/SSL_read/SSL_peek, each after ERR_clear_error() and classified by
#   handle_openssl_error with SSL_get_error; net_ssl_shutdown with SSL_shutdown; net_ssl_callback,
#   the event dispatcher that drives the handshake); network/connection.c dispatches
#   net_con_send/recv/peek to it, network.c, backend.c and epoll.c are the event loop; the hub's
#   callers in core/ (netevent.c: user reads; ioqueue.c: user writes; probe.c: the first bytes of
#   a connection, peeked, and the TLS handshake; hub.c: the TLS context and RAND_bytes; link.c:
#   hub-to-hub links; hbri.c; metrics.c: the metrics HTTP endpoint; regserver.c: the registry
#   client over TLS; route.c, user.c, inf.c, plugincallback.c, main.c); the ADC client library
#   tools/adcclient.c; and the seeder's TLS users (seeder/hubconn.c, cc.c, fetch.c, http.c,
#   main.c, grant.c), another program built on the same layer.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/uhub" ] || { echo "$0: $R/uhub: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/uhub/src
exec "$BIN" "$@" -j2 \
  $S/src/network/openssl.c $S/src/network/connection.c $S/src/network/network.c \
  $S/src/network/backend.c $S/src/network/epoll.c \
  $S/src/core/netevent.c $S/src/core/ioqueue.c $S/src/core/probe.c $S/src/core/hub.c \
  $S/src/core/link.c $S/src/core/hbri.c $S/src/core/metrics.c $S/src/core/regserver.c \
  $S/src/core/route.c $S/src/core/user.c $S/src/core/inf.c $S/src/core/plugincallback.c \
  $S/src/core/main.c $S/src/tools/adcclient.c \
  $S/src/seeder/hubconn.c $S/src/seeder/cc.c $S/src/seeder/fetch.c $S/src/seeder/http.c \
  $S/src/seeder/main.c $S/src/seeder/grant.c \
  -- -D_GNU_SOURCE -I$S/src -I$R/uhub/build -std=gnu2x
