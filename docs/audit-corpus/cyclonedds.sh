#!/bin/sh
# ossl-lint audit of cyclonedds (github.com/eclipse-cyclonedds/cyclonedds, branch master) 4c1beb20598b0eddd93ccf7aa7b346c73b9eaa84 (2026-08-18, "Warning and output cleanup for fuzzer builds")
# usage: cyclonedds.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/cyclonedds (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev cmake): git archive --prefix=src/ of the
#   commit into $R/cyclonedds (tree $R/cyclonedds/src); then cmake's configure step only, in
#   $R/cyclonedds/build: `cmake ../src -DENABLE_TCP=ON -DENABLE_SSL=ON -DENABLE_TCP_TLS=ON
#   -DBUILD_IDLC=OFF -DBUILD_DDSPERF=OFF -DCMAKE_EXPORT_COMPILE_COMMANDS=ON` (writes
#   build/src/ddsrt/include/dds/{features,config,version}.h with DDS_HAS_TCP 1, DDS_HAS_TCP_TLS 1,
#   and the export.h headers); flags are compile_commands.json's for ddsc's ddsi_ssl.c and
#   ddsi_tcp.c (the default RelWithDebInfo: -O2 -g -DNDEBUG, -std=gnu2x, ddsc's includes)
# Files: src/core/ddsi/src/ddsi_ssl.c (the "legacy" TCP+TLS plugin: the SSL_CTX, ddsi_ssl_read()/
#   ddsi_ssl_write() that classify SSL_read()/SSL_write() with SSL_get_error(), the blocking
#   SSL_connect() in ddsi_ssl_connect(), BIO_do_accept() then SSL_accept() in ddsi_ssl_accept(),
#   all reached through the function pointers of struct ddsi_ssl_plugins) and its only caller
#   src/core/ddsi/src/ddsi_tcp.c (the DDS-over-TCP transport: ddsi_tcp_conn_read_ssl()/
#   ddsi_tcp_conn_write_ssl(), the read and write loops with select-style waits, connect, accept,
#   close).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/cyclonedds" ] || { echo "$0: $R/cyclonedds: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/cyclonedds/src
B=$R/cyclonedds/build
exec "$BIN" "$@" -j2 \
  $S/src/core/ddsi/src/ddsi_ssl.c $S/src/core/ddsi/src/ddsi_tcp.c \
  -- -Dddsc_EXPORTS -I$S/src/security/api/include -I$B/src/security/api/include \
  -I$S/src/core/ddsi/include -I$S/src/core/cdr/include -I$B/src/core/ddsc \
  -I$B/src/core/ddsc/include -I$S/src/core/ddsc/include -I$S/src/core/ddsc/src \
  -I$S/src/ddsrt/include -I$S/src/ddsrt/src -I$B/src/ddsrt/include \
  -I$S/src/security/core/include -O2 -g -DNDEBUG -fPIC -fvisibility=hidden -Wall -Wextra \
  -Wconversion -Wmissing-prototypes -std=gnu2x
