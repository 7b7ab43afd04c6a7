#!/bin/sh
# ossl-lint audit of libESMTP (github.com/libesmtp/libESMTP, branch master; 1.1.0+)
# 335ee8d2fa5cb7d30db7b818ec05563ad139ee2f (2025-03-08)
# usage: libesmtp.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/libesmtp (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0): git archive of the commit into $R/libesmtp/src, then in
#   src `meson setup ../build -Dtls=enabled` (STARTTLS: yes, threads: yes, NTLM: no), which writes
#   build/config.h (USE_TLS) and build/compile_commands.json; the flags are the library's entries
#   in it (all alike) less meson's -MD/-MQ/-MF, -o/-c and the warning and colour options.
# Files: the buffered socket layer (siobuf.c: sio_detach with SSL_shutdown, the client and server
# handshakes sio_set_tlsclient_ssl/sio_set_tlsserver_ssl with SSL_connect/SSL_accept, sio_sslpoll
# with SSL_get_error, raw_write with SSL_write, raw_read with SSL_read), the STARTTLS extension
# (smtp-tls.c: context, verification, SSL_new), the TLS helpers (tlsutils.c), the protocol engine
# that reads and writes through siobuf (protocol.c), the API, error and extension units that
# drive it (smtp-api.c, errors.c, smtp-auth.c, smtp-bdat.c, smtp-etrn.c).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/libesmtp" ] || { echo "$0: $R/libesmtp: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/libesmtp/src
B=$R/libesmtp/build
exec "$BIN" "$@" -j2 \
  $S/siobuf.c $S/smtp-tls.c $S/tlsutils.c $S/protocol.c $S/smtp-api.c $S/errors.c \
  $S/smtp-auth.c $S/smtp-bdat.c $S/smtp-etrn.c \
  -- -I$B/libesmtp.so.6.2.0.p -I$B -I$S -D_FILE_OFFSET_BITS=64 -std=c11 -O0 -g -fPIC -pthread
