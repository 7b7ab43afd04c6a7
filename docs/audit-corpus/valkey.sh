#!/bin/sh
# ossl-lint audit of valkey (github.com/valkey-io/valkey, branch unstable; the newest commit of the
# stored snapshot) 55bbbe09a3b37a98c907dbfbc225768ff253e84f (2024-10-24, "Configurable log and
# timestamp formats (logfmt, ISO8601) (#1022)")
# usage: valkey.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/valkey (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libsystemd-dev): git archive of the commit
# into $R/valkey/src; no configure: the flags are those of
#   make -n BUILD_TLS=yes MALLOC=libc tls.o connection.o socket.o   (in src/, nothing is built)
# (-pedantic -std=gnu11, the deps' include dirs, -DHAVE_LIBSYSTEMD from pkg-config, -DUSE_OPENSSL=1
# -DBUILD_TLS_MODULE=0: TLS built in; warnings, -O3 -flto and -g left out)
# Files: src/tls.c (all of the server's OpenSSL I/O: the non-blocking SSL_accept/SSL_connect of
# tlsHandleEvent and connTLSAccept, connTLSRead/connTLSWrite/connTLSWritev, the blocking
# connTLSBlockingConnect and connTLSSync{Read,Write,ReadLine}, each after ERR_clear_error;
# handleSSLReturnCode, the classifier, updateStateAfterSSLIO and updateTLSError), and its
# connection layer: src/connection.c (the ConnectionType registry), src/socket.c (the TCP type,
# whose connect tls.c calls before its handshake) and src/unix.c (the other type in the same
# tables), and the callers through the tables' pointers (connRead/connWrite/connSyncReadLine...,
# inline in connection.h): src/networking.c (client reads and writes) and src/replication.c
# (the replica's sync over TLS); deps/hiredis/ssl.c (hiredis' own TLS, for valkey-cli and
# sentinel) is not audited (hiredis.sh)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/valkey" ] || { echo "$0: $R/valkey: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/valkey/src/src
exec "$BIN" "$@" -j2 \
  $S/tls.c $S/connection.c $S/socket.c $S/unix.c $S/networking.c $S/replication.c \
  -- -pedantic -std=gnu11 -I$S/../deps/hiredis -I$S/../deps/linenoise -I$S/../deps/lua/src \
  -I$S/../deps/hdr_histogram -I$S/../deps/fpconv -DHAVE_LIBSYSTEMD -DUSE_OPENSSL=1 -DBUILD_TLS_MODULE=0
